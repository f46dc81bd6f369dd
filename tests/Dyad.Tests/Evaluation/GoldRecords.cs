using System.Text.Json.Nodes;
using Dyad.Evaluation;

namespace Dyad.Tests.Evaluation;

/// <summary>
/// Builds the records a perfect system would print for a gold set (document records and fused events, in the
/// shape of output-schema.md), for the agreement tests to spoil in chosen ways. Offsets go back from the gold's
/// code points to UTF-16, as Dyad writes them.
/// </summary>
internal static class GoldRecords
{
    public static List<JsonObject> Documents(GoldSet gold, string sourceFolder) => gold.Documents.Select(g =>
    {
        var text = gold.Texts[g.Doc];
        var notBody = g.BoilerplateLines.Concat(g.MetadataLines).ToHashSet();
        return new JsonObject
        {
            ["source"] = $"{sourceFolder}/{g.Doc}.txt",
            ["id"] = "d-" + g.Doc,
            ["title"] = g.Title,
            ["published"] = new JsonObject { ["value"] = g.Dct, ["basis"] = "manifest" },
            ["text"] = string.Join("\n", BodyLines(text, notBody, g.DuplicatePassages)),
            ["removed"] = new JsonArray(),
            ["entities"] = new JsonArray(gold.Entities.Where(e => e.Doc == g.Doc).Select(e => (JsonNode)new JsonObject
            {
                ["id"] = $"{e.Type.ToLowerInvariant()}:{e.Canonical}",
                ["type"] = e.Type,
                ["name"] = e.Canonical,
                ["mentions"] = new JsonArray(e.Surface.Select(s => (JsonNode)new JsonObject { ["text"] = s }).ToArray()),
            }).ToArray()),
            ["timexes"] = new JsonArray(gold.Timexes.Where(t => t.Doc == g.Doc).Select(t => (JsonNode)new JsonObject
            {
                ["start"] = Utf16(text, t.Start),
                ["end"] = Utf16(text, t.End),
                ["text"] = t.Text,
                ["type"] = "DATE",
                ["value"] = t.Value,
            }).ToArray()),
            ["events"] = new JsonArray(gold.Events.Where(e => e.Doc == g.Doc).Select(e => (JsonNode)Event(gold, e, [e], sourceFolder)).ToArray()),
        };
    }).ToList();

    // The lines a perfect cleaner keeps: not metadata or boilerplate, and a line holding a duplicate passage only once.
    private static IEnumerable<string> BodyLines(string text, HashSet<string> notBody, IReadOnlyList<string> duplicates)
    {
        var seen = new HashSet<string>();
        foreach (var line in text.Split('\n'))
        {
            if (notBody.Contains(line)) continue;
            if (duplicates.Any(p => p.Length > 0 && line.Contains(p, StringComparison.Ordinal)) && !seen.Add(line)) continue;
            yield return line;
        }
    }

    /// <summary>One fused event a cluster, its evidence every gold mention of the cluster.</summary>
    public static List<JsonObject> FusedEvents(GoldSet gold, string sourceFolder) =>
        gold.Events.GroupBy(e => e.Cluster).Select(c => Event(gold, c.First(), c.ToList(), sourceFolder)).ToList();

    public static JsonObject Event(GoldSet gold, GoldEvent e, IReadOnlyList<GoldEvent> mentions, string sourceFolder) => new()
    {
        ["id"] = "e-" + e.Id,
        ["type"] = e.Type,
        ["status"] = e.Status,
        ["countries"] = new JsonArray(e.Countries.Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
        ["source"] = e.Source,
        ["target"] = e.Target,
        ["date"] = e.Date is null ? null : new JsonObject { ["value"] = e.Date, ["text"] = e.Date },
        ["name"] = e.Names.FirstOrDefault(),
        ["equipment"] = new JsonArray(e.Equipment.Select(x => (JsonNode)new JsonObject { ["name"] = x }).ToArray()),
        ["evidence"] = new JsonArray(mentions.Select(m => (JsonNode)new JsonObject
        {
            ["source"] = $"{sourceFolder}/{m.Doc}.txt",
            ["start"] = Utf16(gold.Texts[m.Doc], m.Start),
            ["end"] = Utf16(gold.Texts[m.Doc], m.End),
            ["text"] = m.Quote,
        }).ToArray()),
    };

    /// <summary>The UTF-16 offset of a code-point offset into <paramref name="text"/>.</summary>
    public static int Utf16(string text, int codePoint)
    {
        var unit = 0;
        for (var i = 0; i < codePoint && unit < text.Length; i++)
            unit += char.IsSurrogatePair(text, unit) ? 2 : 1;
        return unit + Math.Max(0, codePoint - PythonText.CodePointCount(text));
    }
}
