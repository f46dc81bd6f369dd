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

    /// <summary>Whether the two mentions can be one event, how much they share, and why, in words.</summary>
    public static MentionVerdict Compare(MentionFacts a, MentionFacts b)
    {
        var agreed = new List<string>();
        var affinity = Judge(a, b, agreed, out var apart);
        if (affinity is not { } shared) return MentionVerdict.Apart(apart!);
        Event x = a.Event, y = b.Event;
        var from = x.Source ?? y.Source;
        var to = x.Target ?? y.Target;
        var direction = from is null && to is null ? null : $"{from?.Value ?? "?"} → {to?.Value ?? "?"}";
        var head = direction is null ? "same type and states" : $"same type, states and direction ({direction})";
        return new MentionVerdict(true, shared, head + "; " + string.Join("; ", agreed));
    }

    /// <summary>
    /// <see cref="Compare"/> without the words: the affinity when the mentions can be one event, else null.
    /// Allocates nothing, since fusion asks it of every mention and every candidate's members.
    /// </summary>
    public static int? Affinity(MentionFacts a, MentionFacts b)
    {
        // Dates more than the tolerance apart keep any two mentions apart: the cheapest test, and the most frequent answer.
        if (a.Event.Date is { } d1 && b.Event.Date is { } d2 && !Overlap(d1.Value, d2.Value) && Math.Abs(d1.Value.Year - d2.Value.Year) > YearTolerance)
            return null;
        return Judge(a, b, agreed: null, out _);
    }

    /// <summary>
    /// The rules, in the order a reader is told them: the affinity, or null with the first rule that keeps the mentions
    /// apart in <paramref name="apart"/>. Words are written to <paramref name="agreed"/> and <paramref name="apart"/>
    /// only when <paramref name="agreed"/> is given.
    /// </summary>
    private static int? Judge(MentionFacts a, MentionFacts b, List<string>? agreed, out string? apart)
    {
        Event x = a.Event, y = b.Event;
        var explain = agreed is not null;
        apart = null;
        if (a.Mention.DocumentId == b.Mention.DocumentId) return Apart(out apart, explain ? $"both told by {a.Mention.DocumentId}, which tells them apart" : null);
        if (a.IsGeneric || b.IsGeneric) return Apart(out apart, "a generic statement is not one event");
        if (x.Source is { } s1 && y.Source is { } s2 && s1 != s2) return Apart(out apart, explain ? $"source {s1} ≠ {s2}" : null);
        if (x.Target is { } t1 && y.Target is { } t2 && t1 != t2) return Apart(out apart, explain ? $"target {t1} ≠ {t2}" : null);

        var affinity = 0;
        var identity = false;

        if (a.Name is { } n1 && b.Name is { } n2)
        {
            if (!n1.BaseAgrees(n2)) return Apart(out apart, explain ? $"name '{n1}' ≠ '{n2}'" : null);
            if (n1.EditionsDiffer(n2)) return Apart(out apart, explain ? $"edition '{n1}' ≠ '{n2}'" : null);
            affinity += 2;
            agreed?.Add(n1.Text == n2.Text ? $"name '{n1}'" : $"name '{n1}' ~ '{n2}'");
            if (n1.SameEdition(n2))
            {
                affinity += 2;
                identity = true;
                agreed?.Add("same edition");
            }
        }
        else if (a.Name is not null || b.Name is not null) affinity--;

        if (a.Title is { } k1 && b.Title is { } k2 && (a.Name is null || b.Name is null))
        {
            if (!k1.Agrees(k2)) return Apart(out apart, explain ? $"title '{k1}' ≠ '{k2}'" : null);
            affinity += 2;
            identity = true;
            agreed?.Add($"title '{k1}'");
        }
        else if (a.Name is { } named1 && b.Name is { } named2 && AgreementTitle.AppliesTo(x.Type) && named1.Agrees(named2)) identity = true;

        if (a.Topic.Count > 0 && b.Topic.Count > 0)
        {
            if (!a.Topic.Overlaps(b.Topic))
                return Apart(out apart, explain ? $"agreements on different subjects ({string.Join(" ", a.Topic.Order())} / {string.Join(" ", b.Topic.Order())})" : null);
            affinity++;
            agreed?.Add($"same subject ({string.Join(" ", a.Topic.Intersect(b.Topic).Order())})");
        }

        if (x.Round is { } r1 && y.Round is { } r2)
        {
            if (r1 != r2) return Apart(out apart, explain ? $"round {r1} ≠ {r2}" : null);
            affinity += 2;
            agreed?.Add($"round {r1}");
            if (a.Name is not null && b.Name is not null) identity = true;
        }
        else if (x.Round is not null || y.Round is not null) affinity--;

        if (x.Equipment.Count > 0 && y.Equipment.Count > 0)
        {
            var shared = SharedEquipment(a, b);
            if (shared is null) return Apart(out apart, explain ? $"equipment {List(x)} ≠ {List(y)}" : null);
            var (p, q) = shared.Value;
            if (p.Quantity is { } q1 && q.Quantity is { } q2)
            {
                if (q1 != q2) return Apart(out apart, explain ? $"{q1} × {p.Name} ≠ {q2} × {q.Name}: two transfers" : null);
                identity = true;
                affinity++;
            }
            affinity += 2;
            agreed?.Add($"equipment {p.Name}");
        }
        else if (x.Equipment.Count > 0 || y.Equipment.Count > 0) affinity--;

        if (x.Type is EventType.Visit or EventType.Meeting && a.People.Count > 0 && b.People.Count > 0)
        {
            if (!a.People.Overlaps(b.People)) return Apart(out apart, "no person in common");
            affinity++;
            agreed?.Add("a person in common");
        }

        if (ReportedBefore(a, y) || ReportedBefore(b, x))
        {
            var (report, other) = ReportedBefore(a, y) ? (a, y) : (b, x);
            return Apart(out apart, explain ? $"{report.Mention.Id} reports it done by {report.Mention.Published}, before the other's date {other.Date!.Value}" : null);
        }
        if (x.Date is { } d1 && y.Date is { } d2)
        {
            var v1 = d1.Value;
            var v2 = d2.Value;
            if (Overlap(v1, v2))
            {
                affinity += v1 == v2 ? 2 : 1;
                agreed?.Add(v1 == v2 ? $"date {v1}" : $"dates {v1} and {v2} agree");
            }
            else if (identity && Math.Abs(v1.Year - v2.Year) <= YearTolerance)
                agreed?.Add($"dates {v1} and {v2} disagree: kept as a conflict");
            else return Apart(out apart, explain ? $"date {v1} ≠ {v2}" : null);
        }
        else agreed?.Add(x.Date is null && y.Date is null ? "neither dated" : "one undated");
        return affinity;
    }

    private static int? Apart(out string? apart, string? reason)
    {
        apart = reason;
        return null;
    }

    /// <summary>
    /// A report that something happened cannot be about an event dated after the report was published: an
    /// undated 'the two sides signed an agreement' in a 2014 article is not the agreement of 2018.
    /// </summary>
    private static bool ReportedBefore(MentionFacts report, Event other) =>
        report.Event.Status is EventStatus.Occurred or EventStatus.Ongoing or EventStatus.Negated
        && report.Mention.Published is { } published && other.Date is { } date && date.Value.Earliest > published.Latest;

    /// <summary>Ranges of days that meet: one date lies within the other, or they are the same.</summary>
    public static bool Overlap(PartialDate a, PartialDate b) => a.Earliest <= b.Latest && b.Earliest <= a.Latest;

    private static (EventEquipment, EventEquipment)? SharedEquipment(MentionFacts a, MentionFacts b)
    {
        for (var i = 0; i < a.Equipment.Count; i++)
            for (var j = 0; j < b.Equipment.Count; j++)
            {
                var (p, f) = a.Equipment[i];
                var (q, g) = b.Equipment[j];
                if (p.Id == q.Id) return (p, q);
                if (f.Length > 0 && g.Length > 0 && (f.Contains(g, StringComparison.Ordinal) || g.Contains(f, StringComparison.Ordinal))) return (p, q);
            }
        return null;
    }

    private static string List(Event e) => string.Join("+", e.Equipment.Select(q => q.Name));
}
