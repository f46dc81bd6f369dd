using BenchmarkDotNet.Attributes;
using Dyad.Annotation.Time;
using Dyad.Cleaning.Dating;
using Dyad.Documents;

namespace Dyad.Bench.Annotation;

/// <summary>
/// Throughput of the time stage on one thread: every document's body searched, resolved against a publication date.
/// Each run reads fresh documents: the recognizer matches a document's text once and shares the matches between the
/// stages that search it, so a document already run would only be resolved again.
/// </summary>
[MemoryDiagnoser]
public class TimeExpressionBench : CorpusBenchmark
{
    private static readonly PublicationDate Published = new(new PartialDate(2005, 6, 1), DateBasis.Manifest);

    private readonly TimeExpressionStage _stage = new();
    private readonly PublicationDateStage _dating = new();

    [Benchmark(Description = "time stage over the corpus")]
    public int Annotate()
    {
        var found = 0;
        foreach (var document in Documents)
        {
            var fresh = new Document(document.Source, document.Text) { Published = Published };
            _stage.Process(fresh);
            found += fresh.Timexes.Count;
        }
        return found;
    }

    [Benchmark(Description = "publication dating, then the time stage, over the corpus")]
    public int DateAndAnnotate()
    {
        var found = 0;
        foreach (var document in Documents)
        {
            var fresh = new Document(document.Source, document.Text);
            _dating.Process(fresh);
            _stage.Process(fresh);
            found += fresh.Timexes.Count;
        }
        return found;
    }
}
