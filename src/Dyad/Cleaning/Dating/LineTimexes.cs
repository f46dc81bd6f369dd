using System.Runtime.InteropServices;
using Dyad.Annotation.Time;
using Dyad.Documents;

namespace Dyad.Cleaning.Dating;

/// <summary>
/// A document's lines and their unanchored time expressions, found at most once: the dateline reader reads header lines
/// alone, the content estimator reads the body as the time stage does, and finding is the cost of dating.
/// </summary>
internal sealed class LineTimexes(Document document, TimeExpressionRecognizer recognizer)
{
    public Document Document { get; } = document;

    public List<TextLine> Lines { get; } = TextLines.Of(document);

    private List<TimeExpression>?[]? _found;
    private List<TimeExpression>? _body;

    /// <summary>The expressions of the line at <paramref name="index"/> of <see cref="Lines"/>, the line read alone.</summary>
    public List<TimeExpression> Of(int index)
    {
        _found ??= new List<TimeExpression>?[Lines.Count];
        return _found[index] ??= recognizer.Find(Document, reference: null, Lines[index].Span);
    }

    /// <summary>
    /// Finds the expressions of the lines at <paramref name="indices"/> (ascending) in the body, for <see cref="InBody"/>:
    /// only the stretches of the body near them are matched and resolved now, and the time stage does the rest.
    /// </summary>
    public void ReadInBody(IReadOnlyList<int> indices)
    {
        var lines = new List<TextSpan>(indices.Count);
        foreach (var index in indices) lines.Add(Lines[index].Span);
        _body = [];
        if (lines.Count == 0) return;
        foreach (var range in Document.BodySpans())
            _body.AddRange(recognizer.FindStartingIn(Document, reference: null, range, lines));
    }

    /// <summary>
    /// The expressions that start on the line at <paramref name="index"/>, read in the body as the time stage reads it
    /// (each stretch between removed ranges whole): the recognizer scans and matches the body once for both. Only the
    /// lines given to <see cref="ReadInBody"/> have them, when it was called; else the whole body is read.
    /// </summary>
    public ReadOnlySpan<TimeExpression> InBody(int index)
    {
        if (_body is null)
        {
            _body = [];
            foreach (var range in Document.BodySpans())
                _body.AddRange(recognizer.Find(Document, reference: null, range));
        }
        var line = Lines[index].Span;
        var all = CollectionsMarshal.AsSpan(_body);
        var first = FirstStartingAtOrAfter(all, line.Start);
        var end = first;
        while (end < all.Length && all[end].Span.Start < line.End) end++;
        return all[first..end];
    }

    private static int FirstStartingAtOrAfter(ReadOnlySpan<TimeExpression> expressions, int offset)
    {
        int lo = 0, hi = expressions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (expressions[mid].Span.Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
