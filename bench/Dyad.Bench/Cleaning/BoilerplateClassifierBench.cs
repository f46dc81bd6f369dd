using BenchmarkDotNet.Attributes;
using Dyad.Cleaning;

namespace Dyad.Bench.Cleaning;

/// <summary>
/// Throughput of the boilerplate classifier (the line stage: chrome, metadata, inserted headlines) and of repeated
/// passage removal, on one thread; each pass starts from documents with nothing removed.
/// </summary>
[MemoryDiagnoser]
public class BoilerplateClassifierBench : CorpusBenchmark
{
    private readonly Dyad.Pipeline.IDocumentStage[] _stages = CleaningStages.Create().ToArray();

    [Benchmark(Description = "line classification and duplicate passages over the corpus")]
    public int Clean()
    {
        var removed = 0;
        foreach (var document in Documents)
        {
            document.Removed.Clear();
            foreach (var stage in _stages) stage.Process(document);
            removed += document.Removed.Count;
        }
        return removed;
    }
}
