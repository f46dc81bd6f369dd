using System.Text.Json;

namespace Dyad.Tests.Cli.Commands;

public sealed class BenchCommandTests : IDisposable
{
    private readonly MixedBatch _batch = new();

    public void Dispose() => _batch.Dispose();

    [Fact]
    public void Json_figures_count_every_good_article_in_each_pass_and_time_every_stage()
    {
        var (exit, output, error) = CliRun.Run("bench", _batch.Path, "--json", "--jobs", "1");

        Assert.True(exit == 0, error);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, report.GetProperty("jobs").GetInt32());
        Assert.True(report.GetProperty("peak_memory_megabytes").GetDouble() > 0);
        var passes = report.GetProperty("passes").EnumerateArray().ToList();
        Assert.Equal(["analyze", "ingest"], passes.Select(p => p.GetProperty("pass").GetString()));
        foreach (var pass in passes)
        {
            Assert.Equal(MixedBatch.GoodArticles + 1, pass.GetProperty("documents").GetInt64()); // broken UTF-8 and malformed HTML are read
            Assert.True(pass.GetProperty("megabytes").GetDouble() > 0);
            Assert.True(pass.GetProperty("megabytes_per_second").GetDouble() > 0);
            var steps = pass.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()).ToList();
            Assert.Contains("read", steps);
            Assert.Contains("entities", steps);
            Assert.Contains("events", steps);
            Assert.Contains(pass.GetProperty("pass").GetString() == "ingest" ? "store" : "output", steps);
        }
    }

    [Fact]
    public void The_table_names_each_pass_with_its_throughput_and_the_machine()
    {
        var (exit, output, _) = CliRun.Run("bench", _batch.Path, "--passes", "analyze");

        Assert.Equal(0, exit);
        Assert.StartsWith("machine: ", output);
        Assert.Contains(output.Split('\n'), line => line.StartsWith("analyze: ") && line.Contains("MB/s") && line.Contains("documents/s"));
        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("ingest: "));
    }

    [Fact]
    public void An_unknown_pass_is_a_usage_error()
    {
        var (exit, _, error) = CliRun.Run("bench", _batch.Path, "--passes", "fly");

        Assert.Equal(2, exit);
        Assert.Contains("fly", error);
    }
}
