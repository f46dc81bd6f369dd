using System.CommandLine;
using Dyad.Views;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad explain EVENT-ID [--db F]</c>: which mentions an event merges and why.</summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var store = new StoreOption();
        var id = new Argument<string>("event-id") { Description = "An event id as dyad events prints it (e-…)." };
        var command = new Command("explain", "Show which mentions an event merges, from which reports, and the rule behind each merge.") { id, store.Db };
        command.SetAction(parsed =>
        {
            using var opened = store.Open(parsed, "explain");
            if (opened is null) return ExitCodes.SomeInputsRefused;
            var eventId = parsed.GetValue(id)!;
            if (opened.Explain(eventId) is not { } explanation)
            {
                parsed.InvocationConfiguration.Error.WriteLine($"dyad explain: no event {eventId} in {parsed.GetValue(store.Db)}");
                return ExitCodes.SomeInputsRefused;
            }
            ExplanationText.Write(explanation, parsed.InvocationConfiguration.Output);
            return ExitCodes.Success;
        });
        return command;
    }
}
