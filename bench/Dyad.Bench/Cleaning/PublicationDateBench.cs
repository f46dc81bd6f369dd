using BenchmarkDotNet.Attributes;
using Dyad.Cleaning.Dating;

namespace Dyad.Bench.Cleaning;

/// <summary>
/// Throughput of publication dating on one thread over documents without stated dates, so every one goes through
/// the dateline and the content estimate.
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
            document.Published = null;
            _stage.Process(document);
            if (document.Published is not null) dated++;
        }
        return dated;
    }
}
