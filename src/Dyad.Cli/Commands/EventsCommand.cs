using System.CommandLine;
using Dyad.Knowledge;
using Dyad.Views;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad events [--db F] [filters] [--format table|jsonl|csv|tsv]</c>: the fused events, one real event a record.</summary>
public static class EventsCommand
{
    public static Command Create()
    {
        var store = new StoreOption();
        var filters = new EventFilterOptions();
        var countries = new Option<List<CountryCode>>("--countries")
        {
            Description = "States that all take part: codes or names, comma-separated or repeated (--countries PAK,RUS).",
            CustomParser = CountryArgument.Parse,
        };
        var format = new Option<string>("--format")
        {
            Description = "table: readable lines; jsonl: event records (output-schema.md); csv; tsv: CAMEO codes in GDELT's column order.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv", "tsv");
        var limit = new Option<int?>("--limit") { Description = "At most this many events." };

        var command = new Command("events", "List the fused events: one real event a record, with every report as evidence, in date order.")
        {
            store.Db, countries, format, limit,
        };
        filters.AddTo(command);
        command.SetAction(parsed =>
        {
            using var opened = store.Open(parsed, "events");
            if (opened is null) return ExitCodes.SomeInputsRefused;
            var output = parsed.InvocationConfiguration.Output;
            var query = filters.Read(parsed, parsed.GetValue(countries) ?? []) with { Limit = parsed.GetValue(limit) };
            try
            {
                switch (parsed.GetValue(format))
                {
                    case "jsonl":
                        foreach (var record in opened.QueryEventRecords(query)) output.WriteLine(record);
                        break;
                    case "csv": EventCsv.Write(opened.QueryEvents(query), output); break;
                    case "tsv": GdeltTsv.Write(opened.QueryEvents(query), output); break;
                    default: EventTable.Write(opened.QueryEvents(query), output); break;
                }
            }
            catch (ArgumentException e)
            {
                parsed.InvocationConfiguration.Error.WriteLine($"dyad events: {e.Message}");
                return ExitCodes.Usage;
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
