using BenchmarkDotNet.Attributes;
using Dyad.Annotation.Time;
using Dyad.Documents;

namespace Dyad.Bench.Annotation;

/// <summary>Throughput of the time stage on one thread: every document's body searched, resolved against a publication date.</summary>
[MemoryDiagnoser]
public class TimeExpressionBench : CorpusBenchmark
{
    private static readonly PublicationDate Published = new(new PartialDate(2005, 6, 1), DateBasis.Manifest);

    private readonly TimeExpressionStage _stage = new();

    protected override void Prepare(List<Document> documents)
    {
        foreach (var document in documents) document.Published = Published;
    }

    [Benchmark(Description = "time stage over the corpus")]
    public int Annotate()
    {
        var found = 0;
        foreach (var document in Documents)
        {
            document.Timexes.Clear();
            _stage.Process(document);
            found += document.Timexes.Count;
        }
        return found;
    }
}
