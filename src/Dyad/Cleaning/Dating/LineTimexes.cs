using Dyad.Annotation.Time;
using Dyad.Documents;

namespace Dyad.Cleaning.Dating;

/// <summary>
/// A document's lines and the unanchored time expressions of each, found at most once: the dateline reader
/// and the content estimator read the same header lines, and finding is the cost of dating.
/// </summary>
internal sealed class LineTimexes(Document document, TimeExpressionRecognizer recognizer)
{
    public Document Document { get; } = document;

    public List<TextLine> Lines { get; } = TextLines.Of(document);

    private List<TimeExpression>?[]? _found;

    /// <summary>The expressions of the line at <paramref name="index"/> of <see cref="Lines"/>, the line read alone.</summary>
    public List<TimeExpression> Of(int index)
    {
        _found ??= new List<TimeExpression>?[Lines.Count];
        return _found[index] ??= recognizer.Find(Document, reference: null, Lines[index].Span);
    }
}
