using System.CommandLine;
using Dyad.Knowledge;
using Dyad.Pipeline;

namespace Dyad.Cli.Commands;

/// <summary>Builds the analyzer a batch command needs from its options; a bad manifest is a usage error.</summary>
internal static class BatchSetup
{
    public static bool TryCreate(ParseResult parsed, InputOptions inputs, TextWriter error, out Analyzer analyzer)
    {
        analyzer = null!;
        AnalyzerOptions options;
        KnowledgeBase knowledge;
        try
        {
            options = inputs.Read(parsed);
            knowledge = inputs.LoadKnowledge(parsed);
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidDataException or System.Text.Json.JsonException or KnowledgeLoadException)
        {
            error.WriteLine($"dyad: {e.Message}");
            return false;
        }
        analyzer = Analyzer.ForBatch(options, knowledge);
        return true;
    }
}
