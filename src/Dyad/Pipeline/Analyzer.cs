using System.Runtime.CompilerServices;
using Dyad.Documents;
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
}

/// <summary>
/// The whole flow for a batch: read → clean → annotate, streamed through bounded channels so both
/// cores stay busy and memory does not grow with the corpus. Results come back in input order.
/// </summary>
public sealed class Analyzer
{
    private readonly AnalyzerOptions _options;
    private readonly DocumentPipeline _pipeline;

    public Analyzer(AnalyzerOptions options, DocumentPipeline pipeline)
    {
        _options = options;
        _pipeline = pipeline;
    }

    /// <summary>One outcome per document or refused input: a processed document, or the reason it was refused.</summary>
    public IAsyncEnumerable<ReadOutcome> AnalyzeAsync(IEnumerable<string> paths, CancellationToken cancellation = default)
    {
        var reader = new DocumentReader(_options.Read);
        return OrderedParallel.Select(reader.Read(paths), Process, _options.Degree, _options.Capacity, cancellation);
    }

    private ReadOutcome Process(ReadOutcome outcome)
    {
        if (outcome is not ReadSucceeded read) return outcome;
        try
        {
            _pipeline.Process(read.Document);
            return read;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One bad document must not stop a batch: it is refused with the reason, the rest go on.
            return new ReadFailed(read.Document.Source, $"analysis failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
