using Dyad.Documents;

namespace Dyad.Annotation.Time;

/// <summary>
/// Finds time expressions in a text and normalizes them to TIMEX3 against a reference date.
/// Runs the rule table of <see cref="TimeRules"/> (compiled once), keeps the longest of overlapping
/// matches, takes in modifiers that belong to an expression ("early", "since", "nearly"), and drops
/// what the caller vetoes. Thread-safe: one instance serves all threads.
/// </summary>
public sealed class TimeExpressionRecognizer
{
    private readonly bool _yearsAfterNamesBelongToNames;

    /// <param name="yearsAfterNamesBelongToNames">
    /// When true (the default), a year glued to a preceding capitalized word that is not a month or a
    /// function word ("Friendship 2017", "Kavkaz-2020", "Vision 2030") is read as part of a name, not as a date.
    /// </param>
    public TimeExpressionRecognizer(bool yearsAfterNamesBelongToNames = true) =>
        _yearsAfterNamesBelongToNames = yearsAfterNamesBelongToNames;

    public static TimeExpressionRecognizer Default { get; } = new();

    /// <summary>The row of the bare year, whose matches must also look like a year in their context.</summary>
    private static readonly int YearRule = Array.FindIndex(TimeRules.Expanded, rule => rule.Rule.Type == TimexType.Date && rule.Rule.Name == "year");

    /// <summary>
    /// What matching found so far in the document a thread last asked about: it does not depend on the reference date, so
    /// publication dating (unanchored) and the time stage (anchored), which read a document one after the other on one
    /// thread, scan a range and search a window once. Per thread and a document at a time, not a weak table of all
    /// documents, whose handles the collector walks (0.8% of a run's samples); the last document a thread read stays
    /// referenced until it reads the next.
    /// </summary>
    [ThreadStatic] private static (TimeExpressionRecognizer? Recognizer, Document? Document, DocumentScan? Scan) t_lastScan;

    private DocumentScan ScanOf(Document document)
    {
        var (recognizer, last, scan) = t_lastScan;
        if (ReferenceEquals(recognizer, this) && ReferenceEquals(last, document)) return scan!;
        // The thread's tables, cleared for the next document: made afresh, their growth was 3% of the bytes a run allocates.
        if (scan is null) scan = new DocumentScan();
        else scan.Clear();
        t_lastScan = (this, document, scan);
        return scan;
    }

    /// <summary>The candidate windows of each range scanned and the rule matches of each window searched, for one document.</summary>
    private sealed class DocumentScan
    {
        public readonly Dictionary<TextSpan, List<CandidateWindow>> Windows = [];
        public readonly Dictionary<CandidateWindow, RuleHit[]> Hits = [];

        public void Clear()
        {
            Windows.Clear();
            Hits.Clear();
        }
    }

    /// <summary>
    /// The time expressions in <paramref name="text"/> (or in the range <paramref name="within"/> of it), in text order.
    /// </summary>
    /// <param name="reference">The document creation time relative expressions resolve against; null leaves them unanchored (X digits).</param>
    /// <param name="veto">Spans the caller protects (a name the knowledge base knows, a quotation): a candidate for which it returns true is dropped.</param>
    public List<TimeExpression> Find(string text, PartialDate? reference, TextSpan? within = null, Func<TextSpan, bool>? veto = null) =>
        Find(text, reference, within ?? new TextSpan(0, text.Length), veto, known: null);

    /// <summary>
    /// The time expressions in the range <paramref name="within"/> of a document's text, as <see cref="Find(string, PartialDate?, TextSpan?, Func{TextSpan, bool}?)"/>
    /// finds them; each stretch of the text is matched once per document, however many searches of it resolve the matches.
    /// </summary>
    public List<TimeExpression> Find(Document document, PartialDate? reference, TextSpan within, Func<TextSpan, bool>? veto = null) =>
        Find(document.Text, reference, within, veto, ScanOf(document));

