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
    public IReadOnlyList<TextSpan> BodySpans()
    {
        var cuts = Removed.Select(r => r.Span).Where(s => !s.IsEmpty).OrderBy(s => s.Start).ToList();
        var body = new List<TextSpan>();
        var at = 0;
        foreach (var cut in cuts)
        {
            if (cut.Start > at) body.Add(new TextSpan(at, cut.Start));
            at = Math.Max(at, cut.End);
        }
        if (at < Text.Length) body.Add(new TextSpan(at, Text.Length));
        return body;
    }

    /// <summary>True when the offset lies in a removed range.</summary>
    public bool IsRemoved(int offset)
    {
        foreach (var r in Removed)
            if (r.Span.Contains(offset)) return true;
        return false;
    }

    /// <summary>
    /// The cleaned body: the text outside removed ranges, lines trimmed of trailing space
    /// and runs of blank lines folded to one, so paragraphs stay apart.
    /// </summary>
    public string CleanText()
    {
        var sb = new StringBuilder(Text.Length);
        foreach (var span in BodySpans())
            sb.Append(Text, span.Start, span.Length);
        return FoldBlankLines(sb.ToString());
    }

    /// <summary>A stable id derived from the cleaned body, so one article read twice or at two URLs is one document.</summary>
    public string ContentId() => IdFor(CleanText());

    public static string IdFor(string cleanText)
    {
        var folded = string.Join(' ', cleanText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(folded), hash);
        return "d-" + Convert.ToHexStringLower(hash[..10]);
    }

    private static string FoldBlankLines(string text)
    {
        var kept = new List<string>();
        var gap = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.AsSpan().Trim().IsEmpty)
            {
                gap = kept.Count > 0;
                continue;
            }
            if (gap) kept.Add("");
            kept.Add(line);
            gap = false;
        }
        return string.Join('\n', kept);
    }
}
