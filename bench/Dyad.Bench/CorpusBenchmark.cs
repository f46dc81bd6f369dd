using BenchmarkDotNet.Attributes;
using Dyad.Documents;

namespace Dyad.Bench;

/// <summary>
/// A stage throughput benchmark over each corpus of <see cref="BenchCorpus"/>: fresh documents made once, their size
/// printed at setup so MB/s = megabytes / mean seconds.
/// </summary>
public abstract class CorpusBenchmark
{
    protected List<Document> Documents { get; private set; } = [];

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = BenchCorpus.Samples;

    public static IEnumerable<string> Corpora() => BenchCorpus.Available();

    [GlobalSetup]
    public void Load()
    {
        var texts = BenchCorpus.Load(Corpus);
        Documents = BenchCorpus.Documents(texts);
        Prepare(Documents);
        Console.WriteLine($"// {Corpus}: {Documents.Count} documents, {BenchCorpus.Megabytes(texts):0.00} MB");
    }

    /// <summary>Sets what the stage reads from a document before it runs (a publication date).</summary>
    protected virtual void Prepare(List<Document> documents) { }
}