    /// <summary>
    /// The time expressions of the range <paramref name="within"/> that start in one of the sorted, disjoint spans
    /// <paramref name="starts"/>, exactly those <see cref="Find(Document, PartialDate?, TextSpan, Func{TextSpan, bool}?)"/>
    /// finds there, at the cost of the windows near the spans: an expression's extent depends only on its own window and
    /// on where the last expression before it ends, within the reach of its prefixes (<see cref="PrefixReach"/>).
    /// </summary>
    public List<TimeExpression> FindStartingIn(Document document, PartialDate? reference, TextSpan within, IReadOnlyList<TextSpan> starts)
    {
        var found = Find(document.Text, reference, within, veto: null, ScanOf(document), starts);
        found.RemoveAll(expression => !Document.Covers(starts, expression.Span.Start));
        return found;
    }

    /// <summary>
    /// How far before its match an expression may start, and so how far back the end of the expression before it matters:
    /// two prefixes, each with the white space after it ("since early 2018").
    /// </summary>
    internal static readonly int PrefixReach = 2 * (TimeLexicon.DatePrefixes.Concat(TimeLexicon.DurationPrefixes).Max(prefix => prefix.Length) + 1);

    /// <summary>Whether the window reaches within <see cref="PrefixReach"/> of one of the sorted spans (null: all of them do).</summary>
    private static bool IsNear(CandidateWindow window, IReadOnlyList<TextSpan>? spans)
    {
        if (spans is null) return true;
        foreach (var span in spans)
        {
            if (span.Start - PrefixReach >= window.Span.End) return false; // the spans after it lie further on
            if (span.End + PrefixReach > window.Span.Start) return true;
        }
        return false;
    }

    private List<TimeExpression> Find(string text, PartialDate? reference, TextSpan range, Func<TextSpan, bool>? veto, DocumentScan? known,
        IReadOnlyList<TextSpan>? near = null)
    {
        var anchor = new TimeAnchor(reference);
        if (known is null || !known.Windows.TryGetValue(range, out var windows))
        {
            windows = new List<CandidateWindow>(range.Length / 160 + 4); // news prose has about a window in 200 characters
            CandidateWindows.Find(text, range, windows);
            known?.Windows.Add(range, windows);
            known?.Hits.EnsureCapacity(known.Hits.Count + windows.Count);
        }
        // Scratch lists of the thread, cleared for each search: grown afresh each time, they were 5% of the bytes a run allocates.
        var candidates = t_candidates ??= [];
        candidates.Clear();
        foreach (var window in windows)
        {
            if (!IsNear(window, near)) continue;
            RuleHit[] hits;
            if (known is null) hits = Match(text, window);
            else if (!known.Hits.TryGetValue(window, out hits!)) known.Hits.Add(window, hits = Match(text, window));
            foreach (var (index, match) in hits)
            {
                var (rule, regex) = TimeRules.Expanded[index];
                if (rule.Resolve(new RuleMatch(match, text, anchor, regex)) is not { } value) continue;
                candidates.Add(new Candidate(new TextSpan(match.Index, match.Index + match.Length), index, rule.Type, value));
            }
        }

        // Candidates of one rule never overlap (one scan finds them, windows are disjoint), so the order they were found in
        // does not change which are kept: the longest first, the earlier row between equal lengths.
        candidates.Sort(static (a, b) => b.Span.Length != a.Span.Length ? b.Span.Length.CompareTo(a.Span.Length) : a.Rule.CompareTo(b.Rule));
        var kept = t_kept ??= [];
        kept.Clear();
        foreach (var candidate in candidates)
            if (!OverlapsAny(kept, candidate.Span)) kept.Add(candidate);
        kept.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var found = new List<TimeExpression>(kept.Count);
        var previousEnd = range.Start;
        foreach (var candidate in kept)
        {
            var span = ExtendOverPrefixes(text, candidate.Span, candidate.Type, Math.Max(previousEnd, range.Start));
            if (veto is not null && veto(span)) continue;
            if (candidate.Value is ReferenceValue && IsAdjective(text, span)) continue;
            found.Add(new TimeExpression(span, text[span.Start..span.End], candidate.Type, candidate.Value));
            previousEnd = span.End;
        }
        return found;
    }

