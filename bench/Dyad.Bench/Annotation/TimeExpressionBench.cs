using BenchmarkDotNet.Attributes;
using Dyad.Annotation.Time;
using Dyad.Documents;

namespace Dyad.Bench.Annotation;

/// <summary>
/// Throughput of the time stage on one thread: every document's body searched for time expressions, resolved
/// against a publication date. MB/s = the corpus megabytes printed at setup / the mean time in seconds.
/// </summary>
[MemoryDiagnoser]
public class TimeExpressionBench
{
    private static readonly PublicationDate Published = new(new PartialDate(2005, 6, 1), DateBasis.Manifest);

    private readonly TimeExpressionStage _stage = new();
    private List<Document> _documents = [];

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = BenchCorpus.Samples;

    public static IEnumerable<string> Corpora() => BenchCorpus.Available();

    [GlobalSetup]
    public void Load()
    {
        var texts = BenchCorpus.Load(Corpus);
        _documents = BenchCorpus.Documents(texts);
        foreach (var document in _documents) document.Published = Published;
        Console.WriteLine($"// {Corpus}: {_documents.Count} documents, {BenchCorpus.Megabytes(texts):0.00} MB");
    }

    [Benchmark(Description = "time stage over the corpus")]
    public int Annotate()
    {
        var found = 0;
        foreach (var document in _documents)
        {
            document.Timexes.Clear();
            _stage.Process(document);
            found += document.Timexes.Count;
        }
        return found;
    }
}
