using System.Text.Json;

namespace Dyad.Evaluation;

/// <summary>
/// score_entities: a gold entity is found by the first system entity of its type (in record order) whose
/// mention texts or name equal, case folded, one of its surface forms or its canonical name; several gold
/// entities may be found by one system entity. An extra is a system entity that matches no gold entity of its document.
/// </summary>
internal static class EntityScorer
{
    public static EntityScores Score(GoldSet gold, IReadOnlyDictionary<string, JsonElement> records)
    {
        int tp = 0, fp = 0, fn = 0;
        var missed = new List<string>();
        foreach (var (doc, golds) in Grouping.ByDocument(gold.Entities, g => g.Doc))
        {
            JsonElement? d = records.TryGetValue(doc, out var record) ? record : null;
            var entities = new List<(string? Type, HashSet<string> Texts)>();
            foreach (var e in PythonValue.Items(d, "entities"))
            {
                var type = PythonValue.AsString(PythonValue.Get(e, "type"));
                if (type is not null && ScoringRules.EntityTypes.Contains(type)) entities.Add((type, Texts(e)));
            }
            var forms = golds.Select(Forms).ToList();
            var used = new HashSet<int>();
            for (var k = 0; k < golds.Count; k++)
            {
                var hit = entities.FindIndex(e => e.Type == golds[k].Type && e.Texts.Overlaps(forms[k]));
                if (hit < 0)
                {
                    fn++;
                    missed.Add($"{PythonText.Prefix(doc, 3)} {golds[k].Type} {golds[k].Canonical}");
                }
                else
                {
                    tp++;
                    used.Add(hit);
                }
            }
            for (var i = 0; i < entities.Count; i++)
            {
                if (used.Contains(i)) continue;
                var matchesAny = false;
                for (var k = 0; k < golds.Count && !matchesAny; k++)
                    matchesAny = entities[i].Type == golds[k].Type && entities[i].Texts.Overlaps(forms[k]);
                if (!matchesAny) fp++;
            }
        }
        return new EntityScores(PrecisionRecall.From(tp, fp, fn), missed);
    }

    private static HashSet<string> Forms(GoldEntity g) =>
        new(g.Surface.Select(PythonText.Lower), StringComparer.Ordinal) { PythonText.Lower(g.Canonical) };

    // The texts a system entity is known by: every mention's text and its name, case folded.
    private static HashSet<string> Texts(JsonElement entity)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in PythonValue.Items(entity, "mentions"))
            texts.Add(PythonText.Lower(PythonValue.StrOr(mention, "text", "")));
        texts.Add(PythonText.Lower(PythonValue.StrOr(entity, "name", "")));
        return texts;
    }
}
