using System.Diagnostics;
using Dyad.Storage;
using Dyad.Web.Annotations;

namespace Dyad.Web.Events;

/// <summary>
/// The events of the stored document records, each document's own (not yet fused across documents): the
/// web's source until the fused-event store lands. Reads the whole store once and again when it changes
/// (an upload says so, or the number of documents differs when next asked, at most every two seconds).
/// </summary>
public sealed class DocumentEventSource : IEventSource
{
    private static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(2);

    private readonly IDocumentStore _store;
    private readonly DocumentAnnotations _annotations;
    private readonly Lock _rebuild = new();
    private volatile Snapshot? _snapshot;

    public DocumentEventSource(IDocumentStore store, DocumentAnnotations annotations)
    {
        _store = store;
        _annotations = annotations;
    }

    public IReadOnlyList<EventRecord> Events()
    {
        var snapshot = _snapshot;
        if (snapshot is not null && Stopwatch.GetElapsedTime(snapshot.CheckedAt) < RecheckEvery) return snapshot.Events;
        lock (_rebuild)
        {
            snapshot = _snapshot;
            if (snapshot is not null && Stopwatch.GetElapsedTime(snapshot.CheckedAt) < RecheckEvery) return snapshot.Events;
            var count = _store.Count();
            _snapshot = snapshot is not null && snapshot.DocumentCount == count
                ? snapshot with { CheckedAt = Stopwatch.GetTimestamp() }
                : Read(count);
            return _snapshot.Events;
        }
    }

    public void Invalidate() => _snapshot = null;

    private Snapshot Read(long count)
    {
        var events = new List<EventRecord>();
        foreach (var summary in _store.List())
        {
            if (_store.Find(summary.Id) is { } stored)
                events.AddRange(_annotations.Annotate(stored).Events);
        }
        return new Snapshot(events, count, Stopwatch.GetTimestamp());
    }

    private sealed record Snapshot(IReadOnlyList<EventRecord> Events, long DocumentCount, long CheckedAt);
}
