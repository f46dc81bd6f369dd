using System.Text.Json;

namespace Dyad.Tests.Cli.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Generate_writes_json_lines_shards_that_analyze_reads_and_the_same_seed_writes_the_same_bytes()
    {
        var (exit, output, _) = CliRun.Run("generate", "30", "--out", _folder.File("a"), "--seed", "3");
        CliRun.Run("generate", "30", "--out", _folder.File("b"), "--seed", "3");

        Assert.Equal(0, exit);
        Assert.Contains("30", output);
        var shard = Assert.Single(Directory.GetFiles(_folder.File("a")));
        Assert.Equal(File.ReadAllBytes(shard), File.ReadAllBytes(Path.Combine(_folder.File("b"), Path.GetFileName(shard))));
        var records = File.ReadAllLines(shard).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(30, records.Count);
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("text").GetString())));

        var analyze = CliRun.Run("analyze", _folder.File("a"));
        Assert.Equal(0, analyze.Exit);
        Assert.Equal(30, analyze.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Bench_on_generated_articles_counts_them()
    {
        var (exit, output, error) = CliRun.Run("bench", "--generate", "20", "--passes", "analyze", "--json");

        Assert.True(exit == 0, error);
        var pass = JsonDocument.Parse(output).RootElement.GetProperty("passes")[0];
        Assert.Equal(20, pass.GetProperty("documents").GetInt64());
    }

    [Fact]
    public void Bench_needs_paths_or_generate_but_not_both()
    {
        Assert.Equal(2, CliRun.Run("bench").Exit);
        Assert.Equal(2, CliRun.Run("bench", _folder.Path, "--generate", "5").Exit);
    }
}
