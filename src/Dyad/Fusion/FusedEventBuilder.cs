using Dyad.Annotation.Events;
using Dyad.Documents;

namespace Dyad.Fusion;

/// <summary>
/// Makes one event record of a cluster's mentions. Where the sources disagree (the year, the place, whether
/// it happened) the value most sources support wins, copies of one report voting once, and the disagreement
/// is kept in <see cref="Event.Conflicts"/>. A later report that an event took place outranks earlier ones that
/// it was planned or proposed: that is the event's course, not a disagreement.
/// </summary>
public static class FusedEventBuilder
{
    public static FusedEvent Build(FusionCluster cluster, SyndicationGroups groups)
    {
        var members = cluster.Members.Select(m => m.Mention)
            .OrderBy(m => m, Comparer<FusionMention>.Create(ReportOrder)).ToList();
        var seed = cluster.Members[0].Mention.Event;
        var e = new Event { Id = cluster.EventId, Type = seed.Type };
        e.Countries.AddRange(seed.Countries.OrderBy(c => c.Value, StringComparer.Ordinal));
        e.Source = members.Select(m => m.Event.Source).FirstOrDefault(s => s is not null);
        e.Target = members.Select(m => m.Event.Target).FirstOrDefault(t => t is not null);

        e.Status = Status(members, groups, e.Conflicts);
        e.Date = Date(members, groups, e.Conflicts);
        e.Name = members.Select(m => m.Event.Name).Where(n => n is not null)
            .OrderByDescending(n => n!.Length).ThenBy(n => n, StringComparer.Ordinal).FirstOrDefault();
        e.Round = members.Select(m => m.Event.Round).FirstOrDefault(r => r is not null);
        e.Location = Location(members, groups, e.Conflicts);
        foreach (var item in members.SelectMany(m => m.Event.Equipment))
        {
            var at = e.Equipment.FindIndex(x => x.Id == item.Id);
            if (at < 0) e.Equipment.Add(item);
            else if (e.Equipment[at].Quantity is null && item.Quantity is not null) e.Equipment[at] = item;
        }
        foreach (var person in members.SelectMany(m => m.Event.Participants))
        {
            var at = e.Participants.FindIndex(p => SameSurname(p.Name, person.Name));
            if (at < 0) e.Participants.Add(person);
            else if (person.Name.Length > e.Participants[at].Name.Length || (e.Participants[at].Role is null && person.Role is not null))
                e.Participants[at] = person with { Role = person.Role ?? e.Participants[at].Role, Country = person.Country ?? e.Participants[at].Country };
        }
        e.Codes = EventCodeTable.Default.For(e.Type, e.Status);
        var confidence = 0.0;
        foreach (var m in members) confidence = EventConfidence.Combine(confidence, m.Event.Confidence);
        e.Confidence = Math.Round(confidence, 2);
        foreach (var m in members)
            foreach (var evidence in m.Event.Evidence.OrderBy(x => x.Span.Start))
                e.Evidence.Add(evidence);

        var sources = members.Select(m => groups.GroupOf(m.DocumentId)).Distinct(StringComparer.Ordinal).Count();
        var documents = members.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count();
        return new FusedEvent(e, sources, documents);
    }

    /// <summary>Earlier reports first (undated last), then by document and mention id.</summary>
    private static int ReportOrder(FusionMention a, FusionMention b)
    {
        var c = MentionFacts.ComparePublished(a.Published, b.Published);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.DocumentId, b.DocumentId);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>How many sources (copy groups) give each value, the values in order of first report.</summary>
    private static List<(string Value, int Support)> Votes(List<FusionMention> members, SyndicationGroups groups, Func<Event, string?> read,
        StringComparer? same = null)
    {
        var votes = new List<(string Value, HashSet<string> Groups)>();
        foreach (var m in members)
        {
            if (read(m.Event) is not { } value) continue;
            var at = votes.FindIndex(v => (same ?? StringComparer.Ordinal).Equals(v.Value, value));
            if (at < 0) votes.Add((value, new HashSet<string>(StringComparer.Ordinal) { groups.GroupOf(m.DocumentId) }));
            else votes[at].Groups.Add(groups.GroupOf(m.DocumentId));
        }
        return votes.Select(v => (v.Value, v.Groups.Count)).ToList();
    }

