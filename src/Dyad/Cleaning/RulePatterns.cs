using System.Text.RegularExpressions;

namespace Dyad.Cleaning;

/// <summary>
/// The regexes of the rule tables (Rules/boilerplate-lines.txt, metadata-lines.txt, chrome-headings.txt), matched
/// case-insensitively, with only named groups capturing ("author"). The build source-generates one for each pattern of the tables (see Dyad.csproj), so none is
/// compiled at run time: the tables stay the rules, and this serves each pattern they hold.
/// </summary>
internal static partial class RulePatterns
{
    public static Regex Of(string pattern) =>
        Generated(pattern) ?? throw new InvalidDataException($"no generated regex for the rule pattern '{pattern}': rebuild Dyad");

    private static partial Regex? Generated(string pattern);

    /// <summary>
    /// One regex for all the <c>^</c>-anchored rows of a table (those whose whole pattern hangs on <c>^</c>): it matches
    /// a line exactly when one of them does, so a line it does not match need not be tried row by row.
    /// </summary>
    /// <param name="Regex">The union: <c>^(?:(?:row)|(?:row)…)</c>.</param>
    /// <param name="Rows">The patterns it joins.</param>
    public sealed record AnchoredUnion(Regex Regex, IReadOnlyCollection<string> Rows)
    {
        /// <summary>
        /// Whether a row may match <paramref name="line"/>: a row outside the union always may, one inside only when the
        /// union matches, which is asked at most once a line (<paramref name="unionMatches"/> starts null for each line).
        /// </summary>
        public bool Admits(bool inUnion, ReadOnlySpan<char> line, ref bool? unionMatches) =>
            !inUnion || (unionMatches ??= Regex.IsMatch(line));
    }

    /// <summary>The union of a table's anchored rows, for a table that asks for one in Dyad.csproj.</summary>
    public static AnchoredUnion UnionOf(string table) =>
        AnchoredUnionOf(table) ?? throw new InvalidDataException($"no anchored union generated for the rule table '{table}': rebuild Dyad");

    private static partial AnchoredUnion? AnchoredUnionOf(string table);
}
