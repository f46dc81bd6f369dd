using System.Text.Json;
using Dyad.Annotation.Events;
using Dyad.Annotation.Sentences;
using Dyad.Annotation.Time;
using Dyad.Documents;
using Dyad.Output;

namespace Dyad.Tests.Annotation.Events;

/// <summary>Runs what the event stage needs and the stage itself over a text: sentences, time expressions, entities, events.</summary>
public static class EventReading
{
    private static readonly SentenceStage Sentences = new();
    private static readonly TimeExpressionStage Time = new();
    private static readonly EventStage Events = new();

    public static Document Analyze(string text, string? published = null, string source = "test.txt", IEnumerable<string>? removedLines = null)
    {
        var document = new Document(source, text);
        if (published is not null) document.Published = new PublicationDate(PartialDate.ParseIso(published)!.Value, DateBasis.Manifest);
        if (removedLines is not null) MarkRemoved(document, removedLines.ToHashSet(StringComparer.Ordinal));
        Sentences.Process(document);
        Time.Process(document);
        KnowledgeEntities.Fill(document);
        Events.Process(document);
        return document;
    }

    /// <summary>
    /// The document records of a corpus folder in gold-set layout, as <c>dyad analyze</c> would print them:
    /// publication months from the folder's manifest, and the gold's metadata and boilerplate lines marked
    /// removed to stand in for cleaning.
    /// </summary>
    public static List<JsonElement> AnalyzeCorpus(string corpusDir, Dyad.Evaluation.GoldSet gold)
    {
        var published = new Dictionary<string, string>(StringComparer.Ordinal);
        var manifest = Path.Combine(corpusDir, "manifest.jsonl");
        foreach (var line in File.ReadLines(manifest))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var row = JsonDocument.Parse(line);
            if (row.RootElement.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String)
                published[Path.GetFileNameWithoutExtension(row.RootElement.GetProperty("path").GetString()!)] = p.GetString()!;
        }
        var records = new List<JsonElement>();
        foreach (var doc in gold.Documents)
        {
            var path = Path.Combine(corpusDir, doc.Doc + ".txt");
            var document = Analyze(File.ReadAllText(path, System.Text.Encoding.UTF8), published.GetValueOrDefault(doc.Doc), path,
                doc.MetadataLines.Concat(doc.BoilerplateLines));
            using var json = JsonDocument.Parse(DocumentRecordWriter.ToJsonLine(document));
            records.Add(json.RootElement.Clone());
        }
        return records;
    }

    private static void MarkRemoved(Document document, HashSet<string> lines)
    {
        var at = 0;
        foreach (var line in document.Text.Split('\n'))
        {
            if (lines.Contains(line) || lines.Contains(line.TrimEnd('\r')))
                document.Removed.Add(new Removal(new TextSpan(at, at + line.Length), RemovalReason.Boilerplate));
            at += line.Length + 1;
        }
    }
}
