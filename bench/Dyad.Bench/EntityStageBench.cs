using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Dyad.Annotation.Entities;
using Dyad.Annotation.Sentences;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Bench;

/// <summary>
/// Throughput of the entity stage over news articles: the texts of shared/data/bbc-news/bbc-fulltext.jsonl
/// (up to about 2 MB, sentences split once in setup), or, when the shared folder is absent, a paragraph
/// written for the bench repeated to that size. MB/s = megabytes of text / mean seconds per pass.
/// </summary>
[MemoryDiagnoser]
public class EntityStageBench
{
    private const int TargetChars = 2_000_000;

    private const string Paragraph =
        "Russian Deputy Defence Minister Col. Gen. Alexander Fomin met Pakistani Defence Secretary Zamir ul Hassan Shah " +
        "in Rawalpindi for the Joint Military Consultative Committee (JMCC). According to Sana Mirza, a senior fellow at the " +
        "Karachi Institute of Strategic Affairs, the JMCC will discuss Mi-171E helicopters, RD-93 engines and Su-35 fighters. " +
        "Fomin said Moscow hosted the last round; Islamabad wants the next one in Karachi.\n\n";

    private readonly List<Document> _documents = [];
    private EntityStage _stage = null!;

    /// <summary>Characters of text the stage reads in one pass.</summary>
    public long Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _stage = new EntityStage(KnowledgeBase.Default);
        foreach (var text in Texts())
        {
            var document = new Document("bench", text);
            new SentenceStage().Process(document);
            _documents.Add(document);
            Characters += text.Length;
            if (Characters >= TargetChars) break;
        }
        Console.WriteLine($"// entity bench: {_documents.Count} documents, {Characters / 1e6:F2} M characters");
    }

    [Benchmark(Description = "entities over ~2 MB of news")]
    public int FindEntities()
    {
        var n = 0;
        foreach (var d in _documents)
        {
            _stage.Process(d);
            n += d.Entities.Count;
        }
        return n;
    }

    private static IEnumerable<string> Texts()
    {
        if (FindShared("data/bbc-news/bbc-fulltext.jsonl") is { } path)
        {
            foreach (var line in File.ReadLines(path))
            {
                using var row = JsonDocument.Parse(line);
                yield return row.RootElement.GetProperty("text").GetString()!;
            }
            yield break;
        }
        while (true) yield return string.Concat(Enumerable.Repeat(Paragraph, 10));
    }

    private static string? FindShared(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relativePath);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
