namespace Dyad.Web.Events;

/// <summary>
/// Which events to list, from a query string: all conditions hold. Empty fields match everything.
/// Generic statements are listed only when <see cref="Status"/> asks for them.
/// </summary>
public sealed record EventFilter
{
    /// <summary>"PAK-RUS" (either order): events between exactly these two states.</summary>
    public string? Pair { get; init; }

    /// <summary>An ISO alpha-3 code of a state taking part.</summary>
    public string? Country { get; init; }

    public string? Type { get; init; }

    public string? Status { get; init; }

    /// <summary>Dated on or after (ISO prefix: 2015, 2015-06, 2015-06-01).</summary>
    public string? From { get; init; }

    /// <summary>Dated on or before (ISO prefix).</summary>
    public string? To { get; init; }

    /// <summary>Words that must all appear in the name, place, people, equipment or evidence (case-insensitive).</summary>
    public string? Q { get; init; }

    /// <summary>accepted, rejected, edited, unreviewed.</summary>
    public string? Review { get; init; }

    /// <summary>A person's name among the participants.</summary>
    public string? Person { get; init; }

    /// <summary>An equipment id (equipment:mi-35).</summary>
    public string? Equipment { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = 50;

    public const int MaxLimit = 1000;
}

/// <summary>One page of a listing and how many match in all.</summary>
public sealed record EventPage(int Total, int Offset, int Limit, IReadOnlyList<EventRecord> Events);
