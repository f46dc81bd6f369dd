namespace Dyad.Web.Events;

/// <summary>
/// Where the web gets the machine's events: every event the store holds, as event records. The web applies
/// reviews on top and filters in memory, so a source only has to list. <see cref="FusedEventSource"/> reads
/// the store's fused events.
/// </summary>
public interface IEventSource
{
    /// <summary>The events as the store holds them now. The same list object is returned until the store changes.</summary>
    IReadOnlyList<EventRecord> Events();

    /// <summary>Tells the source the store has changed (an upload finished), so the next call reads it again.</summary>
    void Invalidate();
}
