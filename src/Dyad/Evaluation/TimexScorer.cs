using System.Text.Json;

namespace Dyad.Evaluation;

/// <summary>
/// score_timexes: each gold time expression takes the first unused system timex whose span overlaps its own,
/// after the system's UTF-16 offsets are turned into code points (<see cref="CodePointOffsets"/>); value
/// accuracy is counted among the matched, and value_f1 by the scorer's own formula.
/// </summary>
internal static class TimexScorer
{
    public static TimexScores Score(GoldSet gold, IReadOnlyDictionary<string, JsonElement> records)
    {
        int tp = 0, fp = 0, fn = 0, valueOk = 0;
        var wrong = new List<string>();
        foreach (var (doc, golds) in Grouping.ByDocument(gold.Timexes, g => g.Doc))
        {
            JsonElement? d = records.TryGetValue(doc, out var record) ? record : null;
            var offsets = new CodePointOffsets(TextOf(gold, doc));
            var spans = PythonValue.Items(d, "timexes")
                .Select(t => (Start: offsets.Convert(t, "start"), End: offsets.Convert(t, "end"), Timex: t))
                .ToList();
            var used = new HashSet<int>();
            var tag = PythonText.Prefix(doc, 3);
            foreach (var g in golds)
            {
                var hit = -1;
                for (var i = 0; i < spans.Count && hit < 0; i++)
                    if (!used.Contains(i) && spans[i].Start < g.End && g.Start < spans[i].End) hit = i;
                if (hit < 0)
                {
                    fn++;
                    wrong.Add($"{tag} missed '{g.Text}'");
                    continue;
                }
                tp++;
                used.Add(hit);
                var got = PythonValue.StrOr(spans[hit].Timex, "value", "");
                if (got == g.Value) valueOk++;
                else wrong.Add($"{tag} '{g.Text}' = {got}, gold {g.Value}");
            }
            fp += spans.Count - used.Count;
        }
        var valueAccuracy = tp > 0 ? PythonFloat.Round((double)valueOk / tp, 3) : 0.0;
        // value_f1 exactly as written in score.py: a zero-safe harmonic mean with a 1e-9 floor on the denominator.
        var valuePrecision = tp + fp > 0 ? (double)valueOk / (tp + fp) : 0;
        var valueRecall = tp + fn > 0 ? (double)valueOk / (tp + fn) : 0;
        var valueF1 = PythonFloat.Round(2 * valuePrecision * valueRecall / Math.Max(1e-9, valuePrecision + valueRecall), 3);
        return new TimexScores(PrecisionRecall.From(tp, fp, fn), valueAccuracy, valueF1, wrong);
    }

    internal static string TextOf(GoldSet gold, string doc) => gold.Texts.TryGetValue(doc, out var text)
        ? text
        : throw new InvalidDataException($"gold names document '{doc}', which documents.jsonl does not list");
}
