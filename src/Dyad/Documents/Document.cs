using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Dyad.Documents;

/// <summary>
/// One article: its original text, never edited, and everything the stages learn about it,
/// each as spans into that text. Stages add to a document; none takes anything back.
/// </summary>
public sealed class Document
{
    public Document(string source, string text, SourceMetadata? metadata = null)
    {
        Source = source;
        Text = text;
        Metadata = metadata ?? SourceMetadata.None;
    }

    /// <summary>Where the document was read from: a path as given, "-" for stdin, or path#item for feeds and JSON Lines.</summary>
    public string Source { get; }

    /// <summary>The original text as read: decoded, before any cleaning. All offsets point into it.</summary>
    public string Text { get; }

    public SourceMetadata Metadata { get; }

    public string? Title { get; set; }
    public string? Author { get; set; }
    public string? Publisher { get; set; }
    public PublicationDate? Published { get; set; }

    /// <summary>
    /// How many documents of its batch had been counted for line recurrence when this one was (itself and the rest of
    /// its block included): cleaning compares its lines with theirs only, so what it removes never depends on how far
    /// reading has gone since. Null when it is not read in a batch.
    /// </summary>
    public int? CountedWith { get; set; }

    /// <summary>Ranges cleaning marked as not body text, in any order; they may overlap.</summary>
    public List<Removal> Removed { get; } = [];

    /// <summary>What a user should know about how the document was read (replaced bytes, guessed encoding).</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>The sentences of the body, in text order; evidence is quoted from them.</summary>
    public List<TextSpan> Sentences { get; } = [];

    /// <summary>Entities the body names, each with its mentions, in order of first mention.</summary>
    public List<Dyad.Annotation.Entities.Entity> Entities { get; } = [];

    /// <summary>Time expressions of the body, in text order, normalized against <see cref="Published"/>.</summary>
    public List<Dyad.Annotation.Time.TimeExpression> Timexes { get; } = [];

    /// <summary>The events the body reports, in order of first evidence, each with its evidence spans in this document.</summary>
    public List<Dyad.Annotation.Events.Event> Events { get; } = [];

    /// <summary>The ranges of the original text that are body: everything not removed, in order.</summary>
    /// <remarks>
    /// Found once for the removals a document has: most stages ask, and stages only ever add removals. A span over an array
    /// that is never changed (more removals make a new one): read through an interface, each walk allocated an enumerator.
    /// </remarks>
    public ReadOnlySpan<TextSpan> BodySpans()
    {
        if (_bodySpans.Count == Removed.Count) return _bodySpans.Spans;
        var body = new List<TextSpan>();
        var at = 0;
        foreach (var cut in MergedRemovals())
        {
            if (cut.Start > at) body.Add(new TextSpan(at, cut.Start));
            at = cut.End;
        }
        if (at < Text.Length) body.Add(new TextSpan(at, Text.Length));
        _bodySpans = (Removed.Count, [.. body]);
        return _bodySpans.Spans;
    }

    /// <summary>True when the offset lies in a removed range. Logarithmic in the number of removals.</summary>
    public bool IsRemoved(int offset) => Covers(MergedRemovals(), offset);

    /// <summary>True when one of the sorted, disjoint <paramref name="spans"/> contains the offset.</summary>
    public static bool Covers(IReadOnlyList<TextSpan> spans, int offset) => SpanAt(spans, offset) >= 0;

