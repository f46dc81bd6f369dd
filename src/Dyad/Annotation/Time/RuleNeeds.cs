using System.Numerics;
using System.Text.RegularExpressions;

namespace Dyad.Annotation.Time;

/// <summary>
/// What a candidate window must offer a rule. Triggers: for each requirement, one of its kinds; the first is any trigger
/// the rule can consume at all, then one for each placeholder or lexicon word every match passes through ("{month}" in
/// "{month} {day}, {year}", "quarter" in both branches of "{ordinal} quarter|{ordinal}-quarter"). Margins: a rule with a lookaround longer than one character ("will last",
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
        requirements.AddRange(Requirements(rule.Pattern));
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
    /// The trigger kinds every match of a rule pattern holds, one requirement an element every match passes through:
    /// a placeholder or a whole lexicon word outside optional groups. An alternation requires what one of its branches
    /// requires, so "{ordinal} quarter|{ordinal}-quarter" still needs a unit.
    /// </summary>
    internal static List<TriggerKinds> Requirements(string pattern)
    {
        var at = 0;
        return Alternation(pattern, ref at);
    }

    private static List<TriggerKinds> Alternation(string pattern, ref int at)
    {
        var branches = new List<List<TriggerKinds>> { Sequence(pattern, ref at) };
        while (at < pattern.Length && pattern[at] == '|')
        {
            at++;
            branches.Add(Sequence(pattern, ref at));
        }
        if (branches.Count == 1) return branches[0];
        // Each match holds every requirement of its branch, so the narrowest of each, joined, is sound.
        var any = TriggerKinds.None;
        foreach (var branch in branches)
        {
            if (branch.Count == 0) return [];
            any |= branch.MinBy(kinds => BitOperations.PopCount((uint)kinds));
        }
        return [any];
    }

    /// <summary>Reads a sequence up to '|' or ')'; a word counts only between separators (\b, \s, '-'), where it is a whole word of the text.</summary>
    private static List<TriggerKinds> Sequence(string pattern, ref int at)
    {
        var found = new List<TriggerKinds>();
        var afterSeparator = false;
        while (at < pattern.Length && pattern[at] is not ('|' or ')'))
        {
            var c = pattern[at];
            if (c == '\\')
            {
                var escaped = pattern[at + 1];
                at += 2;
                var optional = SkipQuantifier(pattern, ref at);
                afterSeparator = escaped is 'b' or 's' && !optional;
            }
            else if (c == '[')
            {
                var close = pattern.IndexOf(']', at + 1);
                var separators = pattern[(at + 1)..close] is @"\s" or @"\s-";
                at = close + 1;
                var quantifier = at < pattern.Length ? pattern[at] : '\0';
                SkipQuantifier(pattern, ref at);
                afterSeparator = separators && quantifier is not ('?' or '*' or '{');
            }
            else if (c == '(')
            {
                var lookaround = pattern.AsSpan(at).StartsWith("(?=") || pattern.AsSpan(at).StartsWith("(?!")
                    || pattern.AsSpan(at).StartsWith("(?<=") || pattern.AsSpan(at).StartsWith("(?<!");
                at = GroupBodyStart(pattern, at);
                var inner = Alternation(pattern, ref at);
                at++; // ')'
                var optional = SkipQuantifier(pattern, ref at);
                if (!lookaround && !optional) found.AddRange(inner);
                if (!lookaround) afterSeparator = false;
            }
            else if (c == '{' && at + 1 < pattern.Length && char.IsLetter(pattern[at + 1]))
            {
                var close = pattern.IndexOf('}', at);
                var name = pattern[at..(close + 1)];
                at = close + 1;
                if (!SkipQuantifier(pattern, ref at) && TimeRules.PlaceholderTriggers.TryGetValue(name, out var kinds)) found.Add(kinds);
                afterSeparator = false;
            }
            else if (char.IsAsciiLetter(c))
            {
                var start = at;
                while (at < pattern.Length && char.IsAsciiLetter(pattern[at])) at++;
                var word = pattern[start..at];
                var whole = afterSeparator && !SkipQuantifier(pattern, ref at) && EndsWord(pattern, at);
                if (whole && CandidateWindows.KindsOf(word) is var kinds and not TriggerKinds.None) found.Add(kinds);
                afterSeparator = false;
            }
            else
            {
                at++;
                afterSeparator = c == '-' && !SkipQuantifier(pattern, ref at);
                if (c != '-') SkipQuantifier(pattern, ref at);
            }
        }
        return found;
    }

    /// <summary>True when what follows a word in the pattern cannot be a letter: \b, \s or a hyphen.</summary>
    private static bool EndsWord(string pattern, int at)
    {
        var rest = pattern.AsSpan(at);
        return rest.StartsWith(@"\b") || rest.StartsWith(@"\s") || (rest.StartsWith("-") && !(rest.Length > 1 && rest[1] is '?' or '*' or '{'));
    }

    /// <summary>Where the body of the group opening at <paramref name="open"/> starts: after "(", "(?:", "(?&lt;name&gt;", "(?-i:" or a lookaround's head.</summary>
    private static int GroupBodyStart(string pattern, int open)
    {
        if (pattern.AsSpan(open).StartsWith("(?<=") || pattern.AsSpan(open).StartsWith("(?<!")) return open + 4;
        if (pattern.AsSpan(open).StartsWith("(?=") || pattern.AsSpan(open).StartsWith("(?!")) return open + 3;
        if (pattern.AsSpan(open).StartsWith("(?<")) return pattern.IndexOf('>', open) + 1;
        if (pattern.AsSpan(open).StartsWith("(?")) return pattern.IndexOf(':', open) + 1;
        return open + 1;
    }

    /// <summary>Skips a quantifier at <paramref name="at"/>; true when it lets the element be absent (?, *, {0,...}).</summary>
    private static bool SkipQuantifier(string pattern, ref int at)
    {
        if (at >= pattern.Length) return false;
        var optional = false;
        switch (pattern[at])
        {
            case '?' or '*':
                optional = true;
                at++;
                break;
            case '+':
                at++;
                break;
            case '{' when at + 1 < pattern.Length && char.IsAsciiDigit(pattern[at + 1]):
                optional = pattern[at + 1] == '0';
                at = pattern.IndexOf('}', at) + 1;
                break;
            default:
                return false;
        }
        if (at < pattern.Length && pattern[at] == '?') at++; // lazy
        return optional;
    }
}
