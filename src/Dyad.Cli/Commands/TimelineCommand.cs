using System.CommandLine;
using Dyad.Views;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad timeline A B [--from --to] [--db F]</c>: a pair's events in date order, for a terminal.</summary>
public static class TimelineCommand
{
    public static Command Create()
    {
        var store = new StoreOption();
        var pair = new PairArguments();
        var filters = new EventFilterOptions();
        var command = new Command("timeline", "A pair's events in date order with status marks and source counts.") { store.Db };
        pair.AddTo(command);
        filters.AddTo(command, all: false);
        command.SetAction(parsed =>
        {
            using var opened = store.Open(parsed, "timeline");
            if (opened is null) return ExitCodes.SomeInputsRefused;
            var (a, b) = pair.Read(parsed);
            var events = opened.QueryEvents(filters.Read(parsed, [a, b])).ToList();
            Timeline.Write(a, b, events, parsed.InvocationConfiguration.Output);
            return ExitCodes.Success;
        });
        return command;
    }
}
