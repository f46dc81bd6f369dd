using Dyad.Cleaning;
using Dyad.Documents;
using Dyad.Knowledge;
using Dyad.Reading;

namespace Dyad.Pipeline;

/// <summary>How a batch of inputs is read and analysed.</summary>
public sealed record AnalyzerOptions
{
    public ReadOptions Read { get; init; } = new();

    /// <summary>Documents analysed at once; one per core by default.</summary>
    public int Degree { get; init; } = Environment.ProcessorCount;

    /// <summary>Documents in flight between reading and the consumer; bounds memory.</summary>
    public int Capacity { get; init; } = 64;

    /// <summary>
    /// Documents read and counted together before any of them is cleaned: lines they share are chrome.
    /// A document is compared with the blocks counted up to its own (<see cref="Document.CountedWith"/>), so results do
    /// not depend on timing, and counting the next blocks need not wait for this one's cleaning.
    /// </summary>
    public int BlockSize { get; init; } = 256;
}

/// <summary>
/// The whole flow for a batch: read → clean → annotate, streamed through bounded channels so both
/// cores stay busy and memory does not grow with the corpus. Results come back in input order.
/// </summary>
public sealed class Analyzer
{
    private readonly AnalyzerOptions _options;
    private readonly DocumentPipeline _pipeline;
    private readonly LineRecurrence? _recurrence;

    /// <param name="recurrence">The batch's line counts the pipeline's cleaning reads, fed here block by block; null when it reads none.</param>
    public Analyzer(AnalyzerOptions options, DocumentPipeline pipeline, LineRecurrence? recurrence = null)
    {
        _options = options;
        _pipeline = pipeline;
        _recurrence = recurrence;
    }

    /// <summary>The stages every document passes through.</summary>
    public DocumentPipeline Pipeline => _pipeline;

    /// <summary>When set, reading, counting lines and each stage add their time to it (for `dyad bench`).</summary>
    public StageProfile? Profile { get; set; }

    /// <summary>The steps a profile of this analyzer times: reading, the batch's line counts, then each stage.</summary>
    public IEnumerable<string> ProfileSteps => [ReadStep, RecurrenceStep, .. _pipeline.StageNames];

    public const string ReadStep = "read";
    public const string RecurrenceStep = "line-recurrence";

    /// <summary>An analyzer whose default pipeline learns the batch's chrome from the lines its documents share.</summary>
    public static Analyzer ForBatch(AnalyzerOptions options, KnowledgeBase knowledge)
    {
        var recurrence = new LineRecurrence();
        return new Analyzer(options, DefaultPipeline.Create(knowledge, new CleaningOptions { Recurrence = recurrence }), recurrence);
    }

    /// <summary>One outcome per document or refused input, in input order: a processed document, or the reason it was refused.</summary>
    public IAsyncEnumerable<ReadOutcome> AnalyzeAsync(IEnumerable<string> paths, CancellationToken cancellation = default) =>
        // One stream from reading to the consumer, with no pause between blocks: a pause left a core idle while the last
        // documents of a block finished (1–2% of the wall time over 10,000 BBC files with blocks of 256).
        OrderedParallel.Select(Counted(paths), Process, _options.Degree, _options.Capacity, cancellation);

    /// <summary>The documents read, each block counted for line recurrence before any of its documents goes on.</summary>
    private IEnumerable<ReadOutcome> Counted(IEnumerable<string> paths)
    {
        var reader = new DocumentReader(_options.Read);
        using var blocks = reader.Read(paths).Chunk(_options.BlockSize).GetEnumerator();
        while (Timed(ReadStep, blocks.MoveNext))
        {
            var block = blocks.Current;
            Timed(RecurrenceStep, () => Count(block));
            foreach (var outcome in block) yield return outcome;
        }
    }

    /// <summary>Adds a block's lines to the batch counts, and tells each of its documents how many documents it is compared with.</summary>
    private bool Count(ReadOutcome[] block)
    {
        if (_recurrence is null) return false;
        foreach (var outcome in block)
            if (outcome is ReadSucceeded read) _recurrence.Add(read.Document.Text);
        var counted = _recurrence.Documents;
        foreach (var outcome in block)
            if (outcome is ReadSucceeded read) read.Document.CountedWith = counted;
        return true;
    }

    private T Timed<T>(string step, Func<T> work) => Profile is { } profile ? profile.Time(step, work) : work();

    private ReadOutcome Process(ReadOutcome outcome)
    {
        if (outcome is not ReadSucceeded read) return outcome;
        try
        {
            _pipeline.Process(read.Document, Profile);
            return read;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One bad document must not stop a batch: it is refused with the reason, the rest go on.
            return new ReadFailed(read.Document.Source, $"analysis failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
