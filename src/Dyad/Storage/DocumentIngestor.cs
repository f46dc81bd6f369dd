using System.Diagnostics;
using System.Threading.Channels;
using Dyad.Documents;
using Dyad.Pipeline;
using Dyad.Reading;

namespace Dyad.Storage;

/// <summary>
/// Writes a stream of processed documents to a store in batches, one transaction a batch.
/// Rerunning over the same documents adds nothing, and a run killed midway loses only its open
/// batch, which the rerun completes. A document the store refuses is recorded and the batch goes on.
/// </summary>
/// <remarks>
/// Cancellation is checked between documents; the documents of the open batch are then not written
/// (committed batches stay), exactly as if the process had stopped there.
/// </remarks>
public sealed class DocumentIngestor
{
    private readonly IDocumentStore _store;
    private readonly IngestOptions _options;

    public DocumentIngestor(IDocumentStore store, IngestOptions? options = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? new IngestOptions();
        if (_options.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), _options.BatchSize, "batch size must be at least 1");
    }

    public IngestTotals Ingest(
        IEnumerable<Document> documents, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tally = new Tally(progress);
        var batch = new List<Document>(_options.BatchSize);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Add(document);
            if (batch.Count == _options.BatchSize) Flush(batch, tally);
        }
        Flush(batch, tally);
        Fuse();
        return tally.Totals();
    }

    public async Task<IngestTotals> IngestAsync(
        ChannelReader<Document> documents, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tally = new Tally(progress);
        var batch = new List<Document>(_options.BatchSize);
        var batchStarted = 0L;
        while (await documents.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (batch.Count == 0) batchStarted = Stopwatch.GetTimestamp();
            while (batch.Count < _options.BatchSize && documents.TryRead(out var document))
                batch.Add(document);
            if (batch.Count == _options.BatchSize)
            {
                Flush(batch, tally);
                continue;
            }
            var left = _options.MaxBatchDelay - Stopwatch.GetElapsedTime(batchStarted);
            if (left <= TimeSpan.Zero || !await MoreWithinAsync(documents, left, cancellationToken).ConfigureAwait(false))
                Flush(batch, tally);
        }
        Flush(batch, tally);
        Fuse();
        return tally.Totals();
    }

    /// <summary>Events are fused once a run's documents are all stored: each candidate group once, however many batches touched it.</summary>
    private void Fuse()
    {
        if (_store is IEventStore events) events.Fuse();
    }

    /// <summary>
    /// Analyses <paramref name="paths"/> and stores each document as it comes: analysis feeds a bounded channel the
    /// batches are written from, so both run at once and memory stays flat. <paramref name="onOutcome"/> sees every
    /// read outcome (documents and refusals) in input order, before the document is queued.
    /// </summary>
    public async Task<IngestTotals> IngestAsync(Analyzer analyzer, IEnumerable<string> paths, Func<ReadOutcome, ValueTask>? onOutcome = null,
        IProgress<IngestProgress>? progress = null, int capacity = 256, CancellationToken cancellationToken = default)
    {
        var documents = Channel.CreateBounded<Document>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var feeding = Task.Run(async () =>
        {
            try
            {
                await foreach (var outcome in analyzer.AnalyzeAsync(paths, cancellationToken).ConfigureAwait(false))
                {
                    if (onOutcome is not null) await onOutcome(outcome).ConfigureAwait(false);
                    if (outcome is ReadSucceeded read) await documents.Writer.WriteAsync(read.Document, cancellationToken).ConfigureAwait(false);
                }
                documents.Writer.Complete();
            }
            catch (Exception e)
            {
                documents.Writer.Complete(e);
            }
        }, cancellationToken);
        var totals = await IngestAsync(documents.Reader, progress, cancellationToken).ConfigureAwait(false);
        await feeding.ConfigureAwait(false);
        return totals;
    }

    /// <summary>True when more documents arrive within <paramref name="wait"/>; false when it runs out or the channel completes.</summary>
    private static async Task<bool> MoreWithinAsync(ChannelReader<Document> documents, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        delay.CancelAfter(wait);
        try
        {
            return await documents.WaitToReadAsync(delay.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private void Flush(List<Document> batch, Tally tally)
    {
        if (batch.Count == 0) return;
        tally.Add(_store.Write(batch));
        batch.Clear();
    }

    private sealed class Tally(IProgress<IngestProgress>? progress)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<IngestFailure> _failures = [];
        private long _seen, _added, _alreadyStored, _newSources, _failed;
        private int _batches;

        public void Add(BatchWriteResult result)
        {
            _batches++;
            foreach (var document in result.Documents)
            {
                _seen++;
                switch (document.Outcome)
                {
                    case WriteOutcome.Added: _added++; break;
                    case WriteOutcome.NewSource: _alreadyStored++; _newSources++; break;
                    case WriteOutcome.AlreadyStored: _alreadyStored++; break;
                    case WriteOutcome.Failed:
                        _failed++;
                        _failures.Add(new IngestFailure(document.Source, document.Error ?? "unknown error"));
                        break;
                }
            }
            progress?.Report(Counts);
        }

        private IngestProgress Counts => new(_seen, _added, _alreadyStored, _newSources, _failed);

        public IngestTotals Totals() => new(Counts, _failures, _batches, _clock.Elapsed);
    }
}
