using System.Text.RegularExpressions;

namespace Dyad.Annotation.Time;

/// <summary>
/// The time rules' expanded patterns compiled ahead of time by the regex source generator, for builds that cannot compile
/// code at run time (NativeAOT, where <see cref="RegexOptions.Compiled"/> falls back to the interpreter). The build adds
/// TimeRulePatterns.Generated.cs only to such builds; it is written from <see cref="TimeRules.Expanded"/> by the test
/// that checks it is current (TimeRulePatternsTests). A pattern it does not hold gets null: the rule runs interpreted.
/// </summary>
internal static partial class TimeRulePatterns
{
    public static Regex? Of(string pattern)
    {
        Regex? generated = null;
        Find(pattern, ref generated);
        return generated;
    }

    static partial void Find(string pattern, ref Regex? generated);
}
