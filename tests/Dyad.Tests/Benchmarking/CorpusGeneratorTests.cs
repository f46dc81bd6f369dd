using Dyad.Benchmarking;
using Dyad.Knowledge;
using Dyad.Pipeline;

namespace Dyad.Tests.Benchmarking;

public sealed class CorpusGeneratorTests
{
    private static CorpusGenerator Generator(int seed = 7, int articles = 200) => new(KnowledgeBase.Default, seed, articles);

    [Fact]
    public void The_same_seed_gives_the_same_articles_and_another_seed_other_ones()
    {
        var first = Generator().Generate(0, 50).Select(a => a.Text).ToList();
        var again = Generator().Generate(0, 50).Select(a => a.Text).ToList();
        var other = Generator(seed: 8).Generate(0, 50).Select(a => a.Text).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Any_range_is_generated_alike_on_its_own()
    {
        var all = Generator().Generate(0, 40).ToList();
        var part = Generator().Generate(25, 10).ToList();

        Assert.Equal(all.Skip(25).Take(10).Select(a => a.Text), part.Select(a => a.Text));
    }

    [Fact]
    public void Syndicated_copies_carry_their_originals_body_under_other_chrome()
    {
        var articles = Generator().Generate(0, 200).ToList();
        var copies = articles.Where(a => a.CopyOf is not null).ToList();

        Assert.InRange(copies.Count, 5, 50);
        foreach (var copy in copies)
        {
            var original = articles[copy.CopyOf!.Value];
            Assert.Equal(original.Title, copy.Title);
            Assert.Equal(original.Published, copy.Published);
            var lead = original.Text.Split("\n\n")[2]; // after the site header and the title block
            Assert.Contains(lead, copy.Text);
        }
    }

    [Fact]
    public void Articles_name_states_and_events_from_the_knowledge_base_that_the_pipeline_finds()
    {
        var pipeline = DefaultPipeline.Create();
        var documents = Generator().Generate(0, 60).Select(a => pipeline.Process(new Dyad.Documents.Document(a.Url, a.Text))).ToList();

        Assert.All(documents, d => Assert.Contains(d.Entities, e => e.Type == EntityType.Country));
        Assert.True(documents.Count(d => d.Events.Count > 0) >= 40, "most generated articles report an event the pipeline reads");
        Assert.True(documents.Count(d => d.Removed.Count > 0) >= 55, "generated pages carry chrome that cleaning removes");
        Assert.True(documents.Count(d => d.Published is not null) >= 55, "generated pages carry a dateline");
    }
}
