using System.Text.Json;

namespace Dyad.Evaluation;

/// <summary>
/// score_documents: title (normalized exact), published month and year, boilerplate removal as line-level
/// precision/recall, and duplicate passages kept once. A line counts as kept when its text, with white space
/// folded, stands in the record's white-space-folded <c>text</c>; lines holding a duplicate passage are left
/// to the duplicates figure.
/// </summary>
internal static class DocumentScorer
{
    public static DocumentScores Score(GoldSet gold, IReadOnlyDictionary<string, JsonElement> records)
    {
        int title = 0, titles = 0, month = 0, year = 0, dated = 0;
        int removedTp = 0, removedFp = 0, removedFn = 0, duplicatesOnce = 0, duplicates = 0;
        foreach (var g in gold.Documents)
        {
            if (!records.TryGetValue(g.Doc, out var d)) continue;
            var kept = PythonText.FoldWhiteSpace(PythonValue.StrOr(d, "text", ""));
            if (!string.IsNullOrEmpty(g.Title))
            {
                titles++;
                var systemTitle = PythonValue.Get(d, "title") is var t && PythonValue.Truthy(t) ? PythonValue.Str(t) : "";
                if (ScoringRules.Norm(systemTitle) == ScoringRules.Norm(g.Title)) title++;
            }

            var published = ScoringRules.DateValue(d, "published");
            dated++;
            if (PythonValue.Truthy(published))
            {
                if (PythonText.Prefix(PythonValue.Str(published), 7) == PythonText.Prefix(g.Dct, 7)) month++;
                if (ScoringRules.Year(published) == ScoringRules.Year(g.Dct)) year++;
            }

            var notBody = new HashSet<string>(g.BoilerplateLines.Concat(g.MetadataLines), StringComparer.Ordinal);
            foreach (var line in gold.Texts[g.Doc].Split('\n'))
            {
                if (!PythonText.HasNonWhiteSpace(line) || HoldsAny(line, g.DuplicatePassages)) continue;
                var shouldRemove = notBody.Contains(line);
                var removed = !kept.Contains(PythonText.FoldWhiteSpace(line), StringComparison.Ordinal);
                if (shouldRemove && removed) removedTp++;
                else if (removed) removedFp++;
                else if (shouldRemove) removedFn++;
            }
            foreach (var passage in g.DuplicatePassages)
            {
                duplicates++;
                if (PythonText.CountOccurrences(kept, PythonText.FoldWhiteSpace(passage)) == 1) duplicatesOnce++;
            }
        }
        return new DocumentScores(
            new Ratio(title, titles), new Ratio(month, dated), new Ratio(year, dated),
            PrecisionRecall.From(removedTp, removedFp, removedFn), new Ratio(duplicatesOnce, duplicates));
    }

    private static bool HoldsAny(string line, IReadOnlyList<string> passages)
    {
        foreach (var passage in passages)
            if (line.Contains(passage, StringComparison.Ordinal)) return true;
        return false;
    }
}
