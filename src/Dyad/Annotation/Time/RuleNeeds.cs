using System.Text.RegularExpressions;

namespace Dyad.Annotation.Time;

/// <summary>
/// What a candidate window must offer a rule. Triggers: for each requirement, one of its kinds; the first is any trigger
/// the rule can consume at all, then one a placeholder that every match passes through guarantees ("{month}" outside any
/// group in "{month} {day}, {year}"). Margins: a rule with a lookaround longer than one character ("will last",
/// "years ago") reads the chunks around its match; the others run on the window's core only.
/// </summary>
internal readonly struct RuleNeeds
{
    private readonly TriggerKinds[] _requirements;

    private RuleNeeds(TriggerKinds[] requirements, bool margins)
    {
        _requirements = requirements;
        Margins = margins;
    }

    /// <summary>True when the rule must run on a window's whole span, margins included.</summary>
    public bool Margins { get; }

    public static RuleNeeds Of(TimeRule rule, string expandedPattern)
    {
        var requirements = new List<TriggerKinds> { CandidateWindows.TriggersOf(expandedPattern) };
        foreach (var placeholder in MandatoryPlaceholders(rule.Pattern))
            if (TimeRules.PlaceholderTriggers.TryGetValue(placeholder, out var kinds)) requirements.Add(kinds);
        var margins = PatternWords.Lookarounds(expandedPattern).Any(lookaround => !ReadsOneNonSeparator(lookaround));
        return new RuleNeeds([.. requirements], margins);
    }

    /// <summary>The part of <paramref name="window"/> this rule runs on.</summary>
    public Dyad.Documents.TextSpan SpanIn(CandidateWindow window) => Margins ? window.Span : window.Core;

    /// <summary>True when a window holding <paramref name="present"/> may contain a match of the rule.</summary>
    public bool CanMatchIn(TriggerKinds present)
    {
        foreach (var required in _requirements)
            if ((present & required) == 0) return false;
        return true;
    }

    /// <summary>
    /// True for a negative lookaround of one character class that no separator satisfies ("(?!\d)", "(?&lt;![\d.])"):
    /// at the edge of a window's core it reads the start or end of the input and says what it says of the separator there.
    /// </summary>
    private static bool ReadsOneNonSeparator(string lookaround)
    {
        var body = lookaround.StartsWith("(?!", StringComparison.Ordinal) ? lookaround[3..^1]
            : lookaround.StartsWith("(?<!", StringComparison.Ordinal) ? lookaround[4..^1] : null;
        if (body is null) return false;
        var oneCharacter = (body.Length == 2 && body[0] == '\\') || (body.StartsWith('[') && body.IndexOf(']', 1) == body.Length - 1);
        if (!oneCharacter) return false;
        var single = new Regex($"^{body}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        foreach (var separator in CandidateWindows.Separators)
            if (single.IsMatch(separator.ToString())) return false;
        return true;
    }

    /// <summary>
    /// The placeholders of a rule pattern that stand outside every group and carry no quantifier, in a pattern
    /// with no top-level alternative: every match passes through them.
    /// </summary>
    internal static List<string> MandatoryPlaceholders(string pattern)
    {
        var found = new List<string>();
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    while (i < pattern.Length && pattern[i] != ']') i += pattern[i] == '\\' ? 2 : 1;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    return [];
                case '{' when depth == 0:
                    var close = pattern.IndexOf('}', i);
                    if (close < 0 || !char.IsLetter(pattern[i + 1])) break;
                    var quantified = close + 1 < pattern.Length && pattern[close + 1] is '?' or '*' or '{';
                    if (!quantified) found.Add(pattern[i..(close + 1)]);
                    i = close;
                    break;
            }
        }
        return found;
    }
}
