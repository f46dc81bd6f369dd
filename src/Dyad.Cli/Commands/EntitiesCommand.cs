using System.CommandLine;
using Dyad.Views;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad entities [--db F] [--type T]</c>: the entities the stored documents name.</summary>
public static class EntitiesCommand
{
    public static Command Create()
    {
        var store = new StoreOption();
        var type = new Option<string?>("--type") { Description = "Only this type: COUNTRY, PERSON, ORG, LOCATION, EQUIPMENT, PROGRAM." };
        var command = new Command("entities", "List the entities the stored documents name, most widely reported first.") { store.Db, type };
        command.SetAction(parsed =>
        {
            using var opened = store.Open(parsed, "entities");
            if (opened is null) return ExitCodes.SomeInputsRefused;
            var wanted = parsed.GetValue(type);
            EntityListing.Write(opened.Entities().Where(e => wanted is null || e.Type.Equals(wanted, StringComparison.OrdinalIgnoreCase)),
                parsed.InvocationConfiguration.Output);
            return ExitCodes.Success;
        });
        return command;
    }
}