    private static EventStatus Status(List<FusionMention> members, SyndicationGroups groups, List<EventConflict> conflicts)
    {
        var votes = Votes(members, groups, e => e.Status.ToSchemaName());
        int Support(EventStatus s) => votes.Where(v => v.Value == s.ToSchemaName()).Sum(v => v.Support);
        var happened = Support(EventStatus.Occurred) + Support(EventStatus.Ongoing);
        var negated = Support(EventStatus.Negated);
        if (happened > 0 && negated > 0)
            conflicts.Add(new EventConflict("status", [EventStatus.Negated.ToSchemaName(), EventStatus.Occurred.ToSchemaName()]));
        if (happened > 0 && happened >= negated)
            return Support(EventStatus.Ongoing) > Support(EventStatus.Occurred) ? EventStatus.Ongoing : EventStatus.Occurred;
        if (negated > 0) return EventStatus.Negated;
        // Planned, proposed, speculative: the latest report tells how far things went.
        return members.Where(m => m.Event.Status != EventStatus.Generic).Select(m => m.Event.Status).LastOrDefault(members[0].Event.Status);
    }

    private static EventDate? Date(List<FusionMention> members, SyndicationGroups groups, List<EventConflict> conflicts)
    {
        var dated = members.Where(m => m.Event.Date is not null).ToList();
        if (dated.Count == 0) return null;
        static PartialDate DateOf(FusionMention m) => m.Event.Date!.Value;
        var years = Votes(dated, groups, e => e.Date!.Value.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        var year = years.OrderByDescending(v => v.Support)
            .ThenByDescending(v => dated.Where(m => YearOf(m) == v.Value).Max(m => MentionFacts.Of(DateOf(m))))
            .ThenBy(v => v.Value, StringComparer.Ordinal).First().Value;
        if (years.Count > 1)
        {
            conflicts.Add(new EventConflict("date", years.Select(v => v.Value).Order(StringComparer.Ordinal).ToList()));
            dated = dated.Where(m => YearOf(m) == year).ToList();
        }
        var values = Votes(dated, groups, e => e.Date!.Value.ToString())
            .Select(v => (Value: PartialDate.ParseIso(v.Value)!.Value, v.Support)).ToList();
        // The finest values: those no finer value lies within ('2014' gives way to '2014-11').
        var finest = values.Where(v => !values.Any(w => MentionFacts.Of(w.Value) > MentionFacts.Of(v.Value)
            && MentionComparison.Overlap(v.Value, w.Value))).ToList();
        if (finest.Count > 1 && years.Count == 1)
            conflicts.Add(new EventConflict("date", finest.Select(v => v.Value.ToString()).Order(StringComparer.Ordinal).ToList()));
        var chosen = finest.OrderByDescending(v => v.Support).ThenByDescending(v => MentionFacts.Of(v.Value))
            .ThenBy(v => v.Value.ToString(), StringComparer.Ordinal).First().Value;
        return dated.First(m => DateOf(m).Equals(chosen)).Event.Date;
    }

    private static string YearOf(FusionMention m) => m.Event.Date!.Value.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Location(List<FusionMention> members, SyndicationGroups groups, List<EventConflict> conflicts)
    {
        var votes = Votes(members, groups, e => e.Location, StringComparer.OrdinalIgnoreCase);
        if (votes.Count == 0) return null;
        // 'Krasnodar' and 'Krasnodar region' are one place.
        var distinct = votes.Where(v => !votes.Any(w => w.Value.Length > v.Value.Length
            && NameKey.Fold(w.Value).Contains(NameKey.Fold(v.Value), StringComparison.Ordinal))).ToList();
        if (distinct.Count > 1) conflicts.Add(new EventConflict("location", distinct.Select(v => v.Value).Order(StringComparer.Ordinal).ToList()));
        return votes.OrderByDescending(v => v.Support).First().Value;
    }

    private static bool SameSurname(string a, string b) =>
        NameKey.Fold(a.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? a)
        == NameKey.Fold(b.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? b);
}
