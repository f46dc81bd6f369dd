using System.CommandLine;
using Dyad.Annotation.Events;
using Dyad.Documents;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>The filters the event views share: date range, types, statuses, entity and full-text search.</summary>
internal sealed class EventFilterOptions
{
    public Option<string?> From { get; } = new("--from") { Description = "Events dated on or after this date (2014, 2014-11, 2014-11-20)." };

    public Option<string?> To { get; } = new("--to") { Description = "Events dated on or before this date (its last day for a month or year)." };

    public Option<string[]> Types { get; } = new("--type")
    {
        Description = "Event types (VISIT, MEETING, DIALOGUE, MECHANISM_ESTABLISHED, AGREEMENT, EXERCISE, ARMS_TRANSFER, TRAINING, SANCTION, SANCTION_LIFTED); repeat or separate by commas.",
    };

    public Option<string[]> Statuses { get; } = new("--status")
    {
        Description = "Statuses (occurred, ongoing, planned, proposed, speculative, negated, generic); default: all but generic.",
    };

    public Option<string?> Entity { get; } = new("--entity") { Description = "A name the event gives: person, office, equipment, place, exercise or body." };

    public Option<string?> Search { get; } = new("--search") { Description = "Full-text query over names and quoted evidence (words, \"phrases\", AND/OR/NOT, prefix*)." };

    public void AddTo(Command command, bool all = true)
    {
        command.Options.Add(From);
        command.Options.Add(To);
        if (!all) return;
        command.Options.Add(Types);
        command.Options.Add(Statuses);
        command.Options.Add(Entity);
        command.Options.Add(Search);
        command.Validators.Add(result =>
        {
            foreach (var option in new[] { From, To })
                if (result.GetValue(option) is { } text && PartialDate.ParseIso(text) is null)
                    result.AddError($"{option.Name} '{text}' is not a date: write 2014, 2014-11 or 2014-11-20.");
            foreach (var type in Split(result.GetValue(Types)))
                if (!EventTypeNames.TryParse(type, out _)) result.AddError($"--type '{type}' is not an event type.");
            foreach (var status in Split(result.GetValue(Statuses)))
                if (!EventStatusNames.TryParse(status, out _)) result.AddError($"--status '{status}' is not a status.");
        });
    }

    public EventQuery Read(ParseResult parsed, IReadOnlyList<Dyad.Knowledge.CountryCode> countries) => new()
    {
        Countries = countries,
        From = PartialDate.ParseIso(parsed.GetValue(From)),
        To = PartialDate.ParseIso(parsed.GetValue(To)),
        Types = Split(parsed.GetValue(Types)).Select(t => EventTypeNames.TryParse(t, out var x) ? x : default).ToList(),
        Statuses = Split(parsed.GetValue(Statuses)).Select(s => EventStatusNames.TryParse(s, out var x) ? x : default).ToList(),
        Entity = parsed.GetValue(Entity),
        Search = parsed.GetValue(Search),
    };

    private static IEnumerable<string> Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
