using BenchmarkDotNet.Attributes;
using Dyad.Cleaning.Dating;
using Dyad.Documents;

namespace Dyad.Bench.Cleaning;

/// <summary>
/// Throughput of publication dating on one thread over documents without stated dates, so every one goes through
/// the dateline and the content estimate. Each run reads fresh documents: the time expressions dating finds in a document
/// are matched once and kept for the time stage, so a document already dated would not be matched again.
/// </summary>
[MemoryDiagnoser]
public class PublicationDateBench : CorpusBenchmark
{
    private readonly PublicationDateStage _stage = new();

    [Benchmark(Description = "publication dating over the corpus")]
    public int Date()
    {
        var dated = 0;
        foreach (var document in Documents)
        {
            var fresh = new Document(document.Source, document.Text);
            _stage.Process(fresh);
            if (fresh.Published is not null) dated++;
        }
        return dated;
    }
}
