using System.Text.RegularExpressions;

namespace Dyad.Cleaning;

/// <summary>What a metadata line says about the article.</summary>
internal enum MetadataKind { Byline, Attribution, Bio }

/// <summary>Where on the page a metadata pattern may match.</summary>
internal enum PageRegion { Any, Head, Tail }

/// <summary>A metadata line found by a pattern, with the author or publisher it names (if any).</summary>
internal sealed record MetadataMatch(MetadataKind Kind, string? Author, string? Publisher);

/// <summary>
/// Lines about the article rather than of it (Rules/metadata-lines.txt): bylines, attributions
/// ('Source: Published in …'), author bios ('— The writer is …').
/// </summary>
internal static class MetadataPatterns
{
    /// <param name="Anchored">Whether the row is one of <see cref="Anchored"/>'s: tried only on a line that union matches.</param>
    private sealed record Row(MetadataKind Kind, int MaxWords, PageRegion Region, Regex Pattern, bool Anchored);

    private const string Table = "metadata-lines.txt";

    /// <summary>The rows anchored at the line's start as one regex: most lines start like none of them.</summary>
    private static readonly RulePatterns.AnchoredUnion Anchored = RulePatterns.UnionOf(Table);

    private static readonly Row[] Rows = CleaningRules.Table(Table, 4)
        .Select(c => new Row(Enum.Parse<MetadataKind>(c[0], ignoreCase: true), int.Parse(c[1]), Enum.Parse<PageRegion>(c[2], ignoreCase: true),
            RulePatterns.Of(c[3]), Anchored.Rows.Contains(c[3])))
        .ToArray();

    /// <param name="region">Where the line stands: before the body (Head), after it (Tail), or inside it (Any).</param>
    public static MetadataMatch? Match(PageLine line, PageRegion region)
    {
        bool? unionMatches = null;
        foreach (var row in Rows)
        {
            if (line.Words > row.MaxWords) continue;
            if (row.Region != PageRegion.Any && row.Region != region) continue;
            if (!Anchored.Admits(row.Anchored, line.Chars, ref unionMatches)) continue;
            if (!row.Pattern.IsMatch(line.Chars)) continue; // the groups are read only from a line that matches
            var match = row.Pattern.Match(line.Text);
            var author = match.Groups["author"] is { Success: true } a ? PersonNames.Clean(a.Value) : null;
            if (row.Kind == MetadataKind.Byline && match.Groups["author"].Success && author is null) continue; // "By the way …" is prose
            var publisher = match.Groups["publisher"] is { Success: true } p ? p.Value.Trim().TrimEnd('.', ',', ';') : null;
            return new MetadataMatch(row.Kind, author, publisher);
        }
        return null;
    }
}
