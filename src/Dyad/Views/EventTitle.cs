using System.Text;
using Dyad.Annotation.Events;

namespace Dyad.Views;

/// <summary>An event in a few words for a line of a table, a timeline or a brief: 'Exercise Druzhba VI at Krasnodar'.</summary>
public static class EventTitle
{
    private static readonly string[] Kinds =
        ["Visit", "Meeting", "Dialogue", "Mechanism set up", "Agreement", "Exercise", "Arms transfer", "Training", "Sanction", "Sanction lifted"];

    public static string KindOf(EventType type) => Kinds[(int)type];

    public static string For(Event e)
    {
        var text = new StringBuilder(KindOf(e.Type));
        if (e.Name is { } name) text.Append(": ").Append(name);
        if (e.Round is { } round) text.Append(", round ").Append(round);
        if (e.Equipment.Count > 0)
            text.Append(": ").Append(string.Join(", ", e.Equipment.Select(x => x.Quantity is { } q ? $"{q} × {x.Name}" : x.Name)));
        text.Append(e.Source is { } s && e.Target is { } t
            ? $" ({s.Value} → {t.Value})"
            : $" ({string.Join("-", e.Countries.Select(c => c.Value))})");
        if (e.Participants.Count > 0) text.Append(", ").Append(string.Join(", ", e.Participants.Take(3).Select(p => p.Name)));
        if (e.Location is { } place) text.Append(", at ").Append(place);
        return text.ToString();
    }

    /// <summary>The date as the record gives it, or 'undated'.</summary>
    public static string DateOf(Event e) => e.Date?.Value.ToString() ?? "undated";
}
