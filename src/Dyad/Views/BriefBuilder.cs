using Dyad.Annotation.Events;
using Dyad.Fusion;
using Dyad.Knowledge;
using Dyad.Storage;

namespace Dyad.Views;

/// <summary>
/// Builds the brief on a pair from its fused events: summary counts; standing mechanisms with their rounds;
/// agreements; exercises; an arms-transfer register (supplier, recipient, designation, quantity, year, status,
/// sources, after SIPRI's); visits; people by office; other events; open questions (proposed and speculative);
/// where the sources disagree; and events a year by type. Every line cites the quotes of the events it states.
/// </summary>
public sealed class BriefBuilder
{
    private readonly IReadOnlyDictionary<string, ReportSource> _reports;
    private readonly List<BriefFootnote> _footnotes = [];
    private readonly Dictionary<string, List<int>> _notesByEvent = new(StringComparer.Ordinal);

    private BriefBuilder(IReadOnlyDictionary<string, ReportSource> reports) => _reports = reports;

    public static Brief Build(CountryCode a, CountryCode b, IReadOnlyList<FusedEvent> events, IReadOnlyDictionary<string, ReportSource> reports) =>
        new BriefBuilder(reports).Make(a, b, events);

    private Brief Make(CountryCode a, CountryCode b, IReadOnlyList<FusedEvent> events)
    {
        var open = events.Where(e => e.Event.Status is EventStatus.Proposed or EventStatus.Speculative).ToList();
        var settled = events.Where(e => e.Event.Status is not (EventStatus.Proposed or EventStatus.Speculative)).ToList();
        List<FusedEvent> Of(params EventType[] types) => settled.Where(e => types.Contains(e.Event.Type)).ToList();
        var sections = new List<BriefSection>
        {
            Mechanisms(Of(EventType.Dialogue, EventType.MechanismEstablished)),
            Lines("Agreements", Of(EventType.Agreement)),
            Lines("Exercises", Of(EventType.Exercise)),
            Transfers(Of(EventType.ArmsTransfer)),
            Lines("Visits", Of(EventType.Visit)),
            People(events),
            Lines("Meetings, training and sanctions", Of(EventType.Meeting, EventType.Training, EventType.Sanction, EventType.SanctionLifted)),
            Lines("Open questions (proposed and speculative)", open),
            Disagreements(events),
        };
        var dated = events.Where(e => e.Event.Date is not null).Select(e => e.Event.Date!.Value.Year).ToList();
        var sources = events.SelectMany(e => e.Event.Evidence.Select(x => x.Document)).Distinct().Count();
        var summary = new List<string>
        {
            $"{events.Count} events between {CountryNames.Of(a)} and {CountryNames.Of(b)}"
                + (dated.Count > 0 ? $", dated {dated.Min()}–{dated.Max()}" : "") + $", from {sources} document{(sources == 1 ? "" : "s")}.",
        };
        foreach (var group in events.GroupBy(e => e.Event.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
            summary.Add($"{EventTitle.KindOf(group.Key)}: {group.Count()}");
        var conflicts = events.Count(e => e.Event.Conflicts.Count > 0);
        summary.Add($"Reported by more than one source: {events.Count(e => e.SourceCount > 1)}; sources disagree on {conflicts}; open questions: {open.Count}.");
        return new Brief(a, b, $"{CountryNames.Of(a)} – {CountryNames.Of(b)}: a sourced brief", summary,
            sections.Where(s => s.Lines.Count > 0).ToList(), _footnotes, YearChart.Svg(events));
    }

    private BriefSection Lines(string heading, List<FusedEvent> events) =>
        new(heading, events.Select(e => new BriefLine(Line(e), Notes(e))).ToList());

    private static string Line(FusedEvent fused)
    {
        var e = fused.Event;
        var sources = fused.SourceCount == 1 ? "1 source" : $"{fused.SourceCount} sources";
        return $"{EventTitle.DateOf(e)}: {EventTitle.For(e)}, {e.Status.ToSchemaName()} ({sources})";
    }

    private BriefSection Mechanisms(List<FusedEvent> events)
    {
        var lines = new List<BriefLine>();
        foreach (var body in events.GroupBy(e => e.Event.Name ?? "Unnamed bodies").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sessions = body.OrderBy(e => e.Event.Round ?? int.MaxValue).ThenBy(e => e.Event.Date?.Value.Earliest ?? DateOnly.MaxValue).ToList();
            var parts = sessions.Select(e => (e.Event.Type == EventType.MechanismEstablished ? "set up" : e.Event.Round is { } r ? $"round {r}" : "session")
                + $" ({EventTitle.DateOf(e.Event)})");
            lines.Add(new BriefLine($"{body.Key}: {string.Join("; ", parts)}", sessions.SelectMany(Notes).ToList()));
        }
        return new BriefSection("Standing mechanisms", lines);
    }

    private BriefSection Transfers(List<FusedEvent> events)
    {
        var rows = new List<BriefLine>();
        foreach (var fused in events)
        {
            var e = fused.Event;
            var items = e.Equipment.Count > 0 ? e.Equipment : [new EventEquipment("", "unnamed", null)];
            foreach (var item in items)
                rows.Add(new BriefLine(Line(fused), Notes(fused),
                [
                    e.Source is { } s ? CountryNames.Of(s) : "?", e.Target is { } t ? CountryNames.Of(t) : "?", item.Name,
                    item.Quantity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    e.Date?.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", e.Status.ToSchemaName(),
                    fused.SourceCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ]));
        }
        return new BriefSection("Arms transfers", rows, ["Supplier", "Recipient", "Designation", "Quantity", "Year", "Status", "Sources"]);
    }

    private BriefSection People(IReadOnlyList<FusedEvent> events)
    {
        var people = new Dictionary<string, (EventParticipant Person, List<FusedEvent> Events)>(StringComparer.Ordinal);
        foreach (var fused in events)
            foreach (var person in fused.Event.Participants)
            {
                if (!people.TryGetValue(person.Name, out var entry)) people[person.Name] = entry = (person, []);
                if (entry.Person.Role is null && person.Role is not null) people[person.Name] = entry = (person, entry.Events);
                entry.Events.Add(fused);
            }
        var lines = people.Values
            .OrderBy(p => p.Person.Country?.Value ?? "~", StringComparer.Ordinal).ThenBy(p => p.Person.Role ?? "~", StringComparer.Ordinal)
            .ThenBy(p => p.Person.Name, StringComparer.Ordinal)
            .Select(p => new BriefLine(
                $"{(p.Person.Country is { } c ? CountryNames.Of(c) : "Unknown state")}, {p.Person.Role ?? "office not given"}: {p.Person.Name} "
                + $"({p.Events.Count} event{(p.Events.Count == 1 ? "" : "s")}: {string.Join("; ", p.Events.Select(e => EventTitle.KindOf(e.Event.Type) + " " + EventTitle.DateOf(e.Event)))})",
                p.Events.SelectMany(Notes).Distinct().ToList()))
            .ToList();
        return new BriefSection("People by office", lines);
    }

    private BriefSection Disagreements(IReadOnlyList<FusedEvent> events) =>
        new("Where the sources disagree", events.Where(e => e.Event.Conflicts.Count > 0).Select(fused =>
        {
            var e = fused.Event;
            var said = string.Join("; ", e.Conflicts.Select(c => $"{c.Field}: {string.Join(" / ", c.Values)} (kept: {Kept(e, c.Field)})"));
            return new BriefLine($"{EventTitle.For(e)}: {said}", Notes(fused));
        }).ToList());

    private static string Kept(Event e, string field) => field switch
    {
        "date" => EventTitle.DateOf(e),
        "location" => e.Location ?? "none",
        "status" => e.Status.ToSchemaName(),
        _ => "?",
    };

    /// <summary>The footnotes quoting an event's evidence, numbered on first use.</summary>
    private List<int> Notes(FusedEvent fused)
    {
        if (_notesByEvent.TryGetValue(fused.Id, out var notes)) return notes;
        notes = [];
        foreach (var evidence in fused.Event.Evidence)
        {
            var number = _footnotes.Count + 1;
            _footnotes.Add(new BriefFootnote(number, evidence.Text, fused.Id, _reports.GetValueOrDefault(evidence.Document), evidence.Source));
            notes.Add(number);
        }
        _notesByEvent[fused.Id] = notes;
        return notes;
    }
}
