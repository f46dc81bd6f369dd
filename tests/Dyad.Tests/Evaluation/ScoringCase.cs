using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dyad.Evaluation;

namespace Dyad.Tests.Evaluation;

/// <summary>
/// One scoring scenario on disk (gold folder, corpus folder, analyze output, fused events) that both
/// score.py and the C# evaluator score; <see cref="AssertAgreement"/> demands the same printed report and JSON.
/// </summary>
internal sealed class ScoringCase : IDisposable
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    public string Root { get; } = Directory.CreateTempSubdirectory("dyad-eval-").FullName;
    public string GoldDir { get; }
    public string CorpusDir { get; }
    public string DocsPath => Path.Combine(Root, "analyze.jsonl");
    public string EventsPath => Path.Combine(Root, "events.jsonl");

    /// <summary>A case over an existing gold set and corpus (read in place), or over new ones written into a temp folder.</summary>
    public ScoringCase(string? goldDir = null, string? corpusDir = null)
    {
        GoldDir = goldDir ?? Directory.CreateDirectory(Path.Combine(Root, "gold")).FullName;
        CorpusDir = corpusDir ?? Directory.CreateDirectory(Path.Combine(Root, "corpus")).FullName;
    }

    public bool HasEvents => File.Exists(EventsPath);

    public void WriteText(string doc, string text) => File.WriteAllText(Path.Combine(CorpusDir, doc + ".txt"), text, new UTF8Encoding(false));

    public void WriteGold(string name, IEnumerable<object> rows) => WriteLines(Path.Combine(GoldDir, name + ".jsonl"), rows);

    public void WriteDocs(IEnumerable<JsonNode> records) => WriteLines(DocsPath, records);

    public void WriteEvents(IEnumerable<JsonNode> records) => WriteLines(EventsPath, records);

    /// <summary>Scores with both scorers and asserts the same JSON object and the same text report; returns the C# report.</summary>
    public EvaluationReport AssertAgreement()
    {
        var arguments = new List<string> { "--gold", GoldDir, "--corpus", CorpusDir, "--docs", DocsPath };
        if (HasEvents) arguments.AddRange(["--events", EventsPath]);
        var report = Evaluator.Score(GoldSet.Load(GoldDir, CorpusDir), JsonLines.Read(DocsPath), HasEvents ? JsonLines.Read(EventsPath) : null);

        var pythonJson = ReferenceScorer.Run([.. arguments, "--json"]).TrimEnd('\n');
        var csharpJson = ReportRenderer.ToJson(report);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(pythonJson), JsonNode.Parse(csharpJson)), $"JSON differs:\npython: {pythonJson}\nc#:     {csharpJson}");
        Assert.Equal(pythonJson, csharpJson);
        Assert.Equal(ReferenceScorer.Run([.. arguments]), ReportRenderer.ToText(report));
        return report;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    private static void WriteLines(string path, IEnumerable<object> rows)
    {
        var lines = rows.Select(row => row is JsonNode node ? node.ToJsonString(Compact) : JsonSerializer.Serialize(row, Compact));
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
    }
}
