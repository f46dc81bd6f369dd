using BenchmarkDotNet.Attributes;
using Dyad.Annotation.Events;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Bench.Annotation;

/// <summary>
/// Throughput of the event rules (triggers, arguments, status cues, merging mentions) on one thread, over documents
/// that the stages before them (cleaning, dating, sentences, time, entities) processed once in setup.
/// </summary>
[MemoryDiagnoser]
public class EventStageBench : CorpusBenchmark
{
    private readonly EventStage _stage = new();

    protected override void Prepare(List<Document> documents)
    {
        var before = new DocumentPipeline(DefaultPipeline.Create().Stages.Where(s => s is not EventStage));
        foreach (var document in documents) before.Process(document);
    }

    [Benchmark(Description = "event rules over the corpus")]
    public int FindEvents()
    {
        var events = 0;
        foreach (var document in Documents)
        {
            document.Events.Clear();
            _stage.Process(document);
            events += document.Events.Count;
        }
        return events;
    }
}
