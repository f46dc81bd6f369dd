using System.Text.Json;

namespace Dyad.Tests.Cli.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly MixedBatch _batch = new();

    public void Dispose() => _batch.Dispose();

    [Fact]
    public void A_mixed_folder_prints_every_good_article_and_names_each_refused_file_with_exit_code_1()
    {
        var (exit, output, error) = CliRun.Run("analyze", _batch.Path);

        Assert.Equal(1, exit);
        var records = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(MixedBatch.GoodArticles + 1, records.Count); // broken UTF-8 and malformed HTML are still read
        foreach (var refused in MixedBatch.RefusedFiles)
            Assert.Contains(error.Split('\n'), line => line.Contains("refused") && line.Contains(refused));
        Assert.Contains(error.Split('\n'), line => line.Contains("warning") && line.Contains("c-broken.txt"));
    }

    [Fact]
    public void Each_record_carries_the_fields_of_the_contract()
    {
        var (_, output, _) = CliRun.Run("analyze", _batch.Path);

        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var record = JsonDocument.Parse(line).RootElement;
            foreach (var field in new[] { "source", "id", "title", "author", "publisher", "published", "text", "removed", "entities", "timexes", "events" })
                Assert.True(record.TryGetProperty(field, out _), $"{field} missing in {line[..Math.Min(line.Length, 80)]}");
            Assert.StartsWith("d-", record.GetProperty("id").GetString());
        }
    }

    [Fact]
    public void Malformed_html_is_read_as_well_as_it_can_be()
    {
        var (_, output, _) = CliRun.Run("analyze", Path.Combine(_batch.Path, "d-malformed.html"));

        var record = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Contains("Deliveries of jet engines resumed in 2017", record.GetProperty("text").GetString());
        Assert.Contains("new fighters", record.GetProperty("text").GetString());
    }

    [Fact]
    public void Max_bytes_sets_the_size_limit_both_ways()
    {
        var article = Path.Combine(_batch.Path, "a-agreement.txt");
        var size = new FileInfo(article).Length;

        var (refusedExit, _, refusedError) = CliRun.Run("analyze", article, "--max-bytes", (size - 1).ToString());
        var (admittedExit, output, _) = CliRun.Run("analyze", article, "--max-bytes", size.ToString());

        Assert.Equal(1, refusedExit);
        Assert.Contains("--max-bytes", refusedError);
        Assert.Equal(0, admittedExit);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_missing_manifest_is_a_usage_error()
    {
        var (exit, _, error) = CliRun.Run("analyze", _batch.Path, "--manifest", Path.Combine(_batch.Path, "nope.jsonl"));

        Assert.Equal(2, exit);
        Assert.Contains("nope.jsonl", error);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var (exit, _, _) = CliRun.Run("analyze", _batch.Path, "--no-such-option");

        Assert.Equal(2, exit);
    }
}
