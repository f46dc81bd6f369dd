using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dyad.Annotation.Events;
using Dyad.Storage;

namespace Dyad.Web.Events;

/// <summary>
/// The fused events of the store (<see cref="IEventStore"/>): one record a real event, its evidence drawn
/// from every document that reports it. Read whole, and again when the store changes: an upload says so,
/// or the number of documents differs when next asked (checked at most every two seconds).
/// </summary>
public sealed class FusedEventSource : IEventSource
{
    private static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(2);
    private static readonly JsonTypeInfo<EventRecord> Json = WebJsonContext.Default.EventRecord;
    private static readonly EventQuery Everything = new() { Statuses = Enum.GetValues<EventStatus>() };

    private readonly IDocumentStore _documents;
    private readonly IEventStore _events;
    private readonly Lock _rebuild = new();
    private volatile Snapshot? _snapshot;

    public FusedEventSource(IDocumentStore documents, IEventStore events)
    {
        _documents = documents;
        _events = events;
    }

    public IReadOnlyList<EventRecord> Events()
    {
        var snapshot = _snapshot;
        if (snapshot is not null && Stopwatch.GetElapsedTime(snapshot.CheckedAt) < RecheckEvery) return snapshot.Events;
        lock (_rebuild)
        {
            snapshot = _snapshot;
            if (snapshot is not null && Stopwatch.GetElapsedTime(snapshot.CheckedAt) < RecheckEvery) return snapshot.Events;
            var count = _documents.Count();
            _snapshot = snapshot is not null && snapshot.DocumentCount == count
                ? snapshot with { CheckedAt = Stopwatch.GetTimestamp() }
                : new Snapshot(Read(), count, Stopwatch.GetTimestamp());
            return _snapshot.Events;
        }
    }

    public void Invalidate() => _snapshot = null;

    private List<EventRecord> Read()
    {
        var events = new List<EventRecord>();
        foreach (var json in _events.QueryEventRecords(Everything))
            events.Add(JsonSerializer.Deserialize(json, Json)!);
        return events;
    }

    private sealed record Snapshot(IReadOnlyList<EventRecord> Events, long DocumentCount, long CheckedAt);
}
