using System.Text.RegularExpressions;

namespace Dyad.Cleaning;

/// <summary>
/// The regexes of the rule tables (Rules/boilerplate-lines.txt, metadata-lines.txt, chrome-headings.txt), matched
/// case-insensitively. The build source-generates one for each pattern of the tables (see Dyad.csproj), so none is
/// compiled at run time: the tables stay the rules, and this serves each pattern they hold.
/// </summary>
internal static partial class RulePatterns
{
    public static Regex Of(string pattern) =>
        Generated(pattern) ?? throw new InvalidDataException($"no generated regex for the rule pattern '{pattern}': rebuild Dyad");

    private static partial Regex? Generated(string pattern);
}
