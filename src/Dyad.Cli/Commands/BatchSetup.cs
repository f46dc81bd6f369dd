using System.CommandLine;
using Dyad.Knowledge;
using Dyad.Pipeline;

namespace Dyad.Cli.Commands;

/// <summary>Builds the analyzer a batch command needs from its options; a bad manifest is a usage error.</summary>
internal static class BatchSetup
{
    public static bool TryCreate(ParseResult parsed, InputOptions inputs, TextWriter error, out Analyzer analyzer)
    {
        var setup = AnalyzerSetup.TryCreate(parsed, inputs, error);
        analyzer = setup is null ? null! : Analyzer.ForBatch(setup.Options, setup.Knowledge);
        return setup is not null;
    }
}

/// <summary>The options and knowledge base a batch runs with, read from the command line.</summary>
internal sealed record AnalyzerSetup(AnalyzerOptions Options, KnowledgeBase Knowledge)
{
    /// <summary>Null, with the reason written to <paramref name="error"/>, when the manifest or a --kb file is bad.</summary>
    public static AnalyzerSetup? TryCreate(ParseResult parsed, InputOptions inputs, TextWriter error)
    {
        try
        {
            return new AnalyzerSetup(inputs.Read(parsed), inputs.LoadKnowledge(parsed));
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidDataException or System.Text.Json.JsonException or KnowledgeLoadException)
        {
            error.WriteLine($"dyad: {e.Message}");
            return null;
        }
    }
}
