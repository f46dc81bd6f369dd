using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Annotation.Events;

/// <summary>
/// An event a document reports (output-schema.md, "Event record"): its type and status, the states
/// taking part and, for directed events, which way it goes; the arguments the text gives; and every
/// span that says it. One real event a document tells several times is one <see cref="Event"/> with
/// several evidence spans.
/// </summary>
public sealed class Event
{
    /// <summary>Stable: derived from the document id, the type, the countries and the event's key.</summary>
    public string Id { get; set; } = "";

    public EventType Type { get; set; }

    public EventStatus Status { get; set; }

    /// <summary>The states taking part, sorted by code.</summary>
    public List<CountryCode> Countries { get; } = [];

    /// <summary>Directed events: the visitor, supplier, imposer or trainer; null otherwise or when the text does not say.</summary>
    public CountryCode? Source { get; set; }

    /// <summary>Directed events: the host, recipient, target or trainee.</summary>
    public CountryCode? Target { get; set; }

    /// <summary>When it happened, from the text's own time expressions; never the publication date by default.</summary>
    public EventDate? Date { get; set; }

    /// <summary>The exercise, mechanism, agreement or programme ("Druzhba VI", "Joint Military Consultative Committee").</summary>
    public string? Name { get; set; }

    /// <summary>The ordinal of a dialogue session: 3 for "third round", 1 for "inaugural".</summary>
    public int? Round { get; set; }

    public string? Location { get; set; }

    public List<EventEquipment> Equipment { get; } = [];

    public List<EventParticipant> Participants { get; } = [];

    public EventCodes Codes { get; set; } = EventCodes.None;

    /// <summary>0..1: how surely the text reports this event as typed, from trigger strength, arguments found and hedges.</summary>
    public double Confidence { get; set; }

    /// <summary>Fields on which the sources disagree; empty within one document.</summary>
    public List<EventConflict> Conflicts { get; } = [];

    /// <summary>The spans that report the event, in text order.</summary>
    public List<EventEvidence> Evidence { get; } = [];
}

/// <summary>An event's date and the words that give it.</summary>
public sealed record EventDate(PartialDate Value, string Text);

/// <summary>Equipment an event moves: knowledge-base id, canonical name, how many when the text says.</summary>
public sealed record EventEquipment(string Id, string Name, int? Quantity);

/// <summary>A person taking part, with the office held then and the state it belongs to.</summary>
public sealed record EventParticipant(string Name, string? Role, CountryCode? Country);

/// <summary>The event in CAMEO and PLOVER terms; either is null where the scheme has no code for it.</summary>
public sealed record EventCodes(string? Cameo, string? Plover)
{
    public static readonly EventCodes None = new(null, null);
}

/// <summary>A span of a document that reports the event.</summary>
public sealed record EventEvidence(string Source, string Document, TextSpan Span, string Text);

/// <summary>A field on which reports disagree, with the values they give.</summary>
public sealed record EventConflict(string Field, IReadOnlyList<string> Values);
