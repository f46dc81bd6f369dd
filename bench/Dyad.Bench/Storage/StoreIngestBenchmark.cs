using System.Diagnostics;
using Dyad.Documents;
using Dyad.Knowledge;
using Dyad.Pipeline;
using Dyad.Reading;
using Dyad.Storage;
using Dyad.Storage.Sqlite;

namespace Dyad.Bench.Storage;

/// <summary>
/// The store's side of <c>dyad ingest</c> alone: the articles under PATH are analysed first and kept in memory,
/// then written to a fresh store in batches (500 by default, as the ingestor writes) and fused, each phase timed on its own
/// (wall clock and process CPU), so the figures do not mix with analysis running beside the writer.
/// Prints documents/s, the fusion time and the file size (keep the file with --db; `sqlite3 FILE` with dbstat tells the tables apart).
/// Run: <c>dotnet run -c Release --project bench/Dyad.Bench -- store-ingest PATH [--limit N] [--batch-size N] [--db FILE] [--append] [--store-only]</c>;
/// <c>store-ingest --db FILE --refuse</c> times fusing that store's groups again. With <c>--append</c> the articles go into the
/// store already at --db (a copy of a large one: what writing costs once the indexes outgrow the page cache), and
/// <c>--store-only</c> leaves their groups pending instead of fusing them.
/// </summary>
public static class StoreIngestBenchmark
{
    public static int Run(string[] args)
    {
        var path = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : "/tmp/store-gen50k";
        var limit = Option(args, "--limit", int.MaxValue);
        var batchSize = Option(args, "--batch-size", new IngestOptions().BatchSize);
        var db = OptionText(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"dyad-store-ingest-{Environment.ProcessId}.db");
        if (args.Contains("--refuse")) return Refuse(db);
        var append = args.Contains("--append");
        if (!append)
            foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetFullPath(db))!, Path.GetFileName(db) + "*")) File.Delete(file);

        var clock = Stopwatch.StartNew();
        var documents = Analyze(path, limit);
        Console.WriteLine($"analysed {documents.Count:N0} documents in {clock.Elapsed.TotalSeconds:N1} s");
        GC.Collect();

        using (var store = SqliteDocumentStore.Open(db))
        {
            var (wall, cpu) = Timed(() =>
            {
                for (var i = 0; i < documents.Count; i += batchSize)
                    store.Write(documents.GetRange(i, Math.Min(batchSize, documents.Count - i)));
            });
            Console.WriteLine($"store: {wall:N2} s wall, {cpu:N2} s CPU: {documents.Count / wall:N0} documents/s, {1e3 * cpu / documents.Count:N3} ms CPU a document");
            if (args.Contains("--store-only"))
            {
                // Closing checkpoints the rest of the write-ahead log into the file: part of what storing costs.
                (wall, cpu) = Timed(store.Dispose);
                Console.WriteLine($"close: {wall:N2} s wall, {cpu:N2} s CPU");
            }
            else
            {
                var groups = 0;
                (wall, cpu) = Timed(() => groups = store.Fuse());
                var stats = store.Statistics();
                Console.WriteLine($"fuse: {wall:N2} s wall, {cpu:N2} s CPU: {groups:N0} groups, {stats.Mentions:N0} mentions, {stats.Events:N0} events");
            }
        }
        var size = Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetFullPath(db))!, Path.GetFileName(db) + "*").Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"file: {size / 1e6:N1} MB ({size / (double)documents.Count:N0} bytes a document)");
        if (OptionText(args, "--db") is null)
            foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetFullPath(db))!, Path.GetFileName(db) + "*")) File.Delete(file);
        return 0;
    }

    /// <summary>Fuses every candidate group of an existing store again (--refuse): the fusion figures alone, on a store kept with --db.</summary>
    private static int Refuse(string db)
    {
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT OR IGNORE INTO fusion_pending (block) SELECT DISTINCT block FROM event_mentions";
            command.ExecuteNonQuery();
        }
        using var store = SqliteDocumentStore.Open(db);
        var groups = 0;
        var (wall, cpu) = Timed(() => groups = store.Fuse());
        Console.WriteLine($"fuse again: {wall:N2} s wall, {cpu:N2} s CPU: {groups:N0} groups");
        return 0;
    }

    private static List<Document> Analyze(string path, int limit)
    {
        var analyzer = Analyzer.ForBatch(new AnalyzerOptions(), KnowledgeBase.Default);
        var documents = new List<Document>();
        Task.Run(async () =>
        {
            await foreach (var outcome in analyzer.AnalyzeAsync([path]))
            {
                if (outcome is ReadSucceeded read) documents.Add(read.Document);
                if (documents.Count >= limit) break;
            }
        }).GetAwaiter().GetResult();
        return documents;
    }

    /// <summary>Runs <paramref name="action"/> on a thread of its own named "store-bench", so a profiler can tell its samples apart.</summary>
    private static (double Wall, double Cpu) Timed(Action action)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var thread = new Thread(() => action()) { Name = "store-bench" };
        thread.Start();
        thread.Join();
        process.Refresh();
        return (clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text && int.TryParse(text, out var value) ? value : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
