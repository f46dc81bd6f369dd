using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Annotation.Time;

/// <summary>
/// Annotates the time expressions of a document's body (never inside removed ranges), resolved against
/// its publication date. Without a publication date, values that need no anchor stay exact and
/// relative ones keep only what they know (XXXX-12 for "last December").
/// </summary>
public sealed class TimeExpressionStage : IDocumentStage
{
    private readonly TimeExpressionRecognizer _recognizer;
    private readonly Func<Document, IReadOnlyCollection<TextSpan>>? _protectedSpans;

    /// <param name="protectedSpans">Spans a time expression must not touch (names of exercises or programmes found by an earlier stage).</param>
    public TimeExpressionStage(TimeExpressionRecognizer? recognizer = null, Func<Document, IReadOnlyCollection<TextSpan>>? protectedSpans = null)
    {
        _recognizer = recognizer ?? TimeExpressionRecognizer.Default;
        _protectedSpans = protectedSpans;
    }

    public string Name => "time";

    public void Process(Document document)
    {
        var veto = _protectedSpans?.Invoke(document) is { Count: > 0 } spans ? TimeExpressionRecognizer.Protect(spans) : null;
        var reference = document.Published?.Date;
        foreach (var body in document.BodySpans())
            document.Timexes.AddRange(_recognizer.Find(document, reference, body, veto));
    }
}
