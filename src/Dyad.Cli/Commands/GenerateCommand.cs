using System.CommandLine;
using Dyad.Benchmarking;
using Dyad.Knowledge;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad generate N --out DIR [--seed S]</c>: writes N realistic articles (JSON Lines shards) for scale tests:
/// the same seed gives the same corpus, byte for byte.
/// </summary>
public static class GenerateCommand
{
    public static Option<int> SeedOption() => new("--seed")
    {
        Description = "Seed of the generated corpus: the same seed gives the same articles.",
        DefaultValueFactory = _ => 1,
    };

    public static Command Create()
    {
        var count = new Argument<int>("count") { Description = "How many articles to write." };
        var outDir = new Option<DirectoryInfo>("--out") { Required = true, Description = "Folder for the JSON Lines shards (10,000 articles a file)." };
        var seed = SeedOption();
        var command = new Command("generate", "Write realistic generated articles (site chrome, repeated passages, syndicated copies) for scale tests.")
        {
            count, outDir, seed,
        };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("count must be at least 1.");
        });
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(outDir)!.FullName;
            var shards = CorpusWriter.Write(folder, parsed.GetValue(count), parsed.GetValue(seed), KnowledgeBase.Default);
            parsed.InvocationConfiguration.Output.WriteLine($"wrote {parsed.GetValue(count):N0} articles in {shards.Count} files to {folder}");
            return ExitCodes.Success;
        });
        return command;
    }
}
