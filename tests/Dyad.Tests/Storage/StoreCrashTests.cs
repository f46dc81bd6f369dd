using System.Collections;
using Dyad.Documents;
using Dyad.Storage;
using Dyad.Storage.Sqlite;

namespace Dyad.Tests.Storage;

/// <summary>
/// A process killed mid-batch must leave the store as it was before the batch, and a rerun must
/// complete the work with nothing twice. The crash image is taken the way a kill leaves the disk:
/// the database, its WAL and shared-memory files copied while the batch's transaction is still open.
/// </summary>
public sealed class StoreCrashTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_copied_mid_batch_opens_with_only_the_committed_batches_and_a_rerun_completes_it_once()
    {
        var live = _folder.File("live.db");
        var crashed = _folder.File("crashed.db");
        var committed = Articles.Range(0, 10, bodyRepeats: 40);
        var killed = Articles.Range(10, 150, bodyRepeats: 1600); // ~130 MB stored: more than the writer's 64 MB page cache holds
        long walBefore = 0, walAtCrash = 0;

        using (var store = SqliteDocumentStore.Open(live))
        {
            store.Write(committed);
            walBefore = new FileInfo(live + "-wal").Length;
            // Dies reading document 140: the writer reads a chunk ahead, so ~96 documents (~85 MB) are written by then.
            var dying = new DyingList(killed, dieAt: 140, beforeDying: () =>
            {
                walAtCrash = new FileInfo(live + "-wal").Length;
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                    File.Copy(live + suffix, crashed + suffix);
            });
            Assert.Throws<ProcessKilled>(() => store.Write(dying));

            // The live store, too, is left as before the batch and takes the next one.
            Assert.Equal(10, store.Count());
            Assert.Equal(150, store.Write(killed).Count(WriteOutcome.Added));
        }

        Assert.True(walAtCrash > walBefore, "the crash image must hold uncommitted pages of the open batch");
        using (var recovered = SqliteDocumentStore.Open(crashed))
        {
            Assert.Equal(10, recovered.Count());
            Assert.Equal(committed.Select(d => d.ContentId()).Order(), recovered.List().Select(d => d.Id).Order());
        }
        StoreFile.AssertConsistent(crashed);

        using (var rerun = SqliteDocumentStore.Open(crashed))
        {
            var totals = new DocumentIngestor(rerun, new IngestOptions { BatchSize = 64 }).Ingest([.. committed, .. killed]);
            Assert.Equal((160L, 150L, 10L, 0L), (totals.Seen, totals.Added, totals.AlreadyStored, totals.Failed));
            Assert.Equal(160, rerun.Count());
        }
        Assert.Equal(160L, StoreFile.Long(crashed, "SELECT count(*) FROM sources"));
        StoreFile.AssertConsistent(crashed);
    }

    [Fact]
    public void An_ingestion_that_dies_mid_batch_keeps_its_committed_batches_and_a_rerun_adds_the_rest_once()
    {
        var path = _folder.File("dyad.db");
        var documents = Articles.Range(0, 47);
        var options = new IngestOptions { BatchSize = 10 };

        using (var store = SqliteDocumentStore.Open(path))
        {
            var ingestor = new DocumentIngestor(store, options);
            Assert.Throws<ProcessKilled>(() => ingestor.Ingest(DieAfter(documents, 35)));
            Assert.Equal(30, store.Count()); // three whole batches; the fourth was never committed
        }

        using (var store = SqliteDocumentStore.Open(path))
        {
            var totals = new DocumentIngestor(store, options).Ingest(documents);
            Assert.Equal((47L, 17L, 30L), (totals.Seen, totals.Added, totals.AlreadyStored));
            var again = new DocumentIngestor(store, options).Ingest(documents);
            Assert.Equal(0L, again.Added);
            Assert.Equal(47, store.Count());
        }
        Assert.Equal(47L, StoreFile.Long(path, "SELECT count(*) FROM sources"));
        StoreFile.AssertConsistent(path);
    }

    private static IEnumerable<Document> DieAfter(IEnumerable<Document> documents, int count)
    {
        var n = 0;
        foreach (var document in documents)
        {
            if (n++ == count) throw new ProcessKilled();
            yield return document;
        }
    }

    private sealed class ProcessKilled : Exception;

    /// <summary>A batch whose reading stops dead at one document, after the documents before it were written.</summary>
    private sealed class DyingList(IReadOnlyList<Document> documents, int dieAt, Action beforeDying) : IReadOnlyList<Document>
    {
        public int Count => documents.Count;

        public Document this[int index]
        {
            get
            {
                if (index != dieAt) return documents[index];
                beforeDying();
                throw new ProcessKilled();
            }
        }

        public IEnumerator<Document> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
                yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
