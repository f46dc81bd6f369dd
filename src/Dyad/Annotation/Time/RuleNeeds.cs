using System.Buffers;
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
    private readonly Requirement[] _requirements;

    /// <summary>Punctuation every match holds one of (the '/' of "3/14/2019"); null when the pattern promises none.</summary>
    private readonly SearchValues<char>? _punctuation;

    private RuleNeeds(Requirement[] requirements, bool margins, SearchValues<char>? punctuation)
    {
        _requirements = requirements;
        Margins = margins;
        _punctuation = punctuation;
    }

    /// <summary>True when the rule must run on a window's whole span, margins included.</summary>
    public bool Margins { get; }

    public static RuleNeeds Of(TimeRule rule, string expandedPattern)
    {
        var requirements = new List<Requirement> { new(CandidateWindows.TriggersOf(expandedPattern), 0) };
        requirements.AddRange(Requirements(rule.Pattern));
        var margins = PatternWords.Lookarounds(expandedPattern).Any(lookaround => !ReadsOneNonSeparator(lookaround));
        return new RuleNeeds([.. requirements], margins, Punctuation(rule.Pattern) is { Length: > 0 } marks ? SearchValues.Create(marks) : null);
    }

    /// <summary>True when <paramref name="span"/> (the part of a window the rule runs on) holds the punctuation every match holds.</summary>
    public bool MayMatchIn(ReadOnlySpan<char> span) => _punctuation is null || span.ContainsAny(_punctuation);

    /// <summary>
    /// The first punctuation mark (or class of marks) the pattern's top level always consumes: "-" of "{year}-(?&lt;m&gt;...)",
    /// "\." of "{day}\.{month}", "['’]" of "['’]{digit}0s"; empty when there is none or the top level has alternatives.
    /// </summary>
    internal static string Punctuation(string pattern)
    {
        string? first = null;
        for (var at = 0; at < pattern.Length;)
        {
            var c = pattern[at];
            string marks;
            bool literal;
            if (c == '|') return "";
            if (c == '(')
            {
                at = PatternWords.ClosingParenthesis(pattern, at) + 1;
                SkipQuantifier(pattern, ref at);
                continue;
            }
            if (c == '{' && at + 1 < pattern.Length && char.IsLetter(pattern[at + 1]))
            {
                at = pattern.IndexOf('}', at) + 1;
                SkipQuantifier(pattern, ref at);
                continue;
            }
            // Only marks that read as themselves count: no letter (case folds it), digit, space, class escape or range.
            if (c == '\\')
            {
                marks = pattern.Substring(at + 1, 1);
                literal = !char.IsLetterOrDigit(marks[0]) && !char.IsWhiteSpace(marks[0]);
                at += 2;
            }
            else if (c == '[')
            {
                var close = pattern.IndexOf(']', at + 1);
                marks = pattern[(at + 1)..close];
                literal = marks.Length > 0 && marks.All(m => !char.IsLetterOrDigit(m) && !char.IsWhiteSpace(m) && m is not ('\\' or '^' or '-'));
                at = close + 1;
            }
            else
            {
                marks = c.ToString();
                literal = !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && !"^$.*+?()[]{}|".Contains(c);
                at++;
            }
            if (!SkipQuantifier(pattern, ref at) && literal) first ??= marks;
        }
        return first ?? "";
    }

    /// <summary>The part of <paramref name="window"/> this rule runs on.</summary>
    public Dyad.Documents.TextSpan SpanIn(CandidateWindow window) => Margins ? window.Span : window.Core;

    /// <summary>True when a window holding the trigger kinds <paramref name="present"/> and the cues <paramref name="cues"/> may contain a match of the rule.</summary>
    public bool CanMatchIn(TriggerKinds present, ulong cues)
    {
        foreach (var required in _requirements)
            if ((present & required.Kinds) == 0 && (cues & required.Cues) == 0) return false;
        return true;
    }

    /// <summary>True when the window may contain a match of the rule.</summary>
    public bool CanMatchIn(CandidateWindow window) => CanMatchIn(window.Kinds, window.Cues);

    /// <summary>
    /// What a window holding the trigger kinds <paramref name="present"/> still needs for the rule: for each requirement its
    /// kinds leave unmet, the cues of which it must hold one (none: the kinds alone admit the rule). Null when a requirement
    /// the kinds leave unmet has no cue: no window with those kinds admits the rule.
    /// </summary>
    public ulong[]? CuesNeededBeside(TriggerKinds present)
    {
        var needed = new List<ulong>();
        foreach (var required in _requirements)
        {
            if ((present & required.Kinds) != 0) continue;
            if (required.Cues == 0) return null;
            needed.Add(required.Cues);
        }
        return [.. needed];
    }

    /// <summary>One thing every match holds: a trigger of one of the kinds, or one of the cues (<see cref="CandidateWindows.CueOf"/>).</summary>
    internal readonly record struct Requirement(TriggerKinds Kinds, ulong Cues)
    {
        /// <summary>How many kinds and cue words satisfy it: the fewer, the fewer windows.</summary>
        public int Breadth => BitOperations.PopCount((uint)Kinds) + BitOperations.PopCount(Cues);

        public override string ToString()
        {
            var names = new List<string>();
            if (Kinds != TriggerKinds.None) names.Add(Kinds.ToString());
            if ((Cues & CandidateWindows.NumberCue) != 0) names.Add("number");
            if ((Cues & CandidateWindows.NumberThenUnitCue) != 0) names.Add("number-then-unit");
            for (var index = 0; index < CandidateWindows.CueWords.Length; index++)
                if ((Cues & 2UL << index) != 0) names.Add(CandidateWindows.CueWords[index]);
            return string.Join("|", names);
        }
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
    internal static List<Requirement> Requirements(string pattern)
    {
        var at = 0;
        return Alternation(pattern, ref at, afterSeparator: false, wordEndsAfter: false, NumberRead.No).Found;
    }

    /// <summary>
    /// How a sequence stands toward a number right before its next element: a whole-word {num} just read ("two"), then the
    /// white space or hyphen after it ("two "), or neither. A {unit} read after both is a unit right after a number.
    /// </summary>
    private enum NumberRead : byte { No, Number, NumberAndSeparator }

    /// <summary>The state after an element that may be absent: the same either way, or none.</summary>
    private static NumberRead EitherOf(NumberRead absent, NumberRead present) => absent == present ? absent : NumberRead.No;

    /// <summary>
    /// What a sequence or alternation read: the requirements every match of it holds, whether it ends in a separator, how it
    /// ends toward a number, and whether it can match at all (a branch holding "(?!)" never does).
    /// </summary>
    private readonly record struct Reading(List<Requirement> Found, bool EndsAfterSeparator, NumberRead Number, bool CanMatch = true);

    /// <summary>
    /// Reads an alternation up to its closing ')' or the end. <paramref name="afterSeparator"/>: what comes before it ends a word;
    /// <paramref name="wordEndsAfter"/>: what follows it cannot continue a word; <paramref name="number"/>: how it stands toward
    /// a number before it. Branches that cannot match are left out: what every match holds comes from the others.
    /// </summary>
    private static Reading Alternation(string pattern, ref int at, bool afterSeparator, bool wordEndsAfter, NumberRead number)
    {
        var readings = new List<Reading> { Sequence(pattern, ref at, afterSeparator, wordEndsAfter, number) };
        while (at < pattern.Length && pattern[at] == '|')
        {
            at++;
            readings.Add(Sequence(pattern, ref at, afterSeparator, wordEndsAfter, number));
        }
        readings.RemoveAll(reading => !reading.CanMatch);
        if (readings.Count == 0) return new Reading([], true, NumberRead.No, CanMatch: false);
        var endsAfterSeparator = readings.TrueForAll(reading => reading.EndsAfterSeparator);
        var endsNumber = readings[0].Number;
        foreach (var reading in readings) endsNumber = EitherOf(endsNumber, reading.Number);
        var branches = readings.ConvertAll(reading => reading.Found);
        if (branches.Count == 1) return new Reading(branches[0], endsAfterSeparator, endsNumber);
        // Each match holds every requirement of its branch, so the narrowest of each, joined, is sound.
        var kinds = TriggerKinds.None;
        var cues = 0UL;
        foreach (var branch in branches)
        {
            if (branch.Count == 0) return new Reading([], endsAfterSeparator, endsNumber);
            var narrowest = branch.MinBy(requirement => requirement.Breadth);
            kinds |= narrowest.Kinds;
            cues |= narrowest.Cues;
        }
        return new Reading([new Requirement(kinds, cues)], endsAfterSeparator, endsNumber);
    }

    /// <summary>
    /// Reads a sequence up to '|' or ')'; a word or a number counts only between separators (\b, \s, '-'), where it is a whole
    /// word of the text: at the sequence's start when <paramref name="afterSeparator"/>, at its end when <paramref name="wordEndsAfter"/>.
    /// A {unit} right after a whole-word {num} and white space or a hyphen ("{num}\s+{unit}", "{num}-{unit}") asks for
    /// <see cref="CandidateWindows.NumberThenUnitCue"/>. A conditional ("(?(name)yes|no)") reads as the alternation of its
    /// two branches, either of which may run; one without a no-branch may match nothing.
    /// </summary>
    private static Reading Sequence(string pattern, ref int at, bool afterSeparator, bool wordEndsAfter, NumberRead number)
    {
        var found = new List<Requirement>();
        var canMatch = true;
        while (at < pattern.Length && pattern[at] is not ('|' or ')'))
        {
            var c = pattern[at];
            if (c == '\\')
            {
                var escaped = pattern[at + 1];
                at += 2;
                var optional = SkipQuantifier(pattern, ref at);
                afterSeparator = escaped is 'b' or 's' && !optional;
                if (escaped != 'b') number = escaped == 's' && !optional ? AfterSeparator(number) : NumberRead.No; // \b reads nothing
            }
            else if (c == '[')
            {
                var close = pattern.IndexOf(']', at + 1);
                var separators = pattern[(at + 1)..close] is @"\s" or @"\s-";
                at = close + 1;
                var quantifier = at < pattern.Length ? pattern[at] : '\0';
                SkipQuantifier(pattern, ref at);
                afterSeparator = separators && quantifier is not ('?' or '*' or '{');
                number = afterSeparator ? AfterSeparator(number) : NumberRead.No;
            }
            else if (c == '(')
            {
                var lookaround = pattern.AsSpan(at).StartsWith("(?=") || pattern.AsSpan(at).StartsWith("(?!")
                    || pattern.AsSpan(at).StartsWith("(?<=") || pattern.AsSpan(at).StartsWith("(?<!");
                canMatch &= !pattern.AsSpan(at).StartsWith("(?!)"); // fails wherever it stands
                var close = PatternWords.ClosingParenthesis(pattern, at);
                var endsAfterGroup = EndsWord(pattern, close + 1) || (EndsSequence(pattern, close + 1) && wordEndsAfter);
                var conditionalWithoutNo = PatternWords.IsConditional(pattern, at) && !HasBranches(pattern, GroupBodyStart(pattern, at), close);
                at = GroupBodyStart(pattern, at);
                var inner = lookaround ? default : Alternation(pattern, ref at, afterSeparator, endsAfterGroup, number);
                if (lookaround) Alternation(pattern, ref at, false, false, NumberRead.No);
                at++; // ')'
                var optional = SkipQuantifier(pattern, ref at) || conditionalWithoutNo;
                if (!lookaround && !inner.CanMatch)
                {
                    // A group that never matches: the sequence cannot match through it, or, optional, passes it by.
                    canMatch &= optional;
                    continue;
                }
                if (!lookaround && !optional) found.AddRange(inner.Found);
                // After an optional group the text holds what came before it or what ends the group: both must end a word.
                if (!lookaround) afterSeparator = inner.EndsAfterSeparator && (afterSeparator || !optional);
                if (!lookaround) number = optional ? EitherOf(number, inner.Number) : inner.Number; // a lookaround reads nothing
            }
            else if (c == '{' && at + 1 < pattern.Length && char.IsLetter(pattern[at + 1]))
            {
                var close = pattern.IndexOf('}', at);
                var name = pattern[at..(close + 1)];
                var whole = afterSeparator;
                at = close + 1;
                var present = !SkipQuantifier(pattern, ref at);
                if (present)
                {
                    if (TimeRules.PlaceholderTriggers.TryGetValue(name, out var kinds)) found.Add(new Requirement(kinds, 0));
                    // A number standing as a whole word holds a digit or starts with a number word.
                    if (name == "{num}" && whole && (EndsWord(pattern, at) || (EndsSequence(pattern, at) && wordEndsAfter)))
                        found.Add(new Requirement(TriggerKinds.None, CandidateWindows.NumberCue));
                    if (name == "{unit}" && number == NumberRead.NumberAndSeparator)
                        found.Add(new Requirement(TriggerKinds.None, CandidateWindows.NumberThenUnitCue));
                }
                // A whole-word number ends in a digit or a word a number ends with, which the scan knows as such.
                number = present && name == "{num}" && whole ? NumberRead.Number : NumberRead.No;
                afterSeparator = false;
            }
            else if (char.IsAsciiLetter(c))
            {
                var start = at;
                while (at < pattern.Length && char.IsAsciiLetter(pattern[at])) at++;
                var word = pattern[start..at];
                var whole = afterSeparator && !SkipQuantifier(pattern, ref at) && (EndsWord(pattern, at) || (EndsSequence(pattern, at) && wordEndsAfter));
                if (whole && CandidateWindows.CueOf(word) is var cue and not 0) found.Add(new Requirement(TriggerKinds.None, cue));
                else if (whole && CandidateWindows.KindsOf(word) is var kinds and not TriggerKinds.None) found.Add(new Requirement(kinds, 0));
                afterSeparator = false;
                number = NumberRead.No;
            }
            else
            {
                at++;
                afterSeparator = c == '-' && !SkipQuantifier(pattern, ref at);
                if (c != '-') SkipQuantifier(pattern, ref at);
                number = afterSeparator ? AfterSeparator(number) : NumberRead.No;
            }
        }
        return new Reading(found, afterSeparator, number, canMatch);
    }

    /// <summary>True when the group body from <paramref name="start"/> to <paramref name="close"/> has a '|' of its own (not a nested group's).</summary>
    private static bool HasBranches(string pattern, int start, int close)
    {
        for (var i = start; i < close; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == '(') i = PatternWords.ClosingParenthesis(pattern, i);
            else if (pattern[i] == '|') return true;
        }
        return false;
    }

    /// <summary>The state after white space or a hyphen: a number then separators stays one; anything else is no number.</summary>
    private static NumberRead AfterSeparator(NumberRead number) => number == NumberRead.No ? NumberRead.No : NumberRead.NumberAndSeparator;

    /// <summary>True at the end of a sequence: the pattern's end, '|' or ')'.</summary>
    private static bool EndsSequence(string pattern, int at) => at >= pattern.Length || pattern[at] is '|' or ')';

    /// <summary>True when what follows a word in the pattern cannot be a letter: \b, \s or a hyphen.</summary>
    private static bool EndsWord(string pattern, int at)
    {
        var rest = pattern.AsSpan(at);
        return rest.StartsWith(@"\b") || rest.StartsWith(@"\s") || (rest.StartsWith("-") && !(rest.Length > 1 && rest[1] is '?' or '*' or '{'));
    }

    /// <summary>
    /// Where the body of the group opening at <paramref name="open"/> starts: after "(", "(?:", "(?&lt;name&gt;", "(?-i:", a
    /// lookaround's head or a conditional's condition ("(?(name)").
    /// </summary>
    private static int GroupBodyStart(string pattern, int open)
    {
        if (PatternWords.IsConditional(pattern, open)) return PatternWords.ClosingParenthesis(pattern, open + 2) + 1;
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
