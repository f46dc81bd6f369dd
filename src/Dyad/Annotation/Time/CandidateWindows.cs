using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Dyad.Documents;

namespace Dyad.Annotation.Time;

/// <summary>
/// The stretches of a text where a rule of <see cref="TimeRules"/> can match, so the recognizer runs its
/// regexes there instead of over every character. Exact, not heuristic: a rule finds in the windows what it
/// finds in the whole range, because of three facts about the rule table:
/// <list type="number">
/// <item>every match contains a trigger: a digit or a lexicon word of a <see cref="TriggerKinds"/> (a month, a unit, "today");</item>
/// <item>a match's inner chunks (runs between whitespace and hyphens) hold only words the rules consume
/// (<see cref="PatternWords"/>), so around its trigger a match stops at the first chunk with another word;</item>
/// <item>lookarounds reach at most one chunk beyond a match, so one more chunk each side gives them the same context.</item>
/// </list>
/// A window starts and ends at chunk edges, where cutting the text changes no word boundary: a rule whose lookarounds
/// read one character that cannot be a separator (\b, (?!\d)) sees the same at the edge of the core as in the whole text.
/// A new rule must keep fact 1: its spec lines fail if it can match without a trigger.
/// </summary>
internal static class CandidateWindows
{
    /// <summary>
    /// What a word is to the windows: consumed by some rule, a trigger, and a trigger only when capitalized (a month: "may"
    /// is a verb), its cues, and whether a number {num} reads may end with it ("five", "of" of "a couple of").
    /// </summary>
    private readonly record struct WordRole(bool RuleWord, TriggerKinds Kinds, TriggerKinds CapitalizedKinds, ulong Cues, bool EndsNumber = false);

    /// <summary>
    /// The cue a chunk holding a digit or a word that starts a number ("three", "a", "several") gives its window: every match
    /// of {num} holds one, so a rule with a number in every match needs this cue.
    /// </summary>
    public const ulong NumberCue = 1;

    /// <summary>
    /// The cue of a chunk holding a unit right after a chunk that may end a number (a digit, or a word a number ends with):
    /// "two years", "10-year", "a couple of days". A rule whose every match reads a number, white space or a hyphen, then
    /// a unit needs it, and runs in few of the windows that hold a number and a unit apart ("a rate ... this year").
    /// </summary>
    public const ulong NumberThenUnitCue = 1UL << 63;

    /// <summary>
    /// The words the rule rows spell out ("ago", "quarter", "every"), placeholders aside, each with its own cue bit between
    /// <see cref="NumberCue"/> and <see cref="NumberThenUnitCue"/>: a rule runs only in windows holding the words every match of it passes through.
    /// </summary>
    public static readonly string[] CueWords = SpelledWords();

    private static readonly FrozenDictionary<string, WordRole> Words = BuildWords();

    /// <summary>The same words for the scan, which looks a word up as it reads it.</summary>
    private static readonly FoldedWordTable<WordRole> WordTable = new(Words);

    /// <summary>
    /// The words of up to eight ASCII letters, for the scan to read most words of a text whole (<see cref="PackedWordTable{TValue}"/>):
    /// for a run of ASCII letters it answers as <see cref="WordTable"/> does, where no word outside ASCII equals such a run.
    /// </summary>
    private static readonly PackedWordTable<WordRole> ShortWords = new(Words);

    /// <summary>The trigger kinds a match of <paramref name="pattern"/> can contain: those of the words and digits it consumes.</summary>
    public static TriggerKinds TriggersOf(string pattern)
    {
        var kinds = PatternWords.TakesDigits(pattern) ? TriggerKinds.Digit : TriggerKinds.None;
        foreach (var word in PatternWords.Words(pattern))
            if (Words.TryGetValue(word, out var role)) kinds |= role.Kinds | role.CapitalizedKinds;
        return kinds;
    }

    /// <summary>The trigger kinds a whole word of the text gives its window whatever its case ("quarter": a unit; "may": none).</summary>
    public static TriggerKinds KindsOf(string word) => Words.TryGetValue(word, out var role) ? role.Kinds : TriggerKinds.None;

