using Dyad.Annotation.Entities;
using Dyad.Annotation.Sentences;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Tests.Annotation.Entities;

public sealed class EntityStageTests
{
    private const string Article =
        "Pakistan and Russia held talks in Moscow. Col. Gen. Alexander Fomin met Defence Secretary Zamir ul Hassan Shah.\n" +
        "Fomin said the Joint Military Consultative Committee (JMCC) would meet again. The JMCC last met in Rawalpindi.\n" +
        "Pakistan wants Mi-171E helicopters and more Su-35 jets, Shah told reporters.\n";

    private static readonly EntityStage Stage = new(KnowledgeBase.Default);

    private static Document Analyse(string text, Action<Document>? prepare = null)
    {
        var document = new Document("test", text);
        prepare?.Invoke(document);
        new SentenceStage().Process(document);
        Stage.Process(document);
        return document;
    }

    [Fact]
    public void The_stage_is_named_entities() => Assert.Equal("entities", Stage.Name);

    [Fact]
    public void Each_id_is_one_entity_with_mentions_in_text_order_and_entities_in_order_of_first_mention()
    {
        var entities = Analyse(Article).Entities;

        Assert.Equal(entities.Count, entities.Select(e => e.Id).Distinct().Count());
        foreach (var e in entities)
            Assert.Equal(e.Mentions.OrderBy(m => m.Span.Start).Select(m => m.Span), e.Mentions.Select(m => m.Span));
        var firsts = entities.Select(e => e.Mentions[0].Span.Start).ToList();
        Assert.Equal(firsts.Order(), firsts);
        Assert.Equal(["country:PAK", "country:RUS"], entities.Take(2).Select(e => e.Id));
    }

    [Fact]
    public void Mention_texts_are_the_original_text_of_their_spans()
    {
        var document = Analyse(Article);

        foreach (var m in document.Entities.SelectMany(e => e.Mentions))
            Assert.Equal(document.Text[m.Span.Start..m.Span.End], m.Text);
    }

    [Fact]
    public void Surnames_and_defined_acronyms_join_the_names_given_earlier()
    {
        var entities = Analyse(Article).Entities;

        var fomin = Assert.Single(entities, e => e.Id == "person:alexander-fomin");
        Assert.Equal(["Col. Gen. Alexander Fomin", "Fomin"], fomin.Mentions.Select(m => m.Text));
        var shah = Assert.Single(entities, e => e.Id == "person:zamir-ul-hassan-shah");
        Assert.Equal(["Zamir ul Hassan Shah", "Shah"], shah.Mentions.Select(m => m.Text));
        var jmcc = Assert.Single(entities, e => e.Id == "org:jmcc");
        Assert.Equal(["Joint Military Consultative Committee", "JMCC", "JMCC"], jmcc.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Names_in_removed_ranges_are_not_entities()
    {
        const string text = "Islamabad relieves corona sops\nPakistan and Russia held talks.\n";

        var document = Analyse(text, d => d.Removed.Add(new Removal(new TextSpan(0, 30), RemovalReason.Boilerplate)));

        Assert.Equal(["country:PAK", "country:RUS"], document.Entities.Select(e => e.Id));
        Assert.All(document.Entities.SelectMany(e => e.Mentions), m => Assert.True(m.Span.Start >= 30));
    }

    [Fact]
    public void Running_twice_gives_the_same_entities_not_twice_as_many()
    {
        var document = Analyse(Article);
        var first = document.Entities.Select(e => (e.Id, e.Mentions.Count)).ToList();

        Stage.Process(document);

        Assert.Equal(first, document.Entities.Select(e => (e.Id, e.Mentions.Count)));
    }

    [Fact]
    public void Every_prefix_of_an_article_is_read_without_error_and_with_spans_inside_it()
    {
        for (var end = 0; end <= Article.Length; end++)
        {
            var document = Analyse(Article[..end]);
            Assert.All(document.Entities.SelectMany(e => e.Mentions), m => Assert.True(m.Span.End <= end && !m.Span.IsEmpty));
        }
    }

    [Fact]
    public void One_stage_serves_many_threads_with_the_results_of_one()
    {
        var texts = Enumerable.Range(0, 64).Select(i => Article.Replace("Rawalpindi", i % 2 == 0 ? "Rawalpindi" : "Karachi")).ToList();
        string Summary(Document d) => string.Join(";", d.Entities.Select(e => e.Id + ":" + string.Join(",", e.Mentions.Select(m => m.Span.Start))));
        var sequential = texts.Select(t => Summary(Analyse(t))).ToList();

        var parallel = new string[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Summary(Analyse(texts[i])));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void A_user_knowledge_base_links_names_the_built_in_one_does_not_know()
    {
        var folder = Directory.CreateTempSubdirectory("dyad-kb-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "people.yaml"),
                "people:\n  - name: Sana Qadir Mirza\n    aliases: [Mirza]\n    source: 'test'\n");
            var stage = new EntityStage(KnowledgeBase.Load(folder.FullName));
            var document = new Document("test", "The report by Sana Qadir Mirza was cited in Moscow.");

            stage.Process(document);

            Assert.Contains(document.Entities, e => e.Id == "person:sana-qadir-mirza" && e.Entry is Person);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
