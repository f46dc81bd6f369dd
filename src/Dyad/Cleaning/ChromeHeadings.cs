using System.Text.RegularExpressions;

namespace Dyad.Cleaning;

/// <summary>Headings that open a block of chrome (Rules/chrome-headings.txt): the short lines under 'Related', 'Most Popular', 'Tags' are chrome too.</summary>
internal static class ChromeHeadings
{
    private static readonly Regex[] Patterns = CleaningRules.Lines("chrome-headings.txt")
        .Select(RulePatterns.Of)
        .ToArray();

    public static bool Opens(PageLine line)
    {
        if (line.Words > 8) return false;
        foreach (var pattern in Patterns)
            if (pattern.IsMatch(line.Chars)) return true;
        return false;
    }
}
