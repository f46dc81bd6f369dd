namespace Dyad.Annotation.Events;

/// <summary>What the text says of an event's reality: told as done, under way, agreed, offered, possible, denied, or a habit.</summary>
public enum EventStatus
{
    Occurred,
    Ongoing,

    /// <summary>Agreed or scheduled.</summary>
    Planned,

    /// <summary>Offered, sought, in talks, awaited.</summary>
    Proposed,

    /// <summary>A possibility the writer raises (hedged).</summary>
    Speculative,

    Negated,

    /// <summary>A habit or a series ("military exercises have taken place"), not one event; scorers ignore it.</summary>
    Generic,
}

public static class EventStatusNames
{
    private static readonly string[] Names = ["occurred", "ongoing", "planned", "proposed", "speculative", "negated", "generic"];

    /// <summary>The name the JSON output uses: occurred, ongoing, …</summary>
    public static string ToSchemaName(this EventStatus status) => Names[(int)status];

    public static bool TryParse(string name, out EventStatus status)
    {
        var at = Array.IndexOf(Names, name.Trim().ToLowerInvariant());
        status = at >= 0 ? (EventStatus)at : default;
        return at >= 0;
    }
}
