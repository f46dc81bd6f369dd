using System.Diagnostics;
using Dyad.Documents;
using Dyad.Pipeline;
using Dyad.Storage;
using Dyad.Storage.Sqlite;

namespace Dyad.Benchmarking;

/// <summary>A store that adds the time its writes take to a profile's "store" step, and its fusion to the "fuse" step.</summary>
internal sealed class TimedStore(SqliteDocumentStore inner, StageProfile profile) : IDocumentStore
{
    public const string Step = "store";
    public const string FuseStep = "fuse";

    /// <summary>Fuses what the writes left pending (the ingestor does not see this wrapper as an event store).</summary>
    public int Fuse() => profile.Time(FuseStep, inner.Fuse);

    public BatchWriteResult Write(IReadOnlyList<Document> documents)
    {
        var start = Stopwatch.GetTimestamp();
        try { return inner.Write(documents); }
        finally { profile.Add(Step, Stopwatch.GetTimestamp() - start); }
    }

    public long Count() => inner.Count();
    public IEnumerable<DocumentSummary> List() => inner.List();
    public StoredDocument? Find(string id) => inner.Find(id);
    public IReadOnlyList<DocumentSummary> Search(string query, int limit = 20) => inner.Search(query, limit);
    public bool SaveAnnotations(string id, string json) => inner.SaveAnnotations(id, json);
    public void Dispose() => inner.Dispose();
}
