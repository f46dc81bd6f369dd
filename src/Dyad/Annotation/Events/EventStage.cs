using Dyad.Annotation.Entities;
using Dyad.Annotation.Sentences;
using Dyad.Documents;
using Dyad.Knowledge;
using Dyad.Pipeline;

namespace Dyad.Annotation.Events;

/// <summary>
/// Reads the events a document reports, sentence by sentence: trigger rules (Data/triggers.tsv) find the
/// event words, the clause gives the states, direction, date and key, status cues (Data/status-cues.tsv)
/// say whether it happened, and mentions of one event are merged into one <see cref="Event"/> with every
/// span as evidence. Needs sentences, entities and time expressions; runs after the entity stage.
/// Holds only immutable tables: one instance serves all threads.
/// </summary>
public sealed class EventStage : IDocumentStage
{
    private readonly KnowledgeBase _knowledge;
    private readonly EventLexicon _lexicon = EventLexicon.Default;
    private readonly TriggerMatcher _triggers;
    private readonly StatusCueTable _cues = StatusCueTable.Default;
    private readonly StatusResolver _status;
    private readonly ArgumentReader _arguments;
    private readonly EventCodeTable _codes = EventCodeTable.Default;
    private readonly TriggerKeys _keys;
    private readonly EventVocabulary _vocabulary;

    public EventStage(KnowledgeBase? knowledge = null)
    {
        _knowledge = knowledge ?? KnowledgeBase.Default;
        _triggers = new TriggerMatcher(TriggerTable.Default, _lexicon);
        _keys = new TriggerKeys(TriggerTable.Default, _lexicon);
        _vocabulary = new EventVocabulary(_lexicon, TriggerTable.Default, _cues);
        _status = new StatusResolver(_lexicon);
        _arguments = new ArgumentReader(_lexicon);
    }

    public string Name => "events";

    public void Process(Document document)
    {
        document.Events.Clear();
        var facts = new DocumentFacts(document, _knowledge);
        var sentences = document.Sentences.Count > 0 ? document.Sentences : SentenceSplitter.Default.Split(document);
        var merger = new EventMerger(facts, _codes);
        var mentions = new List<(Entity Entity, EntityMention Mention)>();
        var runs = WordRunIndex.Of(document); // when the entity stage read the document on this thread, just before
        for (var i = 0; i < sentences.Count; i++)
        {
            facts.MentionsIn(sentences[i], mentions);
            if (!_keys.MayOccurIn(document.Text, sentences[i], mentions, runs)) continue; // most sentences: not worth tokenizing
            var text = ClauseText.Read(document.Text, sentences[i], i, mentions, _vocabulary);
            var cues = _cues.Find(text);
            RemoveMonthNames(document, text, cues);
            var masked = new bool[text.Tokens.Count];
            foreach (var cue in cues)
                if (cue.Cue.Masks)
                    for (var t = cue.First; t <= cue.Last; t++) masked[t] = true;
            var triggers = _triggers.Find(text, masked);
            var hedged = triggers.Count > 0 && IsHedged(text);
            foreach (var trigger in triggers)
            {
                if (DescribesEarlierEvent(text, trigger)) continue;
                var args = _arguments.Read(facts, text, trigger, triggers);
                var (status, cued) = _status.Resolve(text, trigger, cues, args.IsSpecific());
                var confidence = EventConfidence.OfMention(trigger.Rule, args, hedged, cued);
                merger.Add(new EventMention(trigger.Rule.Type, status, cued, args, Trim(document.Text, sentences[i]), i, RefersBack(text, trigger), confidence));
            }
        }
        document.Events.AddRange(merger.Finish());
    }

    /// <summary>Drops the cues that are month names of a date (see <see cref="IsMonthName"/>).</summary>
    /// <remarks>A loop, not a lambda: a lambda capturing the sentence's text allocated a closure for every sentence, read or passed over.</remarks>
    private static void RemoveMonthNames(Document document, ClauseText text, List<CueMatch> cues)
    {
        var kept = 0;
        for (var c = 0; c < cues.Count; c++)
            if (!IsMonthName(document, text, cues[c])) cues[kept++] = cues[c];
        cues.RemoveRange(kept, cues.Count - kept);
    }

    /// <summary>
    /// A cue word that a time expression reads as a month is part of a date ('arrived on May 14', 'in May 2018'), not a
    /// hedge; cues that are time expressions themselves ('currently', 'in the years to come') stay cues.
    /// </summary>
    private static bool IsMonthName(Document document, ClauseText text, CueMatch cue)
    {
        if (cue.First != cue.Last) return false;
        var token = text.Tokens[cue.First];
        var word = document.Text.AsSpan(token.Start, token.End - token.Start);
        if (!char.IsUpper(word[0]) || !Annotation.Time.TimeLexicon.Months.ContainsKey(word.ToString())) return false;
        var span = new TextSpan(token.Start, token.End);
        foreach (var timex in document.Timexes)
            if (timex.Span.Overlaps(span)) return true;
        return false;
    }

    /// <summary>'the agreement', 'these two-week drills': a noun trigger after a definite or demonstrative determiner.</summary>
    private bool RefersBack(ClauseText text, TriggerMatch trigger)
    {
        if (trigger.Form != TriggerForm.Noun) return false;
        // From the head back, so a determiner the pattern itself holds ('the deal') counts.
        var words = 0;
        for (var t = trigger.Head - 1; t >= 0 && words < 3; t--)
        {
            var token = text.Tokens[t];
            if (!token.IsWord) { if (token.Lower is "," or ";" or ":") return false; continue; }
            if (token.Mention >= 0) return false;
            words++;
            if (_lexicon.AnaphoricDeterminers.Contains(token.Lower)) return true;
        }
        return false;
    }

    /// <summary>
    /// 'It is a beginning of a new mechanism', 'this is an important series of drills': a pronoun subject and a
    /// copula before the trigger, with no name between; the clause says what an earlier event was.
    /// </summary>
    private bool DescribesEarlierEvent(ClauseText text, TriggerMatch trigger)
    {
        const int reach = 8;
        var words = 0;
        for (var t = trigger.First - 1; t > 0 && words < reach; t--)
        {
            var token = text.Tokens[t];
            if (!token.IsWord) continue;
            if (token.Mention >= 0) return false;
            words++;
            if (!_lexicon.Copulas.Contains(token.Lower)) continue;
            // 'which were holding talks' is a progressive, not a copula.
            if (t + 1 < text.Tokens.Count && text.Tokens[t + 1].Lower.EndsWith("ing", StringComparison.Ordinal)) return false;
            var subject = StatusResolver.PreviousWord(text, t);
            if (subject < 0 || !_lexicon.PronounSubjects.Contains(text.Tokens[subject].Lower)) return false;
            var before = subject - 1;
            return before < 0 || !text.Tokens[before].IsWord || text.Tokens[before].Clause != text.Tokens[subject].Clause
                || text.Tokens[subject].Lower == "which";
        }
        return false;
    }

    private bool IsHedged(ClauseText text)
    {
        for (var t = 0; t < text.Tokens.Count; t++)
            if (_lexicon.Hedges.AnyAt(text, t)) return true;
        return false;
    }

    /// <summary>The sentence without surrounding white space, as evidence.</summary>
    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }
}
