using Dyad.Annotation.Events;
using Dyad.Documents;

namespace Dyad.Fusion;

/// <summary>What fusion reads of a mention once, before comparing it with others: its keys folded, its people, its precision.</summary>
internal sealed class MentionFacts
{
    public MentionFacts(FusionMention mention)
    {
        Mention = mention;
        var e = mention.Event;
        Name = NameKey.Parse(e.Name);
        Title = AgreementTitle.For(e);
        Topic = AgreementTitle.TopicOf(e);
        People = new HashSet<string>(e.Participants.Select(p => Surname(p.Name)).Where(s => s.Length > 0), StringComparer.Ordinal);
        KeyWeight = (Name is not null ? 2 : 0) + (Name?.HasEdition == true ? 2 : 0) + (e.Round is not null ? 2 : 0)
            + (e.Equipment.Count > 0 ? 2 : 0) + (Title is not null && Name is null ? 1 : 0) + (People.Count > 0 ? 1 : 0);
        Precision = Of(e.Date?.Value);
        Equipment = e.Equipment.Select(x => (x, NameKey.Fold(x.Name))).ToList();
    }

    public FusionMention Mention { get; }

    public Event Event => Mention.Event;

    public NameKey? Name { get; }

    public NameKey? Title { get; }

    /// <summary>An agreement's subject words ('training', 'servicemen'): empty when the evidence names none.</summary>
    public HashSet<string> Topic { get; }

    /// <summary>Participants by surname, folded: 'Vladimir Putin' and 'Putin' are one person.</summary>
    public HashSet<string> People { get; }

    /// <summary>How much of a key the mention has: names, editions, rounds, equipment weigh most.</summary>
    public int KeyWeight { get; }

    /// <summary>The event's equipment, each with its name folded once for comparisons.</summary>
    public List<(EventEquipment Item, string Folded)> Equipment { get; }

    /// <summary>0 undated, 1 year, 2 month, 3 day.</summary>
    public int Precision { get; }

    public bool IsGeneric => Event.Status == EventStatus.Generic;

    public static int Of(PartialDate? date) => date is not { } d ? 0 : d.Day is not null ? 3 : d.Month is not null ? 2 : 1;

    private static string Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : NameKey.Fold(words[^1]);
    }

    /// <summary>
    /// The order fusion reads a candidate group in, the same whatever order documents arrived in: mentions with
    /// more of a key first, then the more precisely dated, then the earlier reports, then by id.
    /// </summary>
    public static int CanonicalOrder(MentionFacts a, MentionFacts b)
    {
        var c = b.KeyWeight.CompareTo(a.KeyWeight);
        if (c != 0) return c;
        c = b.Precision.CompareTo(a.Precision);
        if (c != 0) return c;
        c = ComparePublished(a.Mention.Published, b.Mention.Published);
        return c != 0 ? c : string.CompareOrdinal(a.Mention.Id, b.Mention.Id);
    }

    /// <summary>Earlier first, undated last.</summary>
    public static int ComparePublished(PartialDate? a, PartialDate? b) =>
        (a, b) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } x, { } y) => x.Earliest != y.Earliest ? x.Earliest.CompareTo(y.Earliest) : MentionFacts.Of(y).CompareTo(MentionFacts.Of(x)),
        };
}
