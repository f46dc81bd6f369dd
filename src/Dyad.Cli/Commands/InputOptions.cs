using System.CommandLine;
using Dyad.Knowledge;
using Dyad.Pipeline;
using Dyad.Reading;

namespace Dyad.Cli.Commands;

/// <summary>The options every command that reads articles shares.</summary>
public sealed class InputOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files, folders (read recursively) or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<FileInfo?> Manifest { get; } = new("--manifest")
    {
        Description = "JSON Lines with path, published, publisher, url, title for the inputs; it beats what the articles say.",
    };

    public Option<long> MaxBytes { get; } = new("--max-bytes")
    {
        Description = "Refuse inputs larger than this many bytes.",
        DefaultValueFactory = _ => new ReadOptions().MaxBytes,
    };

    public Option<DirectoryInfo[]> Knowledge { get; } = new("--kb")
    {
        Description = "Folders of knowledge-base files (YAML) that add to or override the built-in entries.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "Documents analysed in parallel (default: one per core).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Manifest);
        command.Options.Add(MaxBytes);
        command.Options.Add(Knowledge);
        command.Options.Add(Jobs);
        Paths.Validators.Add(result =>
        {
            // A token like "--frobnicate" would otherwise be taken for a path; a file of that name is "./--frobnicate".
            foreach (var path in result.GetValueOrDefault<string[]>() ?? [])
                if (path.Length > 1 && path[0] == '-') result.AddError($"unknown option {path}");
        });
        MaxBytes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() < 1) result.AddError("--max-bytes must be a positive number of bytes.");
        });
        Jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--jobs must be at least 1.");
        });
        Manifest.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo?>() is { Exists: false } manifest) result.AddError($"--manifest {manifest.FullName}: no such file.");
        });
        Knowledge.Validators.Add(result =>
        {
            foreach (var dir in result.GetValueOrDefault<DirectoryInfo[]>() ?? [])
                if (!dir.Exists) result.AddError($"--kb {dir.FullName}: no such folder.");
        });
    }

    /// <summary>The built-in knowledge base, with the user's --kb folders over it.</summary>
    public KnowledgeBase LoadKnowledge(ParseResult parsed) =>
        parsed.GetValue(Knowledge) is { Length: > 0 } dirs
            ? KnowledgeBase.Load(dirs.Select(d => d.FullName).ToArray())
            : KnowledgeBase.Default;

    public AnalyzerOptions Read(ParseResult parsed) => new()
    {
        Read = new ReadOptions
        {
            MaxBytes = parsed.GetValue(MaxBytes),
            Manifest = parsed.GetValue(Manifest) is { } file ? Dyad.Reading.Manifest.Load(file.FullName) : null,
        },
        Degree = parsed.GetValue(Jobs),
    };
}
