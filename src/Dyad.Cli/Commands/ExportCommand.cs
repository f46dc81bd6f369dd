using System.CommandLine;
using Dyad.Knowledge;
using Dyad.Storage;
using Dyad.Views;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad export --format graphml [--db F] [--countries …]</c>: the events as a graph for network tools.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var store = new StoreOption();
        var filters = new EventFilterOptions();
        var format = new Option<string>("--format") { Description = "graphml: states and organizations as nodes, events as edges (Gephi).", DefaultValueFactory = _ => "graphml" };
        format.AcceptOnlyFromAmong("graphml");
        var countries = new Option<List<CountryCode>>("--countries") { Description = "Only events in which these states all take part.", CustomParser = CountryArgument.Parse };
        var command = new Command("export", "Export the events as a graph: states and organizations as nodes, events as edges.") { store.Db, format, countries };
        filters.AddTo(command);
        command.SetAction(parsed =>
        {
            using var opened = store.Open(parsed, "export");
            if (opened is null) return ExitCodes.SomeInputsRefused;
            var query = filters.Read(parsed, parsed.GetValue(countries) ?? []);
            var organizations = opened.Entities().Where(e => e.Type == "ORG").ToList();
            GraphMlExport.Write(opened.QueryEvents(query), organizations, parsed.InvocationConfiguration.Output);
            return ExitCodes.Success;
        });
        return command;
    }
}