    /// <summary>The cue bit a whole word of the text gives its window when a rule spells it out; 0 for other words.</summary>
    public static ulong CueOf(string word)
    {
        var index = Array.FindIndex(CueWords, cue => cue.Equals(word, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? 0 : 2UL << index;
    }

    /// <summary>
    /// Appends to <paramref name="windows"/> the windows of <paramref name="range"/>, in text order and disjoint.
    /// Outside them no rule can match.
    /// </summary>
    public static void Find(string text, TextSpan range, List<CandidateWindow> windows)
    {
        var open = false;
        var window = default(CandidateWindow);
        // -1 while the chunks after the last trigger hold only rule words; then how many more chunks the window takes.
        var closing = -1;
        // The last chunk a match cannot cross (its start), and the start of the chunk before it: where a window opened next starts.
        var barrierStart = range.Start;
        var startBeforeBarrier = range.Start;
        var previousChunkStart = range.Start;
        var coreEnd = range.End;
        // The cues of the chunks from the barrier on: a window opened next holds them in its core.
        var cuesSinceBarrier = 0UL;
        var previousEndsNumber = false;

        var chars = text.AsSpan(0, range.End);
        var at = range.Start;
        while (true)
        {
            while (at < chars.Length && IsSeparator(chars[at])) at++;
            if (at >= chars.Length) break;
            var chunkStart = at;
            var (end, ruleWordsOnly, kinds, cues, endsNumber) = TryReadWord(chars, at, out var word) ? word : ReadChunk(chars, at);
            at = end;
            if (previousEndsNumber && (kinds & TriggerKinds.Unit) != 0) cues |= NumberThenUnitCue;
            previousEndsNumber = endsNumber;

            if (kinds != TriggerKinds.None)
            {
                if (!open)
                {
                    window = new CandidateWindow(new TextSpan(startBeforeBarrier, at), new TextSpan(barrierStart, at), kinds, cuesSinceBarrier | cues);
                    if (windows.Count > 0 && windows[^1].Span.End >= startBeforeBarrier)
                    {
                        window = windows[^1] with { Kinds = windows[^1].Kinds | kinds, Cues = windows[^1].Cues | window.Cues };
                        windows.RemoveAt(windows.Count - 1);
                    }
                    open = true;
                }
                else window = window with { Kinds = window.Kinds | kinds, Cues = window.Cues | cues };
                closing = -1;
                coreEnd = range.End;
            }
            else if (open)
            {
                window = window with { Cues = window.Cues | cues };
                if (closing == -1 && !ruleWordsOnly)
                {
                    closing = 1;
                    coreEnd = at;
                }
                else if (closing == 1)
                {
                    windows.Add(window with { Span = new TextSpan(window.Span.Start, at), Core = new TextSpan(window.Core.Start, coreEnd) });
                    open = false;
                }
            }

            if (!ruleWordsOnly)
            {
                startBeforeBarrier = previousChunkStart;
                barrierStart = chunkStart;
                cuesSinceBarrier = cues;
            }
            else cuesSinceBarrier |= cues;
            previousChunkStart = chunkStart;
        }
        if (open) windows.Add(window with { Span = new TextSpan(window.Span.Start, range.End), Core = new TextSpan(window.Core.Start, coreEnd) });
    }

    /// <summary>Whitespace and hyphens separate chunks: the rules join words with \s and '-' only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called a character at a time; a native build would not inline it
    private static bool IsSeparator(char c) => c < 128 ? AsciiClasses[c] == CharClass.Separator : char.IsWhiteSpace(c);

    /// <summary>Every character that separates chunks.</summary>
    public static IReadOnlyList<char> Separators => SeparatorList.All;

    /// <summary>
    /// The separators, found once: the walk over all 65,536 characters, made anew for each lookaround the rule needs ask
    /// about, was 40 ms of a run's start-up in a native build (most of what a one-article run took).
    /// </summary>
    private static class SeparatorList
    {
        public static readonly char[] All = [.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(IsSeparator)];
    }

    /// <summary>What an ASCII character is to the scan, looked up instead of asked of <see cref="char"/> a character at a time.</summary>
    private enum CharClass : byte { Other, Separator, Digit, Lower, Upper }

    private static readonly CharClass[] AsciiClasses = BuildAsciiClasses();

    private static CharClass[] BuildAsciiClasses()
    {
        var classes = new CharClass[128];
        for (var c = 0; c < classes.Length; c++)
            classes[c] = c == '-' || char.IsWhiteSpace((char)c) ? CharClass.Separator
                : char.IsAsciiDigit((char)c) ? CharClass.Digit
                : char.IsAsciiLetterLower((char)c) ? CharClass.Lower
                : char.IsAsciiLetterUpper((char)c) ? CharClass.Upper
                : CharClass.Other;
        return classes;
    }

    /// <summary>
    /// What a chunk gives the scan: where it ends, whether all its words are rule words, the triggers and the cues it holds,
    /// and whether a number may end in it.
    /// </summary>
    private readonly record struct Chunk(int End, bool RuleWordsOnly, TriggerKinds Kinds, ulong Cues, bool EndsNumber);

    /// <summary>
    /// Reads the chunk starting at <paramref name="at"/>. This loop is most of the scan's cost, so its positions are locals,
    /// not references, and it is not inlined: inside <see cref="Find"/> its counters spilled to the stack with the window state.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Chunk ReadChunk(ReadOnlySpan<char> chars, int at)
    {
        var ruleWordsOnly = true;
        var kinds = TriggerKinds.None;
        var cues = 0UL;
        var endsNumber = false;
        // The table as a local span, compared with its own length: no static read and no bounds check a character.
        ReadOnlySpan<CharClass> classes = AsciiClasses;
        while (at < chars.Length)
        {
            var c = chars[at];
            var type = c < (uint)classes.Length ? classes[c] : NonAsciiClass(c);
            if (type == CharClass.Separator) break;
            if (type < CharClass.Lower)
            {
                if (type == CharClass.Digit)
                {
                    kinds |= TriggerKinds.Digit;
                    cues |= NumberCue;
                    endsNumber = true;
                    // The rules read ASCII digits only (\d is [0-9] in them): a digit outside ASCII is no year's, and ends a run.
                    var run = at;
                    while (at < chars.Length && char.IsAsciiDigit(chars[at])) at++;
                    if (at == run) at++;
                    else if (at - run >= 4 && EndsInYear(chars[..at])) kinds |= TriggerKinds.Year;
                    continue;
                }
                at++;
                continue;
            }

            int end;
            var role = default(WordRole);
            bool known;
            if (at + PackedWordTable<WordRole>.MaxLength <= chars.Length
                && PackedWordTable<WordRole>.ReadRun(chars, at, out var key) is var length and < PackedWordTable<WordRole>.MaxLength)
            {
                // Most words: their letters read at once, and looked up as they stand.
                end = at + length;
                c = chars[end]; // within the eight characters read
                known = length > 0 && ShortWords.TryGetValue(key, out role);
            }
            else
            {
                end = at;
                while (end < chars.Length && (c = chars[end]) < (uint)classes.Length && classes[c] >= CharClass.Lower) end++;
                known = WordTable.TryGetValue(chars[at..end], WordHash.OfLowered(chars, at, end), out role);
            }
            if (end == at || (end < chars.Length && c >= (uint)classes.Length && char.IsLetter(c)))
            {
                // Case-insensitive matching reaches a few non-ASCII letters (the Kelvin sign is a 'k'): such a word may be anything.
                while (at < chars.Length && char.IsLetter(chars[at])) at++;
                kinds = TriggerKinds.All;
                cues = ulong.MaxValue;
                endsNumber = true;
                continue;
            }
            if (known)
            {
                if (!role.RuleWord) ruleWordsOnly = false;
                kinds |= role.Kinds;
                cues |= role.Cues;
                endsNumber |= role.EndsNumber;
                if (type == CharClass.Upper) kinds |= role.CapitalizedKinds;
            }
            else ruleWordsOnly = false;
            at = end;
        }
        return new Chunk(at, ruleWordsOnly, kinds, cues, endsNumber);
    }

    /// <summary>
    /// Reads the chunk at <paramref name="at"/> when it is one word of up to eight ASCII letters with an ASCII separator after
    /// it, as most chunks of prose are: one read of its letters and one lookup, without <see cref="ReadChunk"/>'s loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReadWord(ReadOnlySpan<char> chars, int at, out Chunk chunk)
    {
        chunk = default;
        if (at + PackedWordTable<WordRole>.MaxLength > chars.Length) return false;
        var length = PackedWordTable<WordRole>.ReadRun(chars, at, out var key);
        var end = at + length;
        if (length == 0 || end == chars.Length || chars[end] >= AsciiClasses.Length || AsciiClasses[chars[end]] != CharClass.Separator) return false;
        if (!ShortWords.TryGetValue(key, out var role))
        {
            chunk = new Chunk(end, false, TriggerKinds.None, 0, false);
            return true;
        }
        var kinds = char.IsAsciiLetterUpper(chars[at]) ? role.Kinds | role.CapitalizedKinds : role.Kinds;
        chunk = new Chunk(end, role.RuleWord, kinds, role.Cues, role.EndsNumber);
        return true;
    }

    /// <summary>
    /// Whether the run of four or more ASCII digits closing <paramref name="digits"/> ends in a year as {year} reads one,
    /// <c>(?:1[5-9]|20)[0-9][0-9](?![0-9])</c>: its four digits may start anywhere in a run, but must end it.
    /// </summary>
    private static bool EndsInYear(ReadOnlySpan<char> digits) =>
        digits[^4] == '1' ? digits[^3] is >= '5' and <= '9' : digits[^4] == '2' && digits[^3] == '0';

    /// <summary>A non-ASCII letter counts as a lower-case one: it makes its word anything (<see cref="ReadChunk"/>).</summary>
    private static CharClass NonAsciiClass(char c) =>
        char.IsLetter(c) ? CharClass.Lower : char.IsWhiteSpace(c) ? CharClass.Separator : char.IsDigit(c) ? CharClass.Digit : CharClass.Other;

    private static FrozenDictionary<string, WordRole> BuildWords()
    {
        var words = new Dictionary<string, WordRole>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> list, TriggerKinds kinds, bool capitalized = false)
        {
            foreach (var word in list)
            {
                var role = words.GetValueOrDefault(word);
                words[word] = capitalized ? role with { CapitalizedKinds = role.CapitalizedKinds | kinds } : role with { Kinds = role.Kinds | kinds };
            }
        }
        // The rules read months and weekdays as proper names, in Capitalized or UPPER case.
        Add(TimeLexicon.Months.Keys, TriggerKinds.Month, capitalized: true);
        Add(TimeLexicon.Weekdays.Keys, TriggerKinds.Weekday, capitalized: true);
        Add(TimeLexicon.Units.Keys, TriggerKinds.Unit);
        Add(TimeLexicon.Seasons.Keys, TriggerKinds.Season);
        Add(TimeLexicon.PartsOfDay.Keys, TriggerKinds.PartOfDay);
        Add(TimeLexicon.DayWords.Keys, TriggerKinds.DayWord);
        Add(TimeLexicon.Frequencies.Keys, TriggerKinds.Frequency);
        Add(ReferenceTriggers(), TriggerKinds.Reference);
        Add(["tonight"], TriggerKinds.Spelled);

        foreach (var (_, regex) in TimeRules.Expanded)
            foreach (var word in PatternWords.Words(regex.Pattern))
                words[word] = words.GetValueOrDefault(word) with { RuleWord = true };
        foreach (var word in NumberStarts())
            words[word] = words.GetValueOrDefault(word) with { Cues = words.GetValueOrDefault(word).Cues | NumberCue };
        foreach (var word in NumberEnds())
            words[word] = words.GetValueOrDefault(word) with { EndsNumber = true };
        for (var index = 0; index < CueWords.Length; index++)
            words[CueWords[index]] = words.GetValueOrDefault(CueWords[index]) with { Cues = words.GetValueOrDefault(CueWords[index]).Cues | 2UL << index };
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The first word of every number {num} reads ("a" of "a couple of", "twenty" of "twenty-five"), digits aside.</summary>
    private static IEnumerable<string> NumberStarts() => NumberPhrases().Select(words => words[0]);

    /// <summary>The last word of every number {num} reads ("of" of "a couple of", "five" of "twenty-five"), digits aside.</summary>
    private static IEnumerable<string> NumberEnds() => NumberPhrases().Select(words => words[^1]);

    /// <summary>The words of each number word or vague quantity {num} reads ("a couple of": "a", "couple", "of").</summary>
    private static IEnumerable<string[]> NumberPhrases() =>
        TimeLexicon.NumberWords.Keys.Concat(TimeLexicon.VagueQuantities).Select(phrase => phrase.Split(' '));

    /// <summary>The words of the rule rows' patterns with placeholders and lookarounds left out, as many as have a cue bit.</summary>
    private static string[] SpelledWords()
    {
        var words = new List<string>();
        foreach (var rule in TimeRules.All)
            foreach (var word in PatternWords.Words(PatternWords.WithoutPlaceholders(rule.Pattern)))
                if (!words.Contains(word, StringComparer.OrdinalIgnoreCase)) words.Add(word.ToLowerInvariant());
        return [.. words.Take(62)];
    }

    /// <summary>
    /// One word of each reference phrase ("at present", "the future", "recent years"): its last word that is not a unit.
    /// A phrase matches whole, so that word is in every match; a unit would open windows for the phrases at every "years".
    /// </summary>
    private static IEnumerable<string> ReferenceTriggers() =>
        TimeLexicon.ReferenceWords.Keys.Select(phrase => phrase.Split(' ').Last(word => !TimeLexicon.Units.ContainsKey(word)));
}
