using Dyad.Storage.Sqlite;

namespace Dyad.Tests.Cli.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly MixedBatch _batch = new();

    public void Dispose() => _batch.Dispose();

    [Fact]
    public void A_mixed_folder_stores_every_good_article_and_a_second_run_stores_nothing_new()
    {
        var first = CliRun.Run("ingest", _batch.Path, "--db", _batch.Db);
        var second = CliRun.Run("ingest", _batch.Path, "--db", _batch.Db);

        Assert.Equal(1, first.Exit);
        Assert.Equal(1, second.Exit);
        foreach (var refused in MixedBatch.RefusedFiles)
            Assert.Contains(refused, first.Error);
        Assert.Contains($"{MixedBatch.GoodArticles + 1} added", first.Error);
        Assert.Contains("0 added", second.Error);
        using var store = SqliteDocumentStore.Open(_batch.Db);
        Assert.Equal(MixedBatch.GoodArticles + 1, store.Count());
    }

    [Fact]
    public void One_article_at_two_paths_is_one_document_with_two_sources()
    {
        var copy = Path.Combine(_batch.Path, "mirror");
        Directory.CreateDirectory(copy);
        File.Copy(Path.Combine(_batch.Path, "a-agreement.txt"), Path.Combine(copy, "syndicated.txt"));

        CliRun.Run("ingest", _batch.Path, "--db", _batch.Db);

        using var store = SqliteDocumentStore.Open(_batch.Db);
        Assert.Equal(MixedBatch.GoodArticles + 1, store.Count());
        Assert.Contains(store.List(), d => d.SourceCount == 2);
    }

    [Fact]
    public void Docs_lists_what_ingest_stored()
    {
        CliRun.Run("ingest", _batch.Path, "--db", _batch.Db);

        var (exit, output, _) = CliRun.Run("docs", "--db", _batch.Db);

        Assert.Equal(0, exit);
        Assert.Equal(MixedBatch.GoodArticles + 1, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
