using System.Text.Json;

namespace Dyad.Evaluation;

/// <summary>
/// Scores Dyad's output against a gold set by the rules of the reference scorer (shared/tools/score.py),
/// figure for figure. Records are parsed JSON as output-schema.md writes them, so the same engine scores an
/// analyze file, an in-process run serialized with DocumentRecordWriter, or any other producer.
/// </summary>
public static class Evaluator
{
    /// <param name="gold">The gold set and its texts.</param>
    /// <param name="documents">Document records (<c>dyad analyze</c> lines); each is named by its source's file name without ".txt", and a later record replaces an earlier one of the same name.</param>
    /// <param name="fusedEvents">Fused event records (<c>dyad events --format jsonl</c>), or null to leave fusion out.</param>
    public static EvaluationReport Score(GoldSet gold, IReadOnlyList<JsonElement> documents, IReadOnlyList<JsonElement>? fusedEvents = null)
    {
        var records = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var d in documents)
            records[ScoringRules.DocKey(PythonValue.StrOr(d, "source", ""))] = d;
        var missing = gold.Documents.Where(g => !records.ContainsKey(g.Doc)).Select(g => g.Doc).ToList();
        return new EvaluationReport(
            missing,
            DocumentScorer.Score(gold, records),
            EntityScorer.Score(gold, records),
            TimexScorer.Score(gold, records),
            EventScorer.Score(gold, records),
            fusedEvents is null ? null : FusionScorer.Score(gold, fusedEvents));
    }
}
