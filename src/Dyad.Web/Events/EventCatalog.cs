using Dyad.Web.Reviews;

namespace Dyad.Web.Events;

/// <summary>
/// The events as people see them: the machine's events with every review applied (splits, then merges,
/// then verdicts and edited fields), filtered and paged in memory. The reviewed list is derived once per
/// change of either the source or the reviews.
/// </summary>
public sealed class EventCatalog
{
    private readonly IEventSource _source;
    private readonly IReviewStore _reviews;
    private volatile View? _view;
    private readonly Lock _derive = new();

    public EventCatalog(IEventSource source, IReviewStore reviews)
    {
        _source = source;
        _reviews = reviews;
    }

    public IEventSource Source => _source;

    /// <summary>Every event after review, in date order (undated last), ties by id.</summary>
    public IReadOnlyList<EventRecord> All() => Current().Events;

    /// <summary>How many events there are after review.</summary>
    public int Count => Current().Events.Count;

    public EventRecord? Find(string id)
    {
        var view = Current();
        if (view.ById.TryGetValue(id, out var found)) return found;
        // An event merged into another is found at the event that holds it now.
        return view.MergedAway.TryGetValue(id, out var into) && view.ById.TryGetValue(into, out var holder) ? holder : null;
    }

    /// <summary>The events (after review) with evidence in a document, in date order.</summary>
    public IReadOnlyList<EventRecord> InDocument(string documentId) => Current().ByDocument.GetValueOrDefault(documentId) ?? [];

    /// <summary>The machine's event before any review; null when the store has no such event.</summary>
    public EventRecord? FindMachine(string id) => Current().Machine.GetValueOrDefault(id);

    /// <summary>
    /// One page of the events the filter matches. Only the candidates are scanned: the events of the rarer
    /// state of a pair, of a country or of a type, within the dates asked (events are in date order, so a
    /// date range is a slice found by binary search); a listing with no filter is a slice outright.
    /// </summary>
    public EventPage Query(EventFilter filter)
    {
        var page = QueryIndexed(filter);
        return new EventPage(page.Total, page.Offset, page.Limit, page.Events.Select(e => e.Event).ToList());
    }

    /// <summary>The same page, each event with its JSON ready (serialized once per view, not once per request).</summary>
    internal (int Total, int Offset, int Limit, List<IndexedEvent> Events) QueryIndexed(EventFilter filter)
    {
        var view = Current();
        var offset = Math.Max(0, filter.Offset);
        var limit = Math.Clamp(filter.Limit, 1, EventFilter.MaxLimit);
        var page = new List<IndexedEvent>(Math.Min(limit, 256));
        var candidates = view.Index.Candidates(filter, view.Vocabulary);
        if (EventIndex.IsUnfiltered(filter))
        {
            for (var i = offset; i < Math.Min(candidates.Length, offset + limit); i++) page.Add(view.Indexed[candidates[i]]);
            return (candidates.Length, offset, limit, page);
        }
        var (lo, hi) = view.Index.DateSlice(candidates, filter);
        var match = EventMatcher.For(filter, view.Vocabulary);
        var keys = view.Keys;
        var total = 0;
        for (var c = lo; c < hi; c++)
        {
            var i = candidates[c];
            if (!match(keys[i], view.Indexed[i])) continue;
            if (total >= offset && page.Count < limit) page.Add(view.Indexed[i]);
            total++;
        }
        return (total, offset, limit, page);
    }

    private View Current()
    {
        var machine = _source.Events();
        var version = _reviews.Version;
        var view = _view;
        if (view is not null && ReferenceEquals(view.Source, machine) && view.ReviewVersion == version) return view;
        lock (_derive)
        {
            view = _view;
            if (view is not null && ReferenceEquals(view.Source, machine) && view.ReviewVersion == version) return view;
            return _view = Derive(machine, version);
        }
    }

    private View Derive(IReadOnlyList<EventRecord> machine, long version)
    {
        var byId = new Dictionary<string, EventRecord>(machine.Count, StringComparer.Ordinal);
        foreach (var e in machine) byId.TryAdd(e.Id, e);
        var machineById = new Dictionary<string, EventRecord>(byId, StringComparer.Ordinal);
        var (overlays, moved) = Rehome(_reviews.Overlays(), machine, byId);

        // Splits: parts leave their event with the evidence they name.
        foreach (var (id, overlay) in overlays)
        {
            if (overlay.Splits.Count == 0 || !byId.TryGetValue(id, out var whole)) continue;
            var rest = whole.Evidence.ToList();
            foreach (var part in overlay.Splits)
            {
                var moving = part.Evidence.ToHashSet(StringComparer.Ordinal);
                var taken = rest.Where(ev => moving.Contains(ev.Key)).ToList();
                if (taken.Count == 0) continue;
                rest.RemoveAll(ev => moving.Contains(ev.Key));
                byId[part.Id] = whole with { Id = part.Id, Evidence = taken, Conflicts = [], Review = Summary(null, whole, [], id) };
            }
            byId[id] = whole with { Evidence = rest };
        }

        // Merges: an event merged into another lends it its evidence and leaves the list.
        var mergedAway = new Dictionary<string, string>(StringComparer.Ordinal);
        var mergedFrom = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (id, overlay) in overlays)
        {
            if (overlay.MergedInto is null || !byId.ContainsKey(id)) continue;
            var into = Holder(moved.GetValueOrDefault(overlay.MergedInto, overlay.MergedInto), overlays);
            if (into == id || !byId.ContainsKey(into)) continue;
            mergedAway[id] = into;
        }
        foreach (var (id, into) in mergedAway.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var gone = byId[id];
            var holder = byId[into];
            var evidence = holder.Evidence.Concat(gone.Evidence).DistinctBy(ev => ev.Key).ToList();
            byId[into] = holder with { Evidence = evidence };
            (mergedFrom.TryGetValue(into, out var list) ? list : mergedFrom[into] = []).Add(id);
            byId.Remove(id);
        }
        foreach (var (id, home) in moved)
            mergedAway[id] = overlays.GetValueOrDefault(home)?.MergedInto is { } into ? Holder(into, overlays) : home;

