using Dyad.Documents;

namespace Dyad.Annotation;

/// <summary>
/// The runs of letters and digits of a document's body with their hashes, as the entity tokenizer reads them: a later
/// stage tests a sentence's words against its own table by these hashes, without reading the sentence again. Kept per
/// thread for the last document tokenized, as a document's stages run one after another on one thread.
/// </summary>
internal sealed class WordRunIndex
{
    /// <summary>
    /// A run of letters and digits, offsets into the text; when <paramref name="Ascii"/>, <paramref name="Hash"/> is its
    /// <see cref="WordHash.OfLowered"/> (the hash of its lower case), else the knowledge matcher's fold of it.
    /// </summary>
    public readonly record struct Run(int Start, int End, uint Hash, bool Ascii);

    [ThreadStatic] private static WordRunIndex? t_index;

    /// <summary>The most runs a thread's index keeps room for between documents (1 MB): a huge document's array is let go.</summary>
    private const int MaximumKept = 1 << 16;

    private Run[] _runs = new Run[512];
    private int _count;
    private readonly List<TextSpan> _ranges = [];
    private Document? _document;
    private string? _text;
    private bool _complete;

    /// <summary>The thread's index, emptied for <paramref name="document"/>; <see cref="Of"/> gives it once <see cref="Complete"/>.</summary>
    public static WordRunIndex Begin(Document document)
    {
        var index = t_index ??= new WordRunIndex();
        if (index._runs.Length > MaximumKept) index._runs = new Run[512];
        index._count = 0;
        index._ranges.Clear();
        index._document = document;
        index._text = document.Text;
        index._complete = false;
        return index;
    }

    /// <summary>The thread's complete index of <paramref name="document"/> as its text now stands; null when the thread last read another.</summary>
    public static WordRunIndex? Of(Document document) =>
        t_index is { _complete: true } index && ReferenceEquals(index._document, document) && ReferenceEquals(index._text, document.Text) ? index : null;

    /// <summary>Says that the runs added next are all those of <paramref name="range"/>, read alone, in text order.</summary>
    public void BeginRange(TextSpan range) => _ranges.Add(range);

    public void Add(int start, int end, uint hash, bool ascii)
    {
        if (_count == _runs.Length) Array.Resize(ref _runs, _runs.Length * 2);
        _runs[_count++] = new Run(start, end, hash, ascii);
    }

    /// <summary>Marks the index whole: every range read has all its runs.</summary>
    public void Complete() => _complete = true;

    /// <summary>
    /// The runs of <paramref name="span"/> as a reading of the span alone finds them, when this index has them: the span lies
    /// inside one range read and no run crosses its edges. False when it cannot tell.
    /// </summary>
    public bool TryRunsIn(TextSpan span, out ReadOnlySpan<Run> runs)
    {
        runs = default;
        if (!InOneRange(span)) return false;
        var all = new ReadOnlySpan<Run>(_runs, 0, _count);
        var first = FirstEndingAfter(all, span.Start);
        var end = first;
        while (end < all.Length && all[end].Start < span.End) end++;
        if (first < end && (all[first].Start < span.Start || all[end - 1].End > span.End)) return false;
        runs = all[first..end];
        return true;
    }

    private bool InOneRange(TextSpan span)
    {
        foreach (var range in _ranges)
            if (range.Start <= span.Start && span.End <= range.End) return true;
        return false;
    }

    /// <summary>The first run ending after <paramref name="offset"/>: runs are in text order and disjoint, so their ends are too.</summary>
    private static int FirstEndingAfter(ReadOnlySpan<Run> runs, int offset)
    {
        int lo = 0, hi = runs.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (runs[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
