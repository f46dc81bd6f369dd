using System.Text.Json;

namespace Dyad.Tests.Cli.Commands;

/// <summary>
/// The whole pipeline (cleaning, dating, entities, time, events: no stand-ins) on the shared seed articles with
/// their manifest, scored by <c>dyad eval</c>, meets the project's annotation targets.
/// </summary>
public sealed class SeedTargetsTests
{
    [SharedDataFact("gold/seeds")]
    public void Dyad_on_the_seeds_meets_the_annotation_targets()
    {
        var (gold, corpus) = (SharedData.Find("gold/seeds")!, SharedData.Find("corpus/seeds")!);

        var run = CliRun.Run("eval", "--gold", gold, "--corpus", corpus, "--manifest", Path.Combine(corpus, "manifest.jsonl"), "--json");

        Assert.Equal(0, run.Exit);
        var report = JsonDocument.Parse(run.Output).RootElement;
        AssertAtLeast(0.92, report.GetProperty("entities").GetProperty("f1").GetDouble(), "entity F1", run.Output);
        AssertAtLeast(0.90, report.GetProperty("timexes").GetProperty("value_f1").GetDouble(), "time expression value F1", run.Output);
        var events = report.GetProperty("events");
        AssertAtLeast(0.85, events.GetProperty("f1").GetDouble(), "event F1", run.Output);
        AssertAtLeast(0.90, Fraction(events.GetProperty("status_accuracy").GetString()!), "status accuracy", run.Output);
        AssertAtLeast(0.90, Fraction(events.GetProperty("direction_accuracy").GetString()!), "direction accuracy", run.Output);
    }

    private static void AssertAtLeast(double floor, double actual, string figure, string report) =>
        Assert.True(actual >= floor, $"{figure} {actual} < {floor}\n{report}");

    /// <summary>"8/9" as 0.889; nothing to judge ("0/0") counts as met.</summary>
    private static double Fraction(string ratio)
    {
        var parts = ratio.Split('/');
        var total = int.Parse(parts[1]);
        return total == 0 ? 1 : (double)int.Parse(parts[0]) / total;
    }
}