        // Verdicts and edited fields.
        foreach (var id in byId.Keys.ToList())
        {
            var overlay = overlays.GetValueOrDefault(id);
            var from = mergedFrom.GetValueOrDefault(id) ?? [];
            var e = byId[id];
            if (overlay is null && from.Count == 0) continue;
            var edited = overlay is null ? e : EventEdits.Apply(e, overlay.Fields);
            byId[id] = edited with { Review = Summary(overlay, e, from, e.Review?.SplitFrom) };
        }

        var ordered = byId.Values
            .OrderBy(e => e.SortDate, StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var byDocument = new Dictionary<string, List<EventRecord>>(StringComparer.Ordinal);
        foreach (var e in ordered)
            foreach (var doc in e.Evidence.Select(ev => ev.Doc).Distinct(StringComparer.Ordinal))
                (byDocument.TryGetValue(doc, out var list) ? list : byDocument[doc] = []).Add(e);
        var vocabulary = new EventVocabulary();
        var keys = ordered.Select(e => new EventKey(e, vocabulary)).ToArray();
        return new View(machine, version, ordered, keys, ordered.Select(e => new IndexedEvent(e)).ToArray(), vocabulary, new EventIndex(keys, vocabulary),
            byDocument.ToDictionary(p => p.Key, p => (IReadOnlyList<EventRecord>)p.Value, StringComparer.Ordinal), byId, machineById, mergedAway);
    }

    /// <summary>
    /// Overlays whose event id the store no longer has (fusion re-seeded the event when a new report came)
    /// move to the event that holds their anchor evidence now, unless that event has a review of its own.
    /// Returns the overlays by current id, and the old ids with where they went.
    /// </summary>
    private static (Dictionary<string, EventOverlay> Overlays, Dictionary<string, string> Moved) Rehome(
        IReadOnlyDictionary<string, EventOverlay> overlays, IReadOnlyList<EventRecord> machine, Dictionary<string, EventRecord> byId)
    {
        var current = new Dictionary<string, EventOverlay>(overlays, StringComparer.Ordinal);
        var moved = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = overlays.Values.SelectMany(o => o.Splits).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        if (overlays.All(o => byId.ContainsKey(o.Key) || parts.Contains(o.Key))) return (current, moved);
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in machine)
            foreach (var ev in e.Evidence) owner.TryAdd(ev.Key, e.Id);
        foreach (var (id, overlay) in overlays)
        {
            if (byId.ContainsKey(id) || parts.Contains(id)) continue; // a split part is made later, from its event
            var home = overlay.Anchor.Select(key => owner.GetValueOrDefault(key)).FirstOrDefault(h => h is not null);
            if (home is null || current.ContainsKey(home)) continue;
            current.Remove(id);
            current[home] = overlay;
            moved[id] = home;
        }
        return (current, moved);
    }

    /// <summary>Follows merges to the event that holds a merged one now.</summary>
    private static string Holder(string id, IReadOnlyDictionary<string, EventOverlay> overlays)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (overlays.GetValueOrDefault(id)?.MergedInto is { } next && seen.Add(id)) id = next;
        return id;
    }

    private static ReviewSummary Summary(EventOverlay? overlay, EventRecord machine, IReadOnlyList<string> mergedFrom, string? splitFrom)
    {
        var edits = new Dictionary<string, FieldEdit>(StringComparer.Ordinal);
        if (overlay is not null)
            foreach (var (field, value) in overlay.Fields)
                edits[field] = new FieldEdit(value, EventEdits.Read(machine, field));
        return new ReviewSummary(overlay?.Verdict, edits, mergedFrom, splitFrom, overlay?.ChangedBy, overlay?.ChangedAt);
    }

    private sealed record View(
        IReadOnlyList<EventRecord> Source,
        long ReviewVersion,
        IReadOnlyList<EventRecord> Events,
        EventKey[] Keys,
        IndexedEvent[] Indexed,
        EventVocabulary Vocabulary,
        EventIndex Index,
        IReadOnlyDictionary<string, IReadOnlyList<EventRecord>> ByDocument,
        IReadOnlyDictionary<string, EventRecord> ById,
        IReadOnlyDictionary<string, EventRecord> Machine,
        IReadOnlyDictionary<string, string> MergedAway);
}
