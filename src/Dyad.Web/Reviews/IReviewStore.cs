namespace Dyad.Web.Reviews;

/// <summary>Where reviews live: an overlay per event and the audit log of every change, each change one transaction.</summary>
public interface IReviewStore
{
    /// <summary>Bumped by every change, so callers can tell whether what they derived from the overlays is current.</summary>
    long Version { get; }

    /// <summary>Every event's current overlay, by event id.</summary>
    IReadOnlyDictionary<string, EventOverlay> Overlays();

    /// <summary>
    /// Applies <paramref name="change"/> to each named event's overlay and writes one audit entry, in one transaction.
    /// The function gets the current overlay (null when none) and returns the new one (null or empty: none).
    /// </summary>
    AuditEntry Change(string user, string action, string summary, IReadOnlyList<string> eventIds, Func<string, EventOverlay?, EventOverlay?> change);

    /// <summary>Undoes an audit entry as a new entry; throws <see cref="ReviewException"/> (409) when a later change touched the same events.</summary>
    AuditEntry Revert(string user, long seq);

    /// <summary>The audit log, newest first; only the entries touching <paramref name="eventId"/> when given.</summary>
    IReadOnlyList<AuditEntry> Audit(string? eventId = null, int limit = 200);

    AuditEntry? FindAudit(long seq);
}