    /// <summary>The index of the sorted, disjoint span that contains the offset; -1 when none does.</summary>
    public static int SpanAt(IReadOnlyList<TextSpan> spans, int offset)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].End <= offset) lo = mid + 1;
            else if (spans[mid].Start > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>The removed ranges (of the given reasons, or all) sorted and merged where they touch or overlap.</summary>
    public static List<TextSpan> Merge(IEnumerable<Removal> removals, Func<Removal, bool>? include = null)
    {
        var spans = new List<TextSpan>();
        foreach (var removal in removals)
            if (!removal.Span.IsEmpty && (include is null || include(removal))) spans.Add(removal.Span);
        // Unstable, unlike OrderBy, but spans starting together merge into one whatever their order.
        spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else merged.Add(span);
        }
        return merged;
    }

    // Stages only ever add removals, so the count tells whether the index and the body are current.
    private (int Count, List<TextSpan> Spans) _mergedRemovals = (-1, []);
    private (int Count, TextSpan[] Spans) _bodySpans = (-1, []);

    private List<TextSpan> MergedRemovals()
    {
        if (_mergedRemovals.Count != Removed.Count) _mergedRemovals = (Removed.Count, Merge(Removed));
        return _mergedRemovals.Spans;
    }

    /// <summary>
    /// The cleaned body: the text outside removed ranges, lines trimmed of trailing space
    /// and runs of blank lines folded to one, so paragraphs stay apart.
    /// </summary>
    public string CleanText()
    {
        var clean = RentCleanText(out var length);
        var text = new string(clean, 0, length);
        ArrayPool<char>.Shared.Return(clean);
        return text;
    }

    /// <summary>
    /// <see cref="CleanText"/>'s characters, the first <paramref name="length"/> of an array rented from the shared pool
    /// (the caller returns it): for a caller that reads them once, such as the record writer, as a string they were an
    /// eighth of the bytes a run allocates.
    /// </summary>
    internal char[] RentCleanText(out int length)
    {
        var spans = BodySpans();
        var folded = ArrayPool<char>.Shared.Rent(Math.Max(1, Text.Length));
        if (spans.Length == 1)
        {
            length = FoldBlankLines(Text.AsSpan(spans[0].Start, spans[0].Length), folded);
            return folded;
        }
        var body = ArrayPool<char>.Shared.Rent(Math.Max(1, Text.Length));
        var bodyLength = 0;
        foreach (var span in spans)
        {
            Text.AsSpan(span.Start, span.Length).CopyTo(body.AsSpan(bodyLength));
            bodyLength += span.Length;
        }
        length = FoldBlankLines(body.AsSpan(0, bodyLength), folded);
        ArrayPool<char>.Shared.Return(body);
        return folded;
    }

    /// <summary>A stable id derived from the cleaned body, so one article read twice or at two URLs is one document.</summary>
    public string ContentId() => IdFor(CleanText());

    /// <summary>The id of a cleaned body: a hash of its words, UTF-8 encoded and joined by single spaces.</summary>
    public static string IdFor(ReadOnlySpan<char> cleanText)
    {
        var words = ArrayPool<char>.Shared.Rent(Math.Max(1, cleanText.Length));
        var length = 0;
        // Most white space is one space between two words, copied as it stands: only line breaks, tabs and runs are folded.
        var rest = cleanText.TrimStart();
        while (!rest.IsEmpty)
        {
            var cut = rest.IndexOfAny(WhiteSpaceButSpace);
            var spaced = cut < 0 ? rest : rest[..cut];
            for (var run = spaced.IndexOf("  "); run >= 0; run = spaced.IndexOf("  "))
            {
                spaced[..(run + 1)].CopyTo(words.AsSpan(length));
                length += run + 1;
                spaced = spaced[(run + 1)..].TrimStart(' ');
            }
            spaced.CopyTo(words.AsSpan(length));
            length += spaced.Length;
            if (cut < 0) break;
            rest = rest[cut..].TrimStart();
            if (!rest.IsEmpty && words[length - 1] != ' ') words[length++] = ' ';
        }
        if (length > 0 && words[length - 1] == ' ') length--;
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
        var byteCount = Encoding.UTF8.GetBytes(words.AsSpan(0, length), bytes);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes.AsSpan(0, byteCount), hash);
        ArrayPool<byte>.Shared.Return(bytes);
        ArrayPool<char>.Shared.Return(words);
        return "d-" + Convert.ToHexStringLower(hash[..10]);
    }

    /// <summary>The characters <see cref="char.IsWhiteSpace"/> holds but the plain space.</summary>
    private static readonly SearchValues<char> WhiteSpaceButSpace =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c)).ToArray());

    // One pass: each line is copied trimmed of trailing white space; blank lines only mark a gap,
    // written as one empty line before the next kept line. Returns the length written to folded (as long as text at least).
    private static int FoldBlankLines(ReadOnlySpan<char> text, Span<char> folded)
    {
        var length = 0;
        var gap = false;
        while (true)
        {
            var newline = text.IndexOf('\n');
            var line = (newline < 0 ? text : text[..newline]).TrimEnd();
            if (line.IsEmpty) gap = length > 0;
            else
            {
                if (length > 0) folded[length++] = '\n';
                if (gap) folded[length++] = '\n';
                line.CopyTo(folded[length..]);
                length += line.Length;
                gap = false;
            }
            if (newline < 0) break;
            text = text[(newline + 1)..];
        }
        return length;
    }
}
