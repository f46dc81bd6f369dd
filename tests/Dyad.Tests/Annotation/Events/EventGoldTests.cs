using Dyad.Evaluation;

namespace Dyad.Tests.Annotation.Events;

/// <summary>
/// Event reading scored against golden events with the reference scorer's rules: the test articles beside these
/// tests (Articles/), and the shared seed gold when it is present. The floors are the project's targets.
/// </summary>
public sealed class EventGoldTests
{
    private const double F1Floor = 0.85;
    private const double StatusFloor = 0.9;
    private const double DirectionFloor = 0.9;

    private static string ArticlesDir => Path.Combine(AppContext.BaseDirectory, "Annotation", "Events", "Articles");

    [Fact]
    public void Test_articles_meet_the_event_floors()
    {
        var scores = Score(Path.Combine(ArticlesDir, "gold"), Path.Combine(ArticlesDir, "corpus"));
        AssertFloors(scores);
    }

    [Fact]
    public void Every_test_article_has_golden_events_and_a_publication_month()
    {
        var gold = GoldSet.Load(Path.Combine(ArticlesDir, "gold"), Path.Combine(ArticlesDir, "corpus"));
        Assert.True(gold.Documents.Count >= 8);
        foreach (var doc in gold.Documents)
        {
            Assert.Contains(gold.Events, e => e.Doc == doc.Doc);
            Assert.Matches(@"^\d{4}-\d{2}$", doc.Dct);
        }
        foreach (var e in gold.Events)
            Assert.Equal(e.Quote, gold.Texts[e.Doc][e.Start..e.End]);
    }

    [SharedDataFact("gold/seeds")]
    public void Seed_articles_meet_the_event_floors()
    {
        var scores = Score(SharedData.Find("gold/seeds")!, SharedData.Find("corpus/seeds")!);
        AssertFloors(scores);
    }

    private static EventScores Score(string goldDir, string corpusDir)
    {
        var gold = GoldSet.Load(goldDir, corpusDir);
        return Evaluator.Score(gold, EventReading.AnalyzeCorpus(corpusDir, gold)).Events;
    }

    private static void AssertFloors(EventScores scores)
    {
        var notes = string.Join("\n", scores.Notes);
        Assert.True(scores.Match.F1 >= F1Floor, $"event F1 {scores.Match.F1} < {F1Floor}\n{notes}");
        Assert.True(Fraction(scores.StatusAccuracy) >= StatusFloor, $"status accuracy {scores.StatusAccuracy} < {StatusFloor}\n{notes}");
        Assert.True(Fraction(scores.DirectionAccuracy) >= DirectionFloor, $"direction accuracy {scores.DirectionAccuracy} < {DirectionFloor}\n{notes}");
    }

    private static double Fraction(Ratio ratio) => ratio.Total == 0 ? 1 : (double)ratio.Hits / ratio.Total;
}
