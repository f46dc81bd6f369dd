using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Dyad.Annotation.Time;

/// <summary>
/// A rule's expanded pattern as a regex, interpreted at first and compiled once the rule has run often enough to repay
/// compiling. Compiled, the 37 rules cost over half a second of JIT on their first matches: a run over a few documents
/// never pays it, a long run pays it only for the rules it keeps running. A native build, which compiles nothing at run
/// time, runs the rules' source-generated regexes (<see cref="TimeRulePatterns"/>). The engines find the same matches,
/// so what a rule finds never depends on which one ran it. Thread-safe.
/// </summary>
internal sealed class RuleRegex(string pattern)
{
    /// <summary>
    /// Searches after which the rule is compiled. Compiling a rule costs 5–60 ms of JIT and saves about a third of
    /// each later search: a few thousand searches of a window repay it.
    /// </summary>
    internal const int SearchesBeforeCompiling = 2000;

    internal const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Where code cannot be compiled at run time, a rule runs on the regex generated ahead of time for it, if there is one.
    private Regex? _regex = RuntimeFeature.IsDynamicCodeCompiled ? null : TimeRulePatterns.Of(pattern);
    private int _searches;

    /// <summary>The number of each named group, found once (every engine numbers the groups of a pattern alike).</summary>
    private (string Name, int Number)[]? _groups;

    /// <summary>The expanded pattern.</summary>
    public string Pattern => pattern;

    /// <summary>
    /// The number of the group named <paramref name="name"/>, -1 for none: a match's group looked up by number skips the
    /// regex's table of names, which was 0.65% of a run's samples when the resolvers asked by name.
    /// </summary>
    public int GroupNumber(string name)
    {
        var groups = _groups ??= NamedGroups(_regex ?? Engine());
        foreach (var (known, number) in groups)
            if (known == name) return number;
        return -1;
    }

    private static (string, int)[] NamedGroups(Regex regex) =>
        [.. regex.GetGroupNames().Select(name => (name, regex.GroupNumberFromName(name)))];

    /// <summary>The first match in the range <paramref name="length"/> characters from <paramref name="start"/>, read as a whole input.</summary>
    public Match Match(string text, int start, int length) => Engine().Match(text, start, length);

    private Regex Engine()
    {
        if (_searches < SearchesBeforeCompiling && Interlocked.Increment(ref _searches) == SearchesBeforeCompiling
            && RuntimeFeature.IsDynamicCodeCompiled)
            _regex = new Regex(pattern, Options | RegexOptions.Compiled);
        // Two threads may build the interpreter at once: the first one stored serves.
        return _regex ?? Interlocked.CompareExchange(ref _regex, new Regex(pattern, Options), null) ?? _regex;
    }

    public override string ToString() => pattern;
}
