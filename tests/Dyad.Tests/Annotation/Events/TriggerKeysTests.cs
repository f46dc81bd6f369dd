using Dyad.Annotation.Events;
using Dyad.Knowledge;

namespace Dyad.Tests.Annotation.Events;

/// <summary>The raw-text test that lets the event stage pass over sentences: it may say yes too often, never no wrongly.</summary>
public sealed class TriggerKeysTests
{
    private static readonly TriggerKeys Keys = new(TriggerTable.Default, EventLexicon.Default);
    private static readonly TriggerMatcher Matcher = new(TriggerTable.Default, EventLexicon.Default);

    public static TheoryData<string> Sentences()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { "event-triggers.spec", "event-status.spec" })
            foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Annotation", "Events", file)))
                if (line.Trim() is { Length: > 0 } trimmed && !trimmed.StartsWith('#')) data.Add(trimmed.Split('|')[1].Trim());
        // Cases and cuts the tokenizer makes: upper case, a mention edge inside a word, a Kelvin sign read as a 'k'.
        data.Add("PAKISTAN AND RUSSIA SIGNED A DEFENCE AGREEMENT.");
        data.Add("The Pak-Russia drills were held in Tarbela.");
        data.Add("Russia hosted talks; Pakistan\u2019s delegation visited Moscow.");
        data.Add("Russia and Pakistan inked a deal for four Mi-35 helicopters.");
        data.Add("The \u212Aarachi meeting was held.");
        return data;
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
}
