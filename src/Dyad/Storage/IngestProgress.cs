namespace Dyad.Storage;

/// <summary>
/// Running counts of an ingestion, reported after each batch is committed.
/// <see cref="NewSources"/> counts documents already stored that were found at a source not yet recorded.
/// </summary>
public readonly record struct IngestProgress(long Seen, long Added, long AlreadyStored, long NewSources, long Failed);

/// <summary>A document that could not be stored, named by its source, and why.</summary>
public sealed record IngestFailure(string Source, string Reason);

/// <summary>What an ingestion did in all: the final counts, every failure, and the time it took.</summary>
public sealed record IngestTotals(IngestProgress Counts, IReadOnlyList<IngestFailure> Failures, int Batches, TimeSpan Elapsed)
{
    public long Seen => Counts.Seen;
    public long Added => Counts.Added;
    public long AlreadyStored => Counts.AlreadyStored;
    public long NewSources => Counts.NewSources;
    public long Failed => Counts.Failed;
}

/// <summary>How an ingestor batches its writes.</summary>
public sealed record IngestOptions
{
    /// <summary>Documents written per transaction: larger is faster, smaller loses less work to a crash.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>
    /// When reading a channel, the longest a partial batch waits for more documents before it is written,
    /// so a slow producer still sees its documents stored and progress reported.
    /// </summary>
    public TimeSpan MaxBatchDelay { get; init; } = TimeSpan.FromSeconds(2);
}
