using System.Text.Json;
using Dyad.Annotation.Entities;
using Dyad.Annotation.Sentences;
using Dyad.Documents;
using Dyad.Evaluation;
using Dyad.Knowledge;
using Dyad.Output;

namespace Dyad.Tests.Annotation.Entities;

/// <summary>
/// Runs the sentence and entity stages over the documents of a gold set and scores the entities by the
/// reference scorer's rules. The gold's metadata and boilerplate lines are marked removed, standing in
/// for the cleaning stage, so the entity stage is measured on the body alone.
/// </summary>
internal static class EntityGold
{
    private static readonly EntityStage Stage = new(KnowledgeBase.Default);

    public static EntityScores Score(GoldSet gold)
    {
        var records = new List<JsonElement>();
        foreach (var g in gold.Documents)
        {
            var document = new Document(g.Doc + ".txt", gold.Texts[g.Doc]);
            MarkNotBody(document, [.. g.MetadataLines, .. g.BoilerplateLines]);
            new SentenceStage().Process(document);
            Stage.Process(document);
            using var json = JsonDocument.Parse(DocumentRecordWriter.ToJsonLine(document));
            records.Add(json.RootElement.Clone());
        }
        return Evaluator.Score(gold, records).Entities;
    }

    /// <summary>A gold set of the articles beside the tests: &lt;name&gt;.txt with &lt;name&gt;.entities.jsonl in the gold format.</summary>
    public static GoldSet LoadArticles(string folder)
    {
        var documents = new List<GoldDocument>();
        var entities = new List<GoldEntity>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            texts[name] = text;
            // The first line of each article is its headline: metadata, not body.
            documents.Add(new GoldDocument(name, "2020-01", null, [text[..text.IndexOf('\n')]], [], []));
            foreach (var line in File.ReadLines(Path.Combine(folder, name + ".entities.jsonl")))
            {
                if (line.Trim().Length == 0) continue;
                var row = JsonDocument.Parse(line).RootElement;
                entities.Add(new GoldEntity(
                    row.GetProperty("doc").GetString()!, row.GetProperty("type").GetString()!, row.GetProperty("canonical").GetString()!,
                    row.GetProperty("surface").EnumerateArray().Select(s => s.GetString()!).ToList()));
            }
        }
        return new GoldSet { Documents = documents, Entities = entities, Timexes = [], Events = [], Texts = texts };
    }

    private static void MarkNotBody(Document document, IReadOnlyCollection<string> lines)
    {
        var at = 0;
        foreach (var line in document.Text.Split('\n'))
        {
            if (lines.Contains(line)) document.Removed.Add(new Removal(new TextSpan(at, at + line.Length), RemovalReason.Metadata));
            at += line.Length + 1;
        }
    }
}
