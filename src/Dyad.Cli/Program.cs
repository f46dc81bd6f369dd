using System.CommandLine;
using Dyad.Cli.Commands;

namespace Dyad.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the CLI; exit codes: 0 all good, 1 some inputs refused, 2 usage error.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Dyad reads news articles about relations between states and gives back a sourced record.")
        {
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
