using System.CommandLine;
using Dyad.Views;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad brief A B --out brief.html|brief.md [--db F]</c>: a self-contained, footnoted brief on a pair.</summary>
public static class BriefCommand
{
    public static Command Create()
    {
        var store = new StoreOption();
        var pair = new PairArguments();
        var filters = new EventFilterOptions();
        var output = new Option<FileInfo>("--out", "-o")
        {
            Description = "The brief to write: .html (one self-contained page) or .md (Markdown, with its chart as .svg beside it).",
            Required = true,
        };
        output.Validators.Add(result =>
        {
            var extension = result.GetValueOrDefault<FileInfo>()?.Extension.ToLowerInvariant();
            if (extension is not (".html" or ".htm" or ".md")) result.AddError("--out must end in .html or .md.");
        });
        var command = new Command("brief", "Write a brief on a pair: mechanisms, agreements, exercises, arms transfers, visits, people, open questions, disagreements; every line footnoted to its quote.")
        {
            store.Db, output,
        };
        pair.AddTo(command);
        filters.AddTo(command, all: false);
        command.SetAction(parsed =>
        {
            using var opened = store.Open(parsed, "brief");
            if (opened is null) return ExitCodes.SomeInputsRefused;
            var (a, b) = pair.Read(parsed);
            var events = opened.QueryEvents(filters.Read(parsed, [a, b])).ToList();
            var reports = opened.Reports(events.SelectMany(e => e.Event.Evidence.Select(x => x.Document)));
            var brief = BriefBuilder.Build(a, b, events, reports);
            var file = parsed.GetValue(output)!;
            try
            {
                if (file.DirectoryName is { } folder) Directory.CreateDirectory(folder);
                if (file.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
                {
                    var chart = Path.ChangeExtension(file.Name, ".svg");
                    File.WriteAllText(Path.Combine(file.DirectoryName ?? ".", chart), brief.ChartSvg);
                    File.WriteAllText(file.FullName, BriefMarkdown.Write(brief, chart));
                }
                else File.WriteAllText(file.FullName, BriefHtml.Write(brief));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                parsed.InvocationConfiguration.Error.WriteLine($"dyad brief: cannot write {file.FullName}: {e.Message}");
                return ExitCodes.SomeInputsRefused;
            }
            parsed.InvocationConfiguration.Output.WriteLine($"{file.FullName}: {events.Count} events, {brief.Footnotes.Count} footnotes");
            return ExitCodes.Success;
        });
        return command;
    }
}
