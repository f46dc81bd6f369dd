using System.Text.Json;
using Dyad.Evaluation;
using Dyad.Knowledge;
using Dyad.Output;
using Dyad.Pipeline;
using Dyad.Reading;

namespace Dyad.Tests.Cleaning;

/// <summary>
/// Reading and cleaning on the shared seed articles, scored by the port of the reference scorer;
/// the articles are read alone, with no manifest, so dates and titles come from the text.
/// </summary>
public sealed class SeedCleaningTests
{
    private static async Task<(EvaluationReport Report, List<JsonElement> Records)> AnalyzeSeeds()
    {
        var corpus = SharedData.Find("corpus/seeds")!;
        var analyzer = Analyzer.ForBatch(new AnalyzerOptions(), KnowledgeBase.Default);
        var records = new List<JsonElement>();
        await foreach (var outcome in analyzer.AnalyzeAsync([corpus]))
            records.Add(JsonDocument.Parse(DocumentRecordWriter.ToJsonLine(Assert.IsType<ReadSucceeded>(outcome).Document)).RootElement);
        return (Evaluator.Score(GoldSet.Load(SharedData.Find("gold/seeds")!, corpus), records), records);
    }

    [SharedDataFact("gold/seeds")]
    public async Task Boilerplate_and_metadata_lines_are_removed_with_f1_of_at_least_0_97()
    {
        var (report, _) = await AnalyzeSeeds();

        Assert.True(report.Documents.BoilerplateRemoval.F1 >= 0.97, $"boilerplate removal {report.Documents.BoilerplateRemoval}");
        Assert.Equal(report.Documents.Title.Total, report.Documents.Title.Hits);
    }

    [SharedDataFact("gold/seeds")]
    public async Task A_publication_year_read_from_the_text_alone_is_never_wrong()
    {
        var (_, records) = await AnalyzeSeeds();
        var gold = File.ReadLines(Path.Combine(SharedData.Find("gold/seeds")!, "documents.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(g => g.GetProperty("doc").GetString()!, g => g.GetProperty("dct").GetString()![..4]);

        foreach (var record in records)
        {
            var doc = Path.GetFileNameWithoutExtension(record.GetProperty("source").GetString()!);
            if (record.GetProperty("published") is { ValueKind: JsonValueKind.Object } published)
                Assert.Equal(gold[doc], published.GetProperty("value").GetString()![..4]);
        }
    }
}
