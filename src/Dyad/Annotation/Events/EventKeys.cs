namespace Dyad.Annotation.Events;

/// <summary>What makes an event mention name one event rather than a kind of event.</summary>
internal static class EventKeys
{
    /// <summary>The mention names one event: a name, a round, equipment or a date.</summary>
    public static bool IsSpecific(this Event e) => e.HasKey() || e.Date is not null;

    /// <summary>Has a key of its own: a name, a round or equipment.</summary>
    public static bool HasKey(this Event e) => e.Name is not null || e.Round is not null || e.Equipment.Count > 0;
}
