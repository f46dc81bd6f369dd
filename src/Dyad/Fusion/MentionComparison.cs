using Dyad.Annotation.Events;
using Dyad.Documents;

namespace Dyad.Fusion;

/// <summary>
/// The rules by which two mentions of one type between the same states are one event: the same direction;
/// names, titles, rounds, equipment and quantities that agree where both give them; for visits and meetings,
/// a person in common where both name people; and compatible dates ('2014' and '2014-11' agree, '2014' and
/// '2015' do not). Where both mentions carry a key that names one event (an exercise edition, a round of a
/// named body, an agreement's title, equipment with its quantity) dates a year apart are a conflict of the
/// sources, not two events. Mentions of one document are never merged here: the document told them apart.
/// </summary>
internal static class MentionComparison
{
    /// <summary>How far apart years may be when a shared key says the mentions are one event.</summary>
    private const int YearTolerance = 1;

    public static MentionVerdict Compare(MentionFacts a, MentionFacts b)
    {
        Event x = a.Event, y = b.Event;
        if (a.Mention.DocumentId == b.Mention.DocumentId) return MentionVerdict.Apart($"both told by {a.Mention.DocumentId}, which tells them apart");
        if (a.IsGeneric || b.IsGeneric) return MentionVerdict.Apart("a generic statement is not one event");
        if (x.Source is { } s1 && y.Source is { } s2 && s1 != s2) return MentionVerdict.Apart($"source {s1} ≠ {s2}");
        if (x.Target is { } t1 && y.Target is { } t2 && t1 != t2) return MentionVerdict.Apart($"target {t1} ≠ {t2}");

        var agreed = new List<string>();
        var affinity = 0;
        var identity = false;

        if (a.Name is { } n1 && b.Name is { } n2)
        {
            if (!n1.BaseAgrees(n2)) return MentionVerdict.Apart($"name '{n1}' ≠ '{n2}'");
            if (n1.EditionsDiffer(n2)) return MentionVerdict.Apart($"edition '{n1}' ≠ '{n2}'");
            affinity += 2;
            agreed.Add(n1.Text == n2.Text ? $"name '{n1}'" : $"name '{n1}' ~ '{n2}'");
            if (n1.SameEdition(n2))
            {
                affinity += 2;
                identity = true;
                agreed.Add("same edition");
            }
        }
        else if (a.Name is not null || b.Name is not null) affinity--;

        if (a.Title is { } k1 && b.Title is { } k2 && (a.Name is null || b.Name is null))
        {
            if (!k1.Agrees(k2)) return MentionVerdict.Apart($"title '{k1}' ≠ '{k2}'");
            affinity += 2;
            identity = true;
            agreed.Add($"title '{k1}'");
        }
        else if (a.Name is { } named1 && b.Name is { } named2 && AgreementTitle.AppliesTo(x.Type) && named1.Agrees(named2)) identity = true;

        if (a.Topic.Count > 0 && b.Topic.Count > 0)
        {
            if (!a.Topic.Overlaps(b.Topic))
                return MentionVerdict.Apart($"agreements on different subjects ({string.Join(" ", a.Topic.Order())} / {string.Join(" ", b.Topic.Order())})");
            affinity++;
            agreed.Add($"same subject ({string.Join(" ", a.Topic.Intersect(b.Topic).Order())})");
        }

        if (x.Round is { } r1 && y.Round is { } r2)
        {
            if (r1 != r2) return MentionVerdict.Apart($"round {r1} ≠ {r2}");
            affinity += 2;
            agreed.Add($"round {r1}");
            if (a.Name is not null && b.Name is not null) identity = true;
        }
        else if (x.Round is not null || y.Round is not null) affinity--;

        if (x.Equipment.Count > 0 && y.Equipment.Count > 0)
        {
            var shared = SharedEquipment(x, y);
            if (shared is null) return MentionVerdict.Apart($"equipment {List(x)} ≠ {List(y)}");
            var (p, q) = shared.Value;
            if (p.Quantity is { } q1 && q.Quantity is { } q2)
            {
                if (q1 != q2) return MentionVerdict.Apart($"{q1} × {p.Name} ≠ {q2} × {q.Name}: two transfers");
                identity = true;
                affinity++;
            }
            affinity += 2;
            agreed.Add($"equipment {p.Name}");
        }
        else if (x.Equipment.Count > 0 || y.Equipment.Count > 0) affinity--;

        if (x.Type is EventType.Visit or EventType.Meeting && a.People.Count > 0 && b.People.Count > 0)
        {
            if (!a.People.Overlaps(b.People)) return MentionVerdict.Apart("no person in common");
            affinity++;
            agreed.Add("a person in common");
        }

        if ((ReportedBefore(a, y) ?? ReportedBefore(b, x)) is { } early) return MentionVerdict.Apart(early);
        if (x.Date is { } d1 && y.Date is { } d2)
        {
            var v1 = d1.Value;
            var v2 = d2.Value;
            if (Overlap(v1, v2))
            {
                affinity += v1 == v2 ? 2 : 1;
                agreed.Add(v1 == v2 ? $"date {v1}" : $"dates {v1} and {v2} agree");
            }
            else if (identity && Math.Abs(v1.Year - v2.Year) <= YearTolerance)
                agreed.Add($"dates {v1} and {v2} disagree: kept as a conflict");
            else return MentionVerdict.Apart($"date {v1} ≠ {v2}");
        }
        else agreed.Add(x.Date is null && y.Date is null ? "neither dated" : "one undated");

        var from = x.Source ?? y.Source;
        var to = x.Target ?? y.Target;
        var direction = from is null && to is null ? null : $"{from?.Value ?? "?"} → {to?.Value ?? "?"}";
        var head = direction is null ? "same type and states" : $"same type, states and direction ({direction})";
        return new MentionVerdict(true, affinity, head + "; " + string.Join("; ", agreed));
    }

    /// <summary>
    /// A report that something happened cannot be about an event dated after the report was published: an
    /// undated 'the two sides signed an agreement' in a 2014 article is not the agreement of 2018.
    /// </summary>
    private static string? ReportedBefore(MentionFacts report, Event other)
    {
        if (report.Event.Status is not (EventStatus.Occurred or EventStatus.Ongoing or EventStatus.Negated)) return null;
        if (report.Mention.Published is not { } published || other.Date is not { } date || date.Value.Earliest <= published.Latest) return null;
        return $"{report.Mention.Id} reports it done by {published}, before the other's date {date.Value}";
    }

    /// <summary>Ranges of days that meet: one date lies within the other, or they are the same.</summary>
    public static bool Overlap(PartialDate a, PartialDate b) => a.Earliest <= b.Latest && b.Earliest <= a.Latest;

    private static (EventEquipment, EventEquipment)? SharedEquipment(Event x, Event y)
    {
        foreach (var p in x.Equipment)
            foreach (var q in y.Equipment)
            {
                if (p.Id == q.Id) return (p, q);
                var f = NameKey.Fold(p.Name);
                var g = NameKey.Fold(q.Name);
                if (f.Length > 0 && g.Length > 0 && (f.Contains(g, StringComparison.Ordinal) || g.Contains(f, StringComparison.Ordinal))) return (p, q);
            }
        return null;
    }

    private static string List(Event e) => string.Join("+", e.Equipment.Select(q => q.Name));
}
