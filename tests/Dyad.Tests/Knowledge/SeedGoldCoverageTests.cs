using System.Text.Json;
using Dyad.Knowledge;
using Xunit.Abstractions;

namespace Dyad.Tests.Knowledge;

/// <summary>
/// How many seed gold entities the KB alone can name. A measure, not a target: the KB holds
/// general facts, and private persons are left to the entity stage's name-shape rules.
/// </summary>
public class SeedGoldCoverageTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, EntityType> Types = new()
    {
        ["COUNTRY"] = EntityType.Country, ["PERSON"] = EntityType.Person, ["ORG"] = EntityType.Org,
        ["LOCATION"] = EntityType.Location, ["EQUIPMENT"] = EntityType.Equipment, ["PROGRAM"] = EntityType.Program,
    };

    private static string? FindGold()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "..", "shared", "gold", "seeds", "entities.jsonl");
            if (File.Exists(path)) return Path.GetFullPath(path);
        }
        return null;
    }

    [Fact]
    public void Reports_how_many_seed_gold_entities_the_kb_names()
    {
        var gold = FindGold();
        if (gold is null)
        {
            output.WriteLine("seed gold not found: skipped");
            return;
        }
        var kb = KnowledgeBase.Default;
        int entities = 0, named = 0, forms = 0, formsNamed = 0;
        var missed = new List<string>();
        foreach (var line in File.ReadLines(gold).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var type = Types[doc.RootElement.GetProperty("type").GetString()!];
            var canonical = doc.RootElement.GetProperty("canonical").GetString()!;
            var surfaces = doc.RootElement.GetProperty("surface").EnumerateArray().Select(s => s.GetString()!).ToList();
            bool Names(string form) =>
                (type == EntityType.Country && kb.Find("country:" + form) is not null)
                || kb.Matcher.Match(form).Any(m => m.Start == 0 && m.End == form.Length && m.Senses.Any(s => s.Entry.Type == type))
                || kb.FindByName(form).Any(s => s.Entry.Type == type);
            entities++;
            var any = Names(canonical);
            foreach (var s in surfaces)
            {
                forms++;
                if (Names(s)) { formsNamed++; any = true; }
                else missed.Add($"{type.ToSchemaName()} '{s}' ({canonical})");
            }
            if (any) named++;
        }
        output.WriteLine($"seed gold entities named by the KB: {named}/{entities}; surface forms matched whole: {formsNamed}/{forms}");
        foreach (var m in missed) output.WriteLine("  not matched: " + m);
        Assert.True(entities > 0);
        // The countries in the seeds are all plain names: a KB that misses one is broken.
        Assert.DoesNotContain(missed, m => m.StartsWith("COUNTRY", StringComparison.Ordinal));
    }
}
