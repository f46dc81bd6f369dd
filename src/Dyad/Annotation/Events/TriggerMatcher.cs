namespace Dyad.Annotation.Events;

/// <summary>
/// A trigger rule matched in a sentence: tokens First..Last, the head word status and number are read from,
/// and the form the head plays here (a verb rule's word after a determiner is a noun: 'a visit').
/// </summary>
internal readonly record struct TriggerMatch(TriggerRule Rule, int First, int Last, int Head, TriggerForm Form);

/// <summary>
/// Finds the trigger rules that match in a sentence, clause by clause, and keeps one reading where
/// rules overlap (the more specific, then the longer). Words inside entity names ("Training" in
/// "International Military Education and Training") and words of masking status cues are not triggers.
/// </summary>
internal sealed class TriggerMatcher
{
    private readonly Dictionary<string, List<TriggerRule>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<TriggerRule> _unindexed = [];
    private readonly EventLexicon _lexicon;

    public TriggerMatcher(TriggerTable table, EventLexicon lexicon)
    {
        _lexicon = lexicon;
        foreach (var rule in table.Rules)
        {
            if (rule.Elements[0] is WordChoice { Prefixes.Length: 0 } first)
                foreach (var word in first.Words)
                {
                    if (!_byFirstWord.TryGetValue(word, out var list)) _byFirstWord[word] = list = [];
                    list.Add(rule);
                }
            else _unindexed.Add(rule);
        }
    }

