using System.Text.RegularExpressions;

namespace Dyad.Cleaning;

/// <summary>
/// Whole-line patterns of site chrome (Rules/boilerplate-lines.txt): share buttons, 'Read more' teasers,
/// copyright, newsletter prompts, site blurbs. Each row adds its weight of evidence when it matches a
/// line short enough for it; evidence of 1 or more makes the line chrome. Rows are tried in the table's order.
/// </summary>
internal static class ChromePatterns
{
    /// <param name="Anchored">Whether the row is one of <see cref="Anchored"/>'s: tried only on a line that union matches.</param>
    private sealed record Row(string Name, double Weight, int MaxWords, bool FragmentOnly, Regex Pattern, bool Anchored);

    private const string Table = "boilerplate-lines.txt";

    /// <summary>
    /// The rows anchored at the line's start, as one regex: most lines start like none of them, and one search of the
    /// union costs less than a search a row (the cost of this check was most in those calls).
    /// </summary>
    private static readonly RulePatterns.AnchoredUnion Anchored = RulePatterns.UnionOf(Table);

    private static readonly Row[] Rows = CleaningRules.Table(Table, 5)
        .Select(c => new Row(c[0], double.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(c[2]), c[3] == "fragment",
            RulePatterns.Of(c[4]), Anchored.Rows.Contains(c[4])))
        .ToArray();

    /// <summary>Whether the rows the line matches add up to evidence of 1 or more.</summary>
    public static bool IsChrome(PageLine line)
    {
        // The rows that may apply to a line of its length and shape, and what they could add together: matching stops
        // as soon as the evidence is enough, or the rows left could not make it enough (two blurb rows failed, the third cannot).
        Span<int> applicable = stackalloc int[Rows.Length];
        var count = 0;
        var left = 0.0;
        for (var k = 0; k < Rows.Length; k++)
        {
            var row = Rows[k];
            if (line.Words > row.MaxWords) continue;
            if (row.FragmentOnly && line.EndsLikeSentence && line.Chars[^1] != ':') continue;
            applicable[count++] = k;
            left += row.Weight;
        }
        var evidence = 0.0;
        bool? unionMatches = null;
        for (var k = 0; k < count && evidence < 1.0 && evidence + left >= 1.0; k++)
        {
            var row = Rows[applicable[k]];
            left -= row.Weight;
            if (!Anchored.Admits(row.Anchored, line.Chars, ref unionMatches)) continue;
            if (row.Pattern.IsMatch(line.Chars)) evidence += row.Weight;
        }
        return evidence >= 1.0;
    }
}
