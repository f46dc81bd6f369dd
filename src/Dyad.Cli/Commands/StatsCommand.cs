using System.CommandLine;
using Dyad.Views;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad stats [--db F]</c>: what a store holds, in figures.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var store = new StoreOption();
        var command = new Command("stats", "Figures for a store: documents, sources, mentions, events by type and status, most reported pairs.") { store.Db };
        command.SetAction(parsed =>
        {
            using var opened = store.Open(parsed, "stats");
            if (opened is null) return ExitCodes.SomeInputsRefused;
            StatisticsText.Write(opened.Statistics(), parsed.InvocationConfiguration.Output);
            return ExitCodes.Success;
        });
        return command;
    }
}
