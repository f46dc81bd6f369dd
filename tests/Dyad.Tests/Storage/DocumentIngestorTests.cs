using System.Threading.Channels;
using Dyad.Documents;
using Dyad.Storage;
using Dyad.Storage.Sqlite;

namespace Dyad.Tests.Storage;

public sealed class DocumentIngestorTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteDocumentStore _store;

    public DocumentIngestorTests() => _store = SqliteDocumentStore.Open(_folder.File("dyad.db"));

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Progress_is_reported_after_each_batch_and_the_totals_add_up()
    {
        var progress = new RecordingProgress();
        var totals = new DocumentIngestor(_store, new IngestOptions { BatchSize = 10 }).Ingest(Articles.Range(0, 25), progress);

        Assert.Equal([10L, 20L, 25L], progress.Reports.Select(p => p.Seen));
        Assert.Equal(new IngestProgress(25, 25, 0, 0, 0), totals.Counts);
        Assert.Equal(3, totals.Batches);
        Assert.Empty(totals.Failures);
    }

    [Fact]
    public void A_rerun_adds_nothing_and_counts_everything_as_already_stored()
    {
        var ingestor = new DocumentIngestor(_store, new IngestOptions { BatchSize = 7 });
        ingestor.Ingest(Articles.Range(0, 20));

        var rerun = ingestor.Ingest(Articles.Range(0, 20));

        Assert.Equal(new IngestProgress(20, 0, 20, 0, 0), rerun.Counts);
        Assert.Equal(20, _store.Count());
    }

    [Fact]
    public void A_known_article_found_at_a_new_source_counts_as_already_stored_and_as_a_new_source()
    {
        var ingestor = new DocumentIngestor(_store);
        ingestor.Ingest([Articles.Make(1)]);

        var totals = ingestor.Ingest([Articles.Make(1, source: "mirror/1.html"), Articles.Make(2)]);

        Assert.Equal(new IngestProgress(2, 1, 1, 1, 0), totals.Counts);
    }

    [Fact]
    public void A_document_that_cannot_be_stored_is_recorded_by_source_and_the_batch_goes_on()
    {
        var broken = Articles.Make(3, source: "bad/3.txt");
        broken.Removed.Add(new Removal(new TextSpan(-5, 2), RemovalReason.Boilerplate));

        var totals = new DocumentIngestor(_store, new IngestOptions { BatchSize = 2 })
            .Ingest([Articles.Make(1), broken, Articles.Make(2), Articles.Make(4)]);

        Assert.Equal(new IngestProgress(4, 3, 0, 0, 1), totals.Counts);
        var failure = Assert.Single(totals.Failures);
        Assert.Equal("bad/3.txt", failure.Source);
        Assert.Contains("[-5,2)", failure.Reason);
    }

    [Fact]
    public async Task Documents_from_a_channel_are_stored_in_batches_until_it_completes()
    {
        var channel = Channel.CreateBounded<Document>(8);
        var producing = Task.Run(async () =>
        {
            foreach (var document in Articles.Range(0, 23))
                await channel.Writer.WriteAsync(document);
            channel.Writer.Complete();
        });

        var totals = await new DocumentIngestor(_store, new IngestOptions { BatchSize = 5 }).IngestAsync(channel.Reader);
        await producing;

        Assert.Equal(23L, totals.Added);
        Assert.Equal(23, _store.Count());
    }

    [Fact]
    public async Task A_slow_producer_sees_its_partial_batch_stored_once_the_batch_delay_passes()
    {
        var channel = Channel.CreateUnbounded<Document>();
        var ingesting = new DocumentIngestor(_store, new IngestOptions { BatchSize = 500, MaxBatchDelay = TimeSpan.FromMilliseconds(50) })
            .IngestAsync(channel.Reader);

        foreach (var document in Articles.Range(0, 3))
            await channel.Writer.WriteAsync(document);
        var stored = await WaitUntil(() => _store.Count() == 3, TimeSpan.FromSeconds(10));
        channel.Writer.Complete();
        var totals = await ingesting;

        Assert.True(stored, "the partial batch should be written while the channel is still open");
        Assert.Equal(3L, totals.Added);
    }

    [Fact]
    public void Cancelling_keeps_the_committed_batches()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new RecordingProgress(onReport: p => { if (p.Seen == 10) cancel.Cancel(); });

        Assert.Throws<OperationCanceledException>(() =>
            new DocumentIngestor(_store, new IngestOptions { BatchSize = 10 }).Ingest(Articles.Range(0, 30), progress, cancel.Token));

        Assert.Equal(10, _store.Count());
    }

    [Fact]
    public void A_batch_size_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentIngestor(_store, new IngestOptions { BatchSize = 0 }));
    }

    private static async Task<bool> WaitUntil(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (condition()) return true;
            await Task.Delay(10);
        }
        return condition();
    }

    /// <summary>Keeps every report, in order, on the reporting thread (Progress&lt;T&gt; would post them elsewhere).</summary>
    private sealed class RecordingProgress(Action<IngestProgress>? onReport = null) : IProgress<IngestProgress>
    {
        public List<IngestProgress> Reports { get; } = [];

        public void Report(IngestProgress value)
        {
            Reports.Add(value);
            onReport?.Invoke(value);
        }
    }
}