    public List<TriggerMatch> Find(ClauseText text, bool[] masked)
    {
        var found = new List<TriggerMatch>();
        var heads = new List<int>(8);
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            if ((text.Tokens[i].Roles & WordRoles.TriggerStart) != 0 && _byFirstWord.TryGetValue(text.Tokens[i].Lower, out var rules))
                foreach (var rule in rules) TryRule(text, masked, rule, i, heads, found);
            foreach (var rule in _unindexed)
                if (CanStart(text, rule.Elements[0], i)) TryRule(text, masked, rule, i, heads, found);
        }
        return DropContent(text, Resolve(found));
    }

    /// <summary>The checks of <see cref="Match"/> on a rule's first element that do not depend on masks or clauses.</summary>
    private static bool CanStart(ClauseText text, PatternElement first, int t)
    {
        var token = text.Tokens[t];
        return first switch
        {
            WordChoice choice => token.IsWord && token.Mention < 0 && choice.Accepts(token.Lower),
            SlotElement slot => token.Mention >= 0 && text.Mentions[token.Mention] is var mention && mention.FirstToken == t
                && (mention.Kind & TriggerTable.KindsFor(slot.Slot)) != 0,
            _ => true,
        };
    }

    private void TryRule(ClauseText text, bool[] masked, TriggerRule rule, int start, List<int> words, List<TriggerMatch> found)
    {
        words.Clear();
        var last = Match(text, masked, rule.Elements, 0, start, text.Tokens[start].Clause, words);
        if (last < 0 || !HasRequired(text, rule, start)) return;
        var head = words.Count == 0 ? last : words[Math.Clamp(rule.HeadWord, 0, words.Count - 1)];
        var form = rule.Form == TriggerForm.Verb && IsNounUse(text, head) ? TriggerForm.Noun : rule.Form;
        found.Add(new TriggerMatch(rule, start, last, head, form));
    }

    /// <summary>'a visit', 'the long overdue visit', 'Putin's visit': a determiner or possessive before the word, with no verb marker between.</summary>
    private bool IsNounUse(ClauseText text, int head)
    {
        var words = 0;
        for (var t = head - 1; t >= 0 && words < 3; t--)
        {
            var token = text.Tokens[t];
            if (!token.IsWord) { if (token.Lower is "," or ";" or ":") return false; continue; }
            if (token.Lower == "'s") return true;
            if (token.Mention >= 0 || _lexicon.VerbMarkers.Contains(token.Lower)) return false;
            words++;
            if (_lexicon.SpecificDeterminers.Contains(token.Lower) || _lexicon.AnaphoricDeterminers.Contains(token.Lower)) return true;
        }
        return false;
    }

    /// <summary>Matches elements[e..] from token t; returns the last token matched, or -1.</summary>
    private static int Match(ClauseText text, bool[] masked, PatternElement[] elements, int e, int t, int clause, List<int> words)
    {
        if (e == elements.Length) return t - 1;
        var tokens = text.Tokens;
        switch (elements[e])
        {
            case WordChoice choice:
                if (t >= tokens.Count || tokens[t].Clause != clause || !tokens[t].IsWord || tokens[t].Mention >= 0 || masked[t] || !choice.Accepts(tokens[t].Lower)) return -1;
                words.Add(t);
                var end = Match(text, masked, elements, e + 1, t + 1, clause, words);
                if (end < 0) words.RemoveAt(words.Count - 1);
                return end;
            case SlotElement slot:
                if (t >= tokens.Count || tokens[t].Clause != clause || tokens[t].Mention < 0) return -1;
                var mention = text.Mentions[tokens[t].Mention];
                if (mention.FirstToken != t || (mention.Kind & TriggerTable.KindsFor(slot.Slot)) == 0) return -1;
                // 'visiting Russian officials': an adjective is not the country a slot asks for.
                if ((mention.Kind & MentionKind.Demonym) != 0 && slot.Slot is Slot.Country or Slot.Place) return -1;
                return Match(text, masked, elements, e + 1, mention.LastToken + 1, clause, words);
            case Gap gap:
                var skipped = 0;
                for (var at = t; ; at++)
                {
                    var result = Match(text, masked, elements, e + 1, at, clause, words);
                    if (result >= 0) return result;
                    if (at >= tokens.Count || tokens[at].Clause != clause || tokens[at].Lower is "," or "." || masked[at]) return -1;
                    if (tokens[at].IsWord && ++skipped > gap.Max) return -1;
                }
            default:
                return -1;
        }
    }

    /// <summary>A rule's required arguments must stand in the trigger's clause.</summary>
    private static bool HasRequired(ClauseText text, TriggerRule rule, int token)
    {
        if (rule.Requires.Length == 0) return true;
        var clause = text.Tokens[token].Clause;
        foreach (var slot in rule.Requires)
        {
            var kinds = TriggerTable.KindsFor(slot);
            var present = false;
            foreach (var m in text.Mentions)
                if ((m.Kind & kinds) != 0 && text.Tokens[m.FirstToken].Clause == clause) { present = true; break; }
            if (!present) return false;
        }
        return true;
    }

    /// <summary>
    /// Where matches overlap, keeps a sanction or its lifting (what it cuts or restores is its object, not a
    /// second event), then the more specific rule, then the longer match, then the stronger words.
    /// </summary>
    private static List<TriggerMatch> Resolve(List<TriggerMatch> found)
    {
        static int Frame(TriggerMatch m) => m.Rule.Type is EventType.Sanction or EventType.SanctionLifted ? 1 : 0;
        found.Sort((a, b) =>
        {
            var c = Frame(b).CompareTo(Frame(a));
            if (c == 0) c = b.Rule.Specificity.CompareTo(a.Rule.Specificity);
            if (c == 0) c = (b.Last - b.First).CompareTo(a.Last - a.First);
            if (c == 0) c = b.Rule.Strength.CompareTo(a.Rule.Strength);
            return c != 0 ? c : a.First.CompareTo(b.First);
        });
        var kept = new List<TriggerMatch>();
        foreach (var m in found)
        {
            var overlaps = false;
            foreach (var k in kept)
                if (m.First <= k.Last && k.First <= m.Last) { overlaps = true; break; }
            if (!overlaps) kept.Add(m);
        }
        kept.Sort((a, b) => a.First.CompareTo(b.First));
        return kept;
    }

    /// <summary>
    /// An agreement or a sanction whose clause goes on 'for', 'on', 'to' or 'of' into a training, an exercise
    /// or an arms transfer has that event as its content: one event, not two. An agreement for equipment is
    /// the arms transfer itself; an agreement for training stays an agreement.
    /// </summary>
    private List<TriggerMatch> DropContent(ClauseText text, List<TriggerMatch> matches)
    {
        if (matches.Count < 2) return matches;
        var drop = new bool[matches.Count];
        for (var a = 0; a < matches.Count; a++)
        {
            if (matches[a].Rule.Type is not (EventType.Agreement or EventType.Sanction or EventType.SanctionLifted)) continue;
            for (var b = a + 1; b < matches.Count; b++)
            {
                if (matches[b].Rule.Type is not (EventType.Training or EventType.Exercise or EventType.ArmsTransfer)) continue;
                if (!LinkedAsContent(text, matches[a].Last, matches[b].First)) continue;
                if (matches[a].Rule.Type == EventType.Agreement && matches[b].Rule.Type == EventType.ArmsTransfer) drop[a] = true;
                else drop[b] = true;
            }
        }
        var kept = new List<TriggerMatch>(matches.Count);
        for (var i = 0; i < matches.Count; i++)
            if (!drop[i]) kept.Add(matches[i]);
        return kept;
    }

    private bool LinkedAsContent(ClauseText text, int after, int before)
    {
        const int reach = 6;
        if (text.Tokens[after].Clause != text.Tokens[before].Clause) return false;
        var words = 0;
        for (var t = after + 1; t < before; t++)
        {
            if (!text.Tokens[t].IsWord) continue;
            if (++words > reach) return false;
            if (text.Tokens[t].Mention < 0 && _lexicon.ContentLinks.Contains(text.Tokens[t].Lower)) return true;
        }
        return false;
    }
}
