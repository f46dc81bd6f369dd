using Dyad.Annotation;
using Dyad.Annotation.Entities;
using Dyad.Annotation.Events;
using Dyad.Annotation.Sentences;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Tests.Annotation.Events;

/// <summary>The raw-text test that lets the event stage pass over sentences: it may say yes too often, never no wrongly.</summary>
public sealed class TriggerKeysTests
{
    private static readonly TriggerKeys Keys = new(TriggerTable.Default, EventLexicon.Default);
    private static readonly TriggerMatcher Matcher = new(TriggerTable.Default, EventLexicon.Default);

    public static TheoryData<string> Sentences() => new(SentenceTexts());

    private static IEnumerable<string> SentenceTexts()
    {
        foreach (var file in new[] { "event-triggers.spec", "event-status.spec" })
            foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Annotation", "Events", file)))
                if (line.Trim() is { Length: > 0 } trimmed && !trimmed.StartsWith('#')) yield return trimmed.Split('|')[1].Trim();
        // Cases and cuts the tokenizer makes: upper case, a mention edge inside a word, a Kelvin sign read as a 'k'.
        yield return "PAKISTAN AND RUSSIA SIGNED A DEFENCE AGREEMENT.";
        yield return "The Pak-Russia drills were held in Tarbela.";
        yield return "Russia hosted talks; Pakistan\u2019s delegation visited Moscow.";
        yield return "Russia and Pakistan inked a deal for four Mi-35 helicopters.";
        yield return "The \u212Aarachi meeting was held.";
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void A_sentence_with_a_trigger_is_never_passed_over(string sentence)
    {
        var document = EventReading.Analyze(sentence, "2018-08");
        var facts = new DocumentFacts(document, KnowledgeBase.Default);
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            var mentions = facts.MentionsIn(document.Sentences[i]);
            var text = ClauseText.Read(document.Text, document.Sentences[i], i, mentions, EventVocabulary.Default);
            if (Matcher.Find(text, new bool[text.Tokens.Count]).Count > 0)
                Assert.True(Keys.MayOccurIn(document.Text, document.Sentences[i], mentions), sentence);
        }
    }

    [Fact]
    public void A_sentence_without_key_words_is_passed_over()
    {
        var document = EventReading.Analyze("The weather in Moscow was mild and the markets were calm.", "2018-08");
        var facts = new DocumentFacts(document, KnowledgeBase.Default);
        Assert.False(Keys.MayOccurIn(document.Text, document.Sentences[0], facts.MentionsIn(document.Sentences[0])));
    }

    [Fact]
    public void A_sentence_with_a_key_word_but_not_the_rest_of_its_rule_is_passed_over()
    {
        // 'group' needs 'set up' or 'established', 'sales' an equipment mention or 'ban on'.
        var document = EventReading.Analyze("The group said its sales rose in the third quarter.", "2018-08");
        var facts = new DocumentFacts(document, KnowledgeBase.Default);
        Assert.False(Keys.MayOccurIn(document.Text, document.Sentences[0], facts.MentionsIn(document.Sentences[0])));
    }

    [Fact]
    public void The_entity_tokenizers_runs_give_the_answer_reading_the_sentence_gives()
    {
        // The spec sentences' words shuffled, cased and glued anew among words of no rule and characters outside ASCII:
        // sentences with a key, with a key and not the rest of its rule, and with none.
        var words = SentenceTexts().SelectMany(s => s.Split(' ')).ToArray();
        var plain = new[] { "the", "weather", "in", "Moscow", "was", "mild", "and", "markets", "were", "calm", "Ça", "naïve", "Ünal", "\u212Aarachi" };
        var glue = new[] { " ", " ", " ", "-", "'s ", ". ", ", ", "\n" };
        var random = new Random(17);
        var entities = new EntityStage(KnowledgeBase.Default);
        var (indexed, passedOver) = (0, 0);
        for (var trial = 0; trial < 300; trial++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(3, 25)).Select(_ =>
            {
                var word = random.Next(4) == 0 ? words[random.Next(words.Length)] : plain[random.Next(plain.Length)];
                return (random.Next(6) == 0 ? word.ToUpperInvariant() : word) + glue[random.Next(glue.Length)];
            }));
            var document = new Document("keys.txt", text);
            new SentenceStage().Process(document);
            entities.Process(document);
            var runs = WordRunIndex.Of(document);
            Assert.NotNull(runs);
            var facts = new DocumentFacts(document, KnowledgeBase.Default);
            foreach (var sentence in document.Sentences)
            {
                var mentions = facts.MentionsIn(sentence);
                var mayOccur = Keys.MayOccurIn(text, sentence, mentions);
                Assert.Equal(mayOccur, Keys.MayOccurIn(text, sentence, mentions, runs));
                if (runs.TryRunsIn(sentence, out _)) indexed++;
                if (!mayOccur) passedOver++;
            }
        }
        Assert.True(indexed > 300 && passedOver > 100 && passedOver < indexed - 100, $"{indexed} sentences read from the index, {passedOver} passed over");
    }
}
