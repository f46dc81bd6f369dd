namespace Dyad.Documents;

/// <summary>
/// A range of a document's original text: UTF-16 code-unit offsets, end exclusive.
/// Every annotation is a span, so any figure can be traced to the text that says it.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public override string ToString() => $"[{Start},{End})";
}