    [ThreadStatic] private static List<Candidate>? t_candidates, t_kept;
    [ThreadStatic] private static List<RuleHit>? t_hits;

    /// <summary>The matches of every rule that can match in the window, before resolution: what depends on the text alone.</summary>
    private RuleHit[] Match(string text, CandidateWindow window)
    {
        var hits = t_hits ??= [];
        hits.Clear();
        foreach (var index in RuleChoices.For(window))
        {
            var needs = RuleChoices.Needs[index];
            var span = needs.SpanIn(window);
            if (!needs.MayMatchIn(text.AsSpan(span.Start, span.Length))) continue;
            for (var match = TimeRules.Expanded[index].Regex.Match(text, span.Start, span.Length); match.Success; match = match.NextMatch())
            {
                if (index == YearRule && !LooksLikeAYear(text, new TextSpan(match.Index, match.Index + match.Length), match.Groups["year"].Index)) continue;
                hits.Add(new RuleHit(index, match));
            }
        }
        var found = hits.Count == 0 ? [] : hits.ToArray();
        hits.Clear(); // drops the matches it held
        return found;
    }

    /// <summary>A match of the rule table's row <paramref name="Rule"/>, not yet resolved.</summary>
    private readonly record struct RuleHit(int Rule, System.Text.RegularExpressions.Match Match);

