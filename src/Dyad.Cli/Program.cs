using System.CommandLine;
using System.CommandLine.Help;
using Dyad.Cli.Commands;

namespace Dyad.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the CLI; exit codes: 0 all good, 1 some inputs refused, 2 usage error.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // Named here, not after the executable as RootCommand names itself: that is "Dyad.Cli" for Dyad.Cli.dll but
        // "Dyad" for the native Dyad.Cli (its ".Cli" read as an extension), so help would differ between builds.
        var root = new Command("dyad", "Dyad reads news articles about relations between states and gives back a sourced record.")
        {
            new HelpOption(),
            new VersionOption(),
            AnalyzeCommand.Create(),
            IngestCommand.Create(),
            DocsCommand.Create(),
            EvalCommand.Create(),
            BenchCommand.Create(),
            GenerateCommand.Create(),
            EventsCommand.Create(),
            ExplainCommand.Create(),
            TimelineCommand.Create(),
            BriefCommand.Create(),
            EntitiesCommand.Create(),
            StatsCommand.Create(),
            ExportCommand.Create(),
            ServeCommand.Create(),
            UsersCommand.Create(),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
                error.WriteLine($"dyad: {problem.Message}");
            error.WriteLine("Try 'dyad --help'.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
