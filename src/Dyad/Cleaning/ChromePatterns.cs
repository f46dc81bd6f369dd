using System.Text.RegularExpressions;

namespace Dyad.Cleaning;

/// <summary>
/// Whole-line patterns of site chrome (Rules/boilerplate-lines.txt): share buttons, 'Read more' teasers,
/// copyright, newsletter prompts, site blurbs. Each row adds its weight of evidence when it matches a
/// line short enough for it; evidence of 1 or more makes the line chrome.
/// </summary>
internal static class ChromePatterns
{
    private sealed record Row(string Name, double Weight, int MaxWords, bool FragmentOnly, Regex Pattern);

    private static readonly Row[] Rows = CleaningRules.Table("boilerplate-lines.txt", 5)
        .Select(c => new Row(c[0], double.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(c[2]), c[3] == "fragment",
            RulePatterns.Of(c[4])))
        .ToArray();

    /// <summary>The evidence that the line is chrome: the sum of the weights of the rows it matches.</summary>
    public static double Evidence(PageLine line)
    {
        var evidence = 0.0;
        foreach (var row in Rows)
        {
            if (line.Words > row.MaxWords) continue;
            if (row.FragmentOnly && line.EndsLikeSentence && line.Chars[^1] != ':') continue;
            if (row.Pattern.IsMatch(line.Chars)) evidence += row.Weight;
        }
        return evidence;
    }

    public static bool IsChrome(PageLine line) => Evidence(line) >= 1.0;
}
