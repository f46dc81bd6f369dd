using BenchmarkDotNet.Attributes;
using Dyad.Documents;
using Dyad.Storage;
using Dyad.Storage.Sqlite;

namespace Dyad.Bench.Storage;

/// <summary>
/// Writing documents to a fresh SQLite store through the ingestor, by batch size, and rerunning
/// over documents already stored (the idempotent path: one lookup per document, nothing written).
/// </summary>
[MemoryDiagnoser]
public class StoreWriteBenchmarks
{
    private const int DocumentCount = 2_000;
    private List<Document> _documents = [];
    private string _folder = "";
    private SqliteDocumentStore? _store;

    [Params(1, 100, 500)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void MakeDocuments()
    {
        _documents = new List<Document>(DocumentCount);
        for (var n = 0; n < DocumentCount; n++)
            _documents.Add(Article(n));
    }

    [IterationSetup(Target = nameof(Ingest_new_documents))]
    public void OpenEmptyStore() => _store = OpenFreshStore();

    [IterationSetup(Target = nameof(Ingest_documents_already_stored))]
    public void OpenFilledStore()
    {
        _store = OpenFreshStore();
        new DocumentIngestor(_store, new IngestOptions { BatchSize = 500 }).Ingest(_documents);
    }

    [IterationCleanup]
    public void DeleteStore()
    {
        _store?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public long Ingest_new_documents() =>
        new DocumentIngestor(_store!, new IngestOptions { BatchSize = BatchSize }).Ingest(_documents).Added;

    [Benchmark]
    public long Ingest_documents_already_stored() =>
        new DocumentIngestor(_store!, new IngestOptions { BatchSize = BatchSize }).Ingest(_documents).AlreadyStored;

    private SqliteDocumentStore OpenFreshStore()
    {
        _folder = Path.Combine(Path.GetTempPath(), "dyad-bench-" + Guid.NewGuid().ToString("N"));
        return SqliteDocumentStore.Open(Path.Combine(_folder, "bench.db"));
    }

    /// <summary>About 2 KB of made-up article: a chrome line, a title line and six numbered paragraphs.</summary>
    private static Document Article(int n)
    {
        var text = new System.Text.StringBuilder("Home | News | Region\n");
        var title = $"Envoys resume harbour talks, session {n}";
        text.Append(title).Append("\n\n");
        for (var p = 0; p < 6; p++)
            text.Append($"Paragraph {p} of report {n}: negotiators from the coastal states discussed berth fees, " +
                        $"pilotage rules and a ferry timetable for the season, and agreed to meet again after item {n * 6 + p}.\n\n");
        var document = new Document($"bench/{n:D5}.txt", text.ToString()) { Title = title };
        document.Removed.Add(new Removal(new TextSpan(0, 20), RemovalReason.Boilerplate));
        document.Removed.Add(new Removal(new TextSpan(21, 21 + title.Length), RemovalReason.Metadata));
        return document;
    }
}
