using BenchmarkDotNet.Attributes;
using Dyad.Cleaning.Dating;
using Dyad.Documents;

namespace Dyad.Bench.Cleaning;

/// <summary>
/// Throughput of publication dating on one thread over documents without stated dates, so every one goes through
/// the dateline and the content estimate. MB/s = the corpus megabytes printed at setup / the mean time in seconds.
/// </summary>
[MemoryDiagnoser]
public class PublicationDateBench
{
    private readonly PublicationDateStage _stage = new();
    private List<Document> _documents = [];

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = BenchCorpus.Samples;

    public static IEnumerable<string> Corpora() => BenchCorpus.Available();

    [GlobalSetup]
    public void Load()
    {
        var texts = BenchCorpus.Load(Corpus);
        _documents = BenchCorpus.Documents(texts);
        Console.WriteLine($"// {Corpus}: {_documents.Count} documents, {BenchCorpus.Megabytes(texts):0.00} MB");
    }

    [Benchmark(Description = "publication dating over the corpus")]
    public int Date()
    {
        var dated = 0;
        foreach (var document in _documents)
        {
            document.Published = null;
            _stage.Process(document);
            if (document.Published is not null) dated++;
        }
        return dated;
    }
}
