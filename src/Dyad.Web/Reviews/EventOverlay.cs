using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Dyad.Web.Reviews;

/// <summary>
/// What people changed about one event, keyed by its stable id so it outlives re-ingestion: a verdict,
/// fields set by hand, the event it was merged into, and the parts split off it (each a new event holding
/// the evidence named by <see cref="Dyad.Web.Events.EvidenceSpan.Key"/>).
/// </summary>
public sealed record EventOverlay
{
    public static readonly EventOverlay Empty = new();

    /// <summary>accepted, rejected, or null.</summary>
    public string? Verdict { get; init; }

    /// <summary>Field name (status, type, date, name, location, round, source, target) → the value set; sorted, so equal overlays print alike.</summary>
    public SortedDictionary<string, string?> Fields { get; init; } = new(StringComparer.Ordinal);

    public string? MergedInto { get; init; }

    public IReadOnlyList<SplitPart> Splits { get; init; } = [];

    /// <summary>
    /// Evidence keys the event had when first reviewed: if fusion later gives the event another id (a new report
    /// became its seed), the review follows its evidence to the event that holds it now.
    /// </summary>
    public IReadOnlyList<string> Anchor { get; init; } = [];

    public DateTimeOffset? ChangedAt { get; init; }

    public string? ChangedBy { get; init; }

    public bool IsEmpty => Verdict is null && Fields.Count == 0 && MergedInto is null && Splits.Count == 0;

    /// <summary>This overlay, anchored to the event's evidence unless it already is.</summary>
    public EventOverlay AnchoredTo(IEnumerable<string> evidenceKeys) => Anchor.Count > 0 ? this : this with { Anchor = evidenceKeys.Take(8).ToList() };

    private static readonly JsonTypeInfo<EventOverlay> Json = WebJsonContext.Default.EventOverlay;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static EventOverlay FromJson(string json) => JsonSerializer.Deserialize(json, Json) ?? Empty;

    /// <summary>True when both say the same (who and when aside).</summary>
    public static bool SameChanges(EventOverlay? a, EventOverlay? b) =>
        Canonical(a) == Canonical(b);

    private static string Canonical(EventOverlay? overlay) =>
        overlay is null || overlay.IsEmpty ? "" : (overlay with { ChangedAt = null, ChangedBy = null, Anchor = [] }).ToJson();
}

/// <summary>A new event split off another, holding the evidence with these keys.</summary>
public sealed record SplitPart(string Id, IReadOnlyList<string> Evidence);

/// <summary>One event's overlay before and after a change (null: none).</summary>
public sealed record OverlayChange(string EventId, EventOverlay? Before, EventOverlay? After);

/// <summary>
/// One line of the audit log: who did what when, to which events, with every overlay before and after,
/// so it can be undone; and whether it undid an earlier line or was itself undone.
/// </summary>
public sealed record AuditEntry(
    long Seq,
    DateTimeOffset At,
    string User,
    string Action,
    string Summary,
    IReadOnlyList<OverlayChange> Changes,
    long? Reverts,
    long? RevertedBy);

/// <summary>A change that cannot be made as asked: the event is unknown, a value is invalid, or a revert would undo later work.</summary>
public sealed class ReviewException(string message, int statusCode = 400) : Exception(message)
{
    /// <summary>The HTTP status that says why: 400 bad request, 404 unknown event, 409 conflict.</summary>
    public int StatusCode { get; } = statusCode;
}