    /// <summary>"the future energy corridor": a reference word followed by a word that is not a noun phrase's continuation is an adjective.</summary>
    private static bool IsAdjective(string text, TextSpan span)
    {
        var expression = text.AsSpan(span.Start, span.Length);
        var endsInAdjective = false;
        foreach (var word in TimeLexicon.AdjectivalReferenceWords)
            endsInAdjective |= expression.EndsWith(word, StringComparison.OrdinalIgnoreCase);
        if (!endsInAdjective || span.End >= text.Length || text[span.End] != ' ') return false;
        var next = NextWord(text.AsSpan(span.End));
        return next.Length > 0 && char.IsLower(next[0])
            && !TimeLexicon.WordsAfterNominalReference.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next);
    }

    /// <summary>A veto that protects the given spans: any expression overlapping one is dropped.</summary>
    public static Func<TextSpan, bool> Protect(IReadOnlyCollection<TextSpan> spans) => candidate =>
    {
        foreach (var span in spans)
            if (span.Overlaps(candidate)) return true;
        return false;
    };

    private readonly record struct Candidate(TextSpan Span, int Rule, TimexType Type, TimeValue Value);

    private static bool OverlapsAny(List<Candidate> kept, TextSpan span)
    {
        foreach (var k in kept)
            if (k.Span.Overlaps(span)) return true;
        return false;
    }

    /// <summary>
    /// Four digits are a year unless a label or a unit says they count something
    /// ("No. 2014", "2000 troops") or they close a name ("Friendship 2017").
    /// </summary>
    private bool LooksLikeAYear(string text, TextSpan span, int yearStart)
    {
        var before = text.AsSpan(0, span.Start).TrimEnd();
        foreach (var label in TimeLexicon.NumberLabels)
            if (before.EndsWith(label, StringComparison.Ordinal)
                && (before.Length == label.Length || !char.IsLetter(before[^(label.Length + 1)]) || !char.IsLetter(label[0])))
                return false;

        var after = NextWord(text.AsSpan(span.End));
        if (!after.IsEmpty && TimeLexicon.CountNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(after)) return false;

        if (_yearsAfterNamesBelongToNames && yearStart == span.Start && PrecedingWordIsAName(text, yearStart)) return false;
        return true;
    }

    private static bool PrecedingWordIsAName(string text, int yearStart)
    {
        var at = yearStart - 1;
        if (at < 1 || text[at] is not (' ' or '-' or '\u00A0')) return false;
        var end = at;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        if (start == end || !char.IsUpper(text[start])) return false;
        var word = text[start..end];
        return !TimeLexicon.WordsBeforeAYear.Contains(word)
            && !TimeLexicon.Months.ContainsKey(word)
            && !TimeLexicon.Weekdays.ContainsKey(word)
            && !TimeLexicon.Seasons.ContainsKey(word);
    }

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        var length = 0;
        while (length < rest.Length && char.IsLetter(rest[length])) length++;
        return rest[..length];
    }

    private static bool StartsWithDeterminer(ReadOnlySpan<char> expression)
    {
        var space = expression.IndexOf(' ');
        if (space < 0) return false;
        var first = expression[..space];
        return first.Equals("the", StringComparison.OrdinalIgnoreCase)
            || TimeLexicon.Directions.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(first);
    }

    /// <summary>
    /// False when the text's character <paramref name="c"/> cannot be the prefix's <paramref name="p"/> as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> compares: between ASCII characters, only one with the case bit
    /// set alike can. Outside ASCII it may be ("ı" is an "I").
    /// </summary>
    private static bool MayBeSame(char c, char p) => c >= 128 || p >= 128 || (c | 0x20) == (p | 0x20);

    private static readonly PrefixList DatePrefixes = new(TimeLexicon.DatePrefixes);
    private static readonly PrefixList DurationPrefixes = new(TimeLexicon.DurationPrefixes);

    /// <summary>
    /// Prefix words with what the character before an expression must be for one of them to end there: most expressions
    /// follow a word no prefix ends like ("in 2018", "on Monday"), and are passed over at one look instead of one a prefix.
    /// </summary>
    private sealed class PrefixList(string[] words)
    {
        public string[] Words { get; } = words;

        private readonly bool _glued = words.Any(word => word.EndsWith('-'));

        /// <summary>The last letters of the prefixes written apart, lower-cased: a bit each.</summary>
        private readonly UInt128 _lastLetters = words.Where(word => !word.EndsWith('-'))
            .Aggregate(UInt128.Zero, (bits, word) => bits | UInt128.One << (word[^1] | 0x20));

        /// <summary>
        /// False when no prefix can end right before <paramref name="start"/>: a prefix written apart ends in a letter the
        /// text's character can be as <see cref="StringComparison.OrdinalIgnoreCase"/> compares (<see cref="MayBeSame"/>), then white space; a glued one in a hyphen.
        /// </summary>
        public bool MayEndBefore(string text, int start)
        {
            if (start < 1) return false;
            var before = text[start - 1];
            if (before == '-') return _glued;
            if (start < 2 || !char.IsWhiteSpace(before)) return false;
            var last = text[start - 2];
            return last >= 128 || (_lastLetters & UInt128.One << (last | 0x20)) != 0;
        }
    }

    /// <summary>Takes in the words before an expression that belong to its extent ("early 2018", "since 1950s", "nearly two years").</summary>
    private static TextSpan ExtendOverPrefixes(string text, TextSpan span, TimexType type, int floor)
    {
        // "nearly two years" takes its modifier; "over the past 20 years" and "over last two decades" do not:
        // before a determiner or a direction word, "over" governs the whole phrase.
        var list = type == TimexType.Duration ? DurationPrefixes : type == TimexType.Set ? null : DatePrefixes;
        if (list is null || !list.MayEndBefore(text, span.Start)) return span;
        var prefixes = list == DurationPrefixes && StartsWithDeterminer(text.AsSpan(span.Start, span.Length)) ? [] : list.Words;
        for (var round = 0; round < 2; round++)
        {
            var extended = false;
            if (round > 0 && !list.MayEndBefore(text, span.Start)) break;
            foreach (var prefix in prefixes)
            {
                var glued = prefix.EndsWith('-');
                var start = span.Start - prefix.Length - (glued ? 0 : 1);
                if (start < floor) continue;
                if (!glued && !char.IsWhiteSpace(text[span.Start - 1])) continue;
                if (!MayBeSame(text[start + prefix.Length - 1], prefix[^1])) continue; // most prefixes, at one load
                if (!text.AsSpan(start, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase)) continue;
                if (start > 0 && char.IsLetter(text[start - 1])) continue;
                span = new TextSpan(start, span.End);
                extended = true;
                break;
            }
            if (!extended) break;
        }
        return span;
    }
}
