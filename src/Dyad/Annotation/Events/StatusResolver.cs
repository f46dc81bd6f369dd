namespace Dyad.Annotation.Events;

/// <summary>
/// Reads an event mention's status from the cues of its clause (Data/status-cues.tsv): the cue nearest
/// the trigger wins, ties going to the stronger claim (negated, speculative, proposed, planned, ongoing,
/// generic, occurred). Without a cue, an -ing verb after 'is' is under way, a plural bare noun in the
/// present perfect is a habit (generic), and anything else reported occurred.
/// </summary>
internal sealed class StatusResolver(EventLexicon lexicon)
{
    /// <summary>Tie order at equal distance: the first claim listed here wins.</summary>
    private static readonly EventStatus[] Precedence =
        [EventStatus.Negated, EventStatus.Speculative, EventStatus.Proposed, EventStatus.Planned, EventStatus.Ongoing, EventStatus.Generic, EventStatus.Occurred];

    /// <summary>The status, and whether a cue said it (rather than the default).</summary>
    /// <param name="specific">The mention names one event (a name, a round, equipment or a dated year): habit cues do not make it generic.</param>
    public (EventStatus Status, bool Cued) Resolve(ClauseText text, TriggerMatch trigger, List<CueMatch> cues, bool specific)
    {
        var tokens = text.Tokens;
        var clause = tokens[trigger.First].Clause;
        StatusCue? best = null;
        var bestDistance = int.MaxValue;
        foreach (var found in cues)
        {
            var cue = found.Cue;
            if (tokens[found.First].Clause != clause || (cue.Status == EventStatus.Generic && specific)) continue;
            int distance;
            if (found.Last < trigger.First)
            {
                if ((cue.Place & CuePlace.Before) == 0) continue;
                distance = WordsBetween(text, found.Last, trigger.First);
                if (distance > (cue.Reach > 0 ? cue.Reach : StatusCueTable.DefaultReachBefore)) continue;
            }
            else if (found.First > trigger.Last)
            {
                // Only a noun trigger has its predicate after it: 'the agreement was signed', 'the drills are under way'.
                if ((cue.Place & CuePlace.After) == 0 || trigger.Form != TriggerForm.Noun) continue;
                distance = WordsBetween(text, trigger.Last, found.First);
                if (distance > (cue.Reach > 0 ? cue.Reach : StatusCueTable.DefaultReachAfter)) continue;
            }
            else distance = 0;
            if (distance < bestDistance || (distance == bestDistance && Rank(cue.Status) < Rank(best!.Status)))
            {
                best = cue;
                bestDistance = distance;
            }
        }
        if (best is not null && best.Status != EventStatus.Occurred) return (best.Status, true);
        if (IsProgressive(text, trigger)) return (EventStatus.Ongoing, true);
        if (!specific && IsHabitual(text, trigger)) return (EventStatus.Generic, true);
        return (EventStatus.Occurred, best is not null);
    }

    private static int Rank(EventStatus status) => Array.IndexOf(Precedence, status);

    private static int WordsBetween(ClauseText text, int from, int to)
    {
        var words = 0;
        // A name is one unit however many words it has: 'a visit by Russian President Vladimir Putin could follow'.
        for (var t = from + 1; t < to; t++)
            if (text.Tokens[t].IsWord && text.Tokens[t].Mention < 0) words++;
        return words;
    }

    /// <summary>'Russia is delivering …': an -ing verb right after a present form of 'be'.</summary>
    private bool IsProgressive(ClauseText text, TriggerMatch trigger)
    {
        if (trigger.Form != TriggerForm.Verb || !text.Tokens[trigger.Head].Lower.EndsWith("ing", StringComparison.Ordinal)) return false;
        // 'is signing of an agreement' names an act (a gerund), it does not say it is under way.
        if (trigger.Head + 1 < text.Tokens.Count && text.Tokens[trigger.Head + 1].Lower == "of") return false;
        var before = PreviousWord(text, trigger.Head);
        return before >= 0 && lexicon.ProgressivePresent.Contains(text.Tokens[before].Lower);
    }

    /// <summary>'Military exercises have taken place': a plural noun with no determiner or number, in a present-perfect clause.</summary>
    private bool IsHabitual(ClauseText text, TriggerMatch trigger)
    {
        if (trigger.Form != TriggerForm.Noun || !IsPlural(text.Tokens[trigger.Head].Lower) || !IsBare(text, trigger.Head)) return false;
        var (first, last) = text.ClauseOf(trigger.First);
        for (var t = first; t <= last; t++)
            if (lexicon.PerfectAuxiliaries.Contains(text.Tokens[t].Lower)) return true;
        return false;
    }

    private static bool IsPlural(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);

    /// <summary>No determiner, possessive or number among the three words before the head noun.</summary>
    internal bool IsBare(ClauseText text, int head)
    {
        var seen = 0;
        for (var t = head - 1; t >= 0 && seen < 3; t--)
        {
            var token = text.Tokens[t];
            if (!token.IsWord) { if (token.Lower is "," or ";" or ":") break; continue; }
            seen++;
            if (lexicon.SpecificDeterminers.Contains(token.Lower) || token.Lower == "'s" || char.IsAsciiDigit(token.Lower[0])
                || Time.TimeLexicon.NumberWords.ContainsKey(token.Lower)) return false;
        }
        return true;
    }

    internal static int PreviousWord(ClauseText text, int token)
    {
        for (var t = token - 1; t >= 0; t--)
            if (text.Tokens[t].IsWord) return t;
        return -1;
    }
}
