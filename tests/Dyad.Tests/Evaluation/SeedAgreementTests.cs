using System.Text.Json.Nodes;
using Dyad.Evaluation;

namespace Dyad.Tests.Evaluation;

/// <summary>
/// The C# evaluator and score.py agree on the seed gold set, for outputs derived from the gold and then
/// spoiled by general rules (drop every n-th, flip statuses, shift years, add extras), never by seed content.
/// </summary>
public sealed class SeedAgreementTests
{
    private static string GoldDir => Path.Combine(ReferenceScorer.SharedFolder!, "gold", "seeds");
    private static string CorpusDir => Path.Combine(ReferenceScorer.SharedFolder!, "corpus", "seeds");

    [ReferenceScorerFact]
    public void A_perfect_output_scores_full_marks_in_both_scorers()
    {
        var report = Agree(documents => { }, fused => { });
        Assert.Equal(1.0, report.Entities.Match.F1);
        Assert.Equal(1.0, report.Timexes.ValueF1);
        Assert.Equal(1.0, report.Events.Match.F1);
        Assert.Equal(1.0, report.Documents.BoilerplateRemoval.F1);
        Assert.Equal(0, report.Fusion!.Pairs.Fn + report.Fusion.Pairs.Fp);
    }

    [ReferenceScorerFact]
    public void A_partial_output_with_a_missing_document_scores_alike()
    {
        Agree(documents =>
        {
            documents.RemoveAt(documents.Count - 1);
            documents[0]["title"] = "Something else entirely";
            documents[0]["published"] = ((string)documents[0]["published"]!["value"]!)[..4];
            documents[^1]["published"] = null;
            foreach (var d in documents)
            {
                DropEvery(d["entities"]!.AsArray(), 2);
                DropEvery(d["timexes"]!.AsArray(), 3);
                var timexes = d["timexes"]!.AsArray();
                for (var i = 1; i < timexes.Count; i += 4) timexes[i]!["value"] = "XXXX";
                DropEvery(d["events"]!.AsArray(), 3);
            }
            documents[^1]["text"] = "";
        }, fused => DropEvery(fused, 2));
    }

    [ReferenceScorerFact]
    public void A_noisy_output_with_extras_wrong_statuses_and_shifted_dates_scores_alike()
    {
        Agree(documents =>
        {
            foreach (var d in documents)
            {
                var entities = d["entities"]!.AsArray();
                entities.Add(new JsonObject { ["type"] = "PERSON", ["name"] = "Nobody In Particular", ["mentions"] = new JsonArray() });
                entities.Add(new JsonObject { ["type"] = "WEAPON", ["name"] = "ignored type" });
                if (entities.Count > 2) entities[0]!["type"] = "ORG"; // a right name under a wrong type
                var timexes = d["timexes"]!.AsArray();
                timexes.Add(new JsonObject { ["start"] = 0, ["end"] = 4, ["value"] = "PRESENT_REF" });
                if (timexes.Count > 1) timexes.Add(timexes[0]!.DeepClone()); // a second span over the same words
                var events = d["events"]!.AsArray();
                var extras = new List<JsonNode>();
                for (var i = 0; i < events.Count; i++)
                {
                    var e = events[i]!;
                    var generic = e.DeepClone();
                    generic["status"] = "generic";
                    extras.Add(generic);
                    if (i % 2 == 0) e["status"] = "planned";
                    if (i % 3 == 1 && e["date"] is JsonObject date) date["value"] = (int.Parse(((string)date["value"]!)[..4]) + 1).ToString();
                    if (i % 3 == 2) (e["source"], e["target"]) = (e["target"]?.DeepClone(), e["source"]?.DeepClone());
                    var extra = e.DeepClone();
                    extra["type"] = "VISIT";
                    extra["date"] = "1999-01-01";
                    extras.Add(extra);
                }
                foreach (var extra in extras) events.Add(extra);
            }
        }, fused =>
        {
            // one fused record a type: wrong merges across clusters
            var merged = fused.GroupBy(f => (string)f["type"]!).Select(g =>
            {
                var first = g.First().DeepClone().AsObject();
                first["evidence"] = new JsonArray(g.SelectMany(f => f["evidence"]!.AsArray()).Select(x => x!.DeepClone()).ToArray());
                return first;
            }).ToList();
            fused.Clear();
            fused.AddRange(merged);
        });
    }

    [ReferenceScorerFact]
    public void Events_given_under_an_alternative_type_with_a_string_date_score_alike()
    {
        var gold = GoldSet.Load(GoldDir, CorpusDir);
        Agree(documents =>
        {
            foreach (var d in documents)
                foreach (var e in d["events"]!.AsArray())
                {
                    var g = gold.Events.Single(x => "e-" + x.Id == (string)e!["id"]!);
                    if (g.AltTypes.Count > 0) e!["type"] = g.AltTypes[0];
                    if (e!["date"] is JsonObject date) e["date"] = (string)date["value"]!;
                    e["name"] = g.Names.Count > 0 ? g.Names[^1].ToUpperInvariant() + " talks" : null;
                }
        }, fused => { });
    }

    private static EvaluationReport Agree(Action<List<JsonObject>> spoilDocuments, Action<List<JsonObject>> spoilFused)
    {
        var gold = GoldSet.Load(GoldDir, CorpusDir);
        using var scoring = new ScoringCase(GoldDir, CorpusDir);
        var documents = GoldRecords.Documents(gold, "corpus/seeds");
        var fused = GoldRecords.FusedEvents(gold, "corpus/seeds");
        spoilDocuments(documents);
        spoilFused(fused);
        scoring.WriteDocs(documents);
        scoring.WriteEvents(fused);
        return scoring.AssertAgreement();
    }

    private static void DropEvery<T>(IList<T> items, int n)
    {
        for (var i = items.Count - 1; i >= 0; i--)
            if (i % n == 0) items.RemoveAt(i);
    }
}
