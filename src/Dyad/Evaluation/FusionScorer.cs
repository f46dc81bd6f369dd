using System.Text.Json;

namespace Dyad.Evaluation;

/// <summary>
/// score_fusion, pairwise: two gold mentions of different documents in one cluster should be covered by one
/// fused event, that is, by one scored event record whose evidence spans (code points after conversion)
/// overlap both quotes and whose type is one the gold mentions accept.
/// </summary>
internal static class FusionScorer
{
    public static FusionScores Score(GoldSet gold, IReadOnlyList<JsonElement> fused)
    {
        var offsetsByDoc = new Dictionary<string, CodePointOffsets>(StringComparer.Ordinal);
        var covers = new List<SortedSet<string>>();
        var scored = 0;
        foreach (var s in fused)
        {
            if (!EventMatching.IsScored(s)) continue;
            scored++;
            var type = PythonValue.AsString(PythonValue.Get(s, "type"));
            var hit = new SortedSet<string>(PythonText.CodePointOrder);
            foreach (var evidence in PythonValue.Items(s, "evidence"))
            {
                var doc = ScoringRules.DocKey(PythonValue.StrOr(evidence, "source", ""));
                if (!gold.Texts.TryGetValue(doc, out var text)) continue;
                if (!offsetsByDoc.TryGetValue(doc, out var offsets)) offsetsByDoc[doc] = offsets = new CodePointOffsets(text);
                var a = offsets.Convert(evidence, "start");
                var b = offsets.Convert(evidence, "end");
                foreach (var g in gold.Events)
                    if (g.Doc == doc && a < g.End && g.Start < b && g.AcceptsType(type)) hit.Add(g.Id);
            }
            covers.Add(hit);
        }

        var cluster = new Dictionary<string, string>(StringComparer.Ordinal);
        var docOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in gold.Events)
        {
            cluster[g.Id] = g.Cluster;
            docOf[g.Id] = g.Doc;
        }
        var ids = cluster.Keys.Order(PythonText.CodePointOrder).ToList();
        var goldPairs = new HashSet<(string, string)>();
        for (var i = 0; i < ids.Count; i++)
            for (var j = i + 1; j < ids.Count; j++)
                if (cluster[ids[i]] == cluster[ids[j]] && docOf[ids[i]] != docOf[ids[j]]) goldPairs.Add((ids[i], ids[j]));
        var systemPairs = new HashSet<(string, string)>();
        foreach (var hit in covers)
        {
            var h = hit.ToList();
            for (var i = 0; i < h.Count; i++)
                for (var j = i + 1; j < h.Count; j++)
                    if (docOf[h[i]] != docOf[h[j]]) systemPairs.Add((h[i], h[j]));
        }

        var tp = goldPairs.Count(systemPairs.Contains);
        var wrong = systemPairs.Where(p => !goldPairs.Contains(p)).ToList();
        var missed = goldPairs.Where(p => !systemPairs.Contains(p)).ToList();
        return new FusionScores(
            PrecisionRecall.From(tp, wrong.Count, missed.Count),
            scored,
            cluster.Values.Distinct(StringComparer.Ordinal).Count(),
            Joined(wrong), Joined(missed));
    }

    private static List<string> Joined(IEnumerable<(string A, string B)> pairs) =>
        pairs.Select(p => $"{p.A}+{p.B}").Order(PythonText.CodePointOrder).ToList();
}
