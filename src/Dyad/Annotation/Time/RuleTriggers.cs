namespace Dyad.Annotation.Time;

/// <summary>
/// What a window must hold for a rule to be worth running there: for each requirement, a trigger of one of its kinds.
/// The first requirement is any trigger the rule can consume at all; then one a placeholder that every match
/// passes through ("{month}" outside any group in "{month} {day}, {year}") guarantees.
/// </summary>
internal readonly struct RuleTriggers
{
    private readonly TriggerKinds[] _requirements;

    private RuleTriggers(TriggerKinds[] requirements) => _requirements = requirements;

    public static RuleTriggers Of(TimeRule rule, string expandedPattern)
    {
        var requirements = new List<TriggerKinds> { CandidateWindows.TriggersOf(expandedPattern) };
        foreach (var placeholder in MandatoryPlaceholders(rule.Pattern))
            if (TimeRules.PlaceholderTriggers.TryGetValue(placeholder, out var kinds)) requirements.Add(kinds);
        return new RuleTriggers([.. requirements]);
    }

    /// <summary>True when a window holding <paramref name="present"/> may contain a match of the rule.</summary>
    public bool CanMatchIn(TriggerKinds present)
    {
        foreach (var required in _requirements)
            if ((present & required) == 0) return false;
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
