using Dyad.Evaluation;
using Xunit.Abstractions;

namespace Dyad.Tests.Annotation.Entities;

/// <summary>
/// Entity F1 on the articles written for these tests (Articles/: a wire story with ranks, an op-ed quoting
/// analysts, acronyms defined in text, an equipment list, capitals for governments, plain prose with no names),
/// and on the seed articles of the shared gold set when it is present.
/// </summary>
public sealed class EntityGoldenTests(ITestOutputHelper output)
{
    [Fact]
    public void Entities_of_the_test_articles_match_their_golden_lists()
    {
        var gold = EntityGold.LoadArticles(Path.Combine(AppContext.BaseDirectory, "Annotation", "Entities", "Articles"));

        var scores = EntityGold.Score(gold);

        Report("test articles", scores);
        Assert.True(scores.Match.F1 >= 0.95, $"entity F1 on the test articles is {scores.Match.F1}");
    }

    [SharedDataFact("gold/seeds/entities.jsonl")]
    public void Entities_of_the_seed_articles_reach_the_F1_floor()
    {
        var gold = GoldSet.Load(SharedData.Find("gold/seeds")!, SharedData.Find("corpus/seeds")!);

        var scores = EntityGold.Score(gold);

        Report("seed articles", scores);
        Assert.True(scores.Match.F1 >= 0.92, $"entity F1 on the seeds is {scores.Match.F1}");
    }

    private void Report(string set, EntityScores scores)
    {
        var m = scores.Match;
        output.WriteLine($"{set}: p={m.P} r={m.R} f1={m.F1} tp={m.Tp} fp={m.Fp} fn={m.Fn}");
        foreach (var missed in scores.Missed) output.WriteLine("  missed: " + missed);
    }
}
