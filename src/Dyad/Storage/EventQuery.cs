using Dyad.Annotation.Events;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Storage;

/// <summary>
/// Which fused events to list: all conditions must hold. Events come in date order (undated last).
/// Generic statements are left out unless <see cref="Statuses"/> asks for them.
/// </summary>
public sealed record EventQuery
{
    /// <summary>States that all take part (two for a pair); empty for any.</summary>
    public IReadOnlyList<CountryCode> Countries { get; init; } = [];

    public IReadOnlyList<EventType> Types { get; init; } = [];

    /// <summary>Empty: every status but generic.</summary>
    public IReadOnlyList<EventStatus> Statuses { get; init; } = [];

    /// <summary>Events dated on or after the first day of this date; undated events are left out when set.</summary>
    public PartialDate? From { get; init; }

    /// <summary>Events dated on or before the last day of this date; undated events are left out when set.</summary>
    public PartialDate? To { get; init; }

    /// <summary>A name the event gives: a person, office, equipment, place, exercise or body (full-text).</summary>
    public string? Entity { get; init; }

    /// <summary>A full-text query over names and quoted evidence (SQLite FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*).</summary>
    public string? Search { get; init; }

    public int? Limit { get; init; }
}
