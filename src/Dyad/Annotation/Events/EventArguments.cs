using Dyad.Knowledge;

namespace Dyad.Annotation.Events;

/// <summary>The arguments read for one event mention, before mentions of one event are merged.</summary>
internal sealed class EventArguments
{
    public List<CountryCode> Countries { get; } = [];
    public CountryCode? Source { get; set; }
    public CountryCode? Target { get; set; }
    public EventDate? Date { get; set; }
    public string? Name { get; set; }
    public int? Round { get; set; }
    public string? Location { get; set; }
    public List<EventEquipment> Equipment { get; } = [];
    public List<EventParticipant> Participants { get; } = [];

    /// <summary>The mention names one event rather than a kind: a name, a round, equipment or a year.</summary>
    public bool IsSpecific => Name is not null || Round is not null || Equipment.Count > 0 || Date is not null;

    /// <summary>Has a key of its own: a name, a round or equipment.</summary>
    public bool HasKey => Name is not null || Round is not null || Equipment.Count > 0;
}
