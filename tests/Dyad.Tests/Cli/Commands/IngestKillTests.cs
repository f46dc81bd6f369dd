using System.Diagnostics;
using Dyad.Storage.Sqlite;

namespace Dyad.Tests.Cli.Commands;

/// <summary>
/// Kills a real <c>dyad ingest</c> process mid-batch and reruns it: the store must hold every
/// document exactly once, with each source once, and pass SQLite's integrity check.
/// </summary>
public sealed class IngestKillTests : IDisposable
{
    private const int Articles = 4000;
    private readonly string _root = Directory.CreateTempSubdirectory("dyad-kill-").FullName;

    public void Dispose() => TempFolder.Delete(_root);

    [Fact]
    public async Task Killing_ingest_mid_batch_and_rerunning_loses_nothing_and_stores_nothing_twice()
    {
        var corpus = Path.Combine(_root, "corpus");
        WriteDistinctArticles(corpus, Articles);
        var db = Path.Combine(_root, "store", "dyad.db");

        using (var killed = StartIngest(corpus, db))
        {
            await WaitUntilSomeBatchesAreStored(db, killed);
            killed.Kill(entireProcessTree: true);
            await killed.WaitForExitAsync();
        }
        long storedAtKill;
        using (var store = SqliteDocumentStore.Open(db)) storedAtKill = store.Count();
        Assert.InRange(storedAtKill, 1, Articles - 1); // the kill really fell mid-run

        using (var rerun = StartIngest(corpus, db))
        {
            await rerun.WaitForExitAsync();
            Assert.Equal(0, rerun.ExitCode);
        }

        using var reopened = SqliteDocumentStore.Open(db);
        Assert.Equal(Articles, reopened.Count());
        var summaries = reopened.List().ToList();
        Assert.Equal(Articles, summaries.Select(s => s.Id).Distinct().Count());
        Assert.All(summaries, s => Assert.Equal(1, s.SourceCount));
        Assert.Equal("ok", IntegrityCheck(db));
    }

    private static Process StartIngest(string corpus, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Dyad.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli, "ingest", corpus, "--db", db, "--batch-size", "50" }) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    private static async Task WaitUntilSomeBatchesAreStored(string db, Process ingest)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60) && !ingest.HasExited)
        {
            if (File.Exists(db) && StoredCount(db) >= 100) return;
            await Task.Delay(20);
        }
        Assert.Fail("dyad ingest stored nothing within a minute, or finished before it could be killed");
    }

    private static long StoredCount(string db)
    {
        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM documents";
            return (long)command.ExecuteScalar()!;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // not created yet, or busy migrating
        }
    }

    private static string IntegrityCheck(string db)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private static void WriteDistinctArticles(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        string[] places = ["Rawalpindi", "Moscow", "Karachi", "Sochi", "Islamabad", "Krasnodar"];
        for (var i = 0; i < count; i++)
        {
            var text = $"Report number {i}\n\nDelegations met in {places[i % places.Length]} for round {i} of talks on defence cooperation. " +
                       $"Officials said {i * 7 % 13} working groups would report back before the next meeting.\n";
            File.WriteAllText(Path.Combine(folder, $"{i:D5}.txt"), text);
        }
    }
}
