using System.Security.Cryptography;
using System.Text;
using Dyad.Web.Events;

namespace Dyad.Web.Reviews;

/// <summary>A review of one event: a verdict, fields to set (null or "" clears a field set earlier), or both.</summary>
public sealed record ReviewRequest
{
    /// <summary>accept, reject, edit, or clear (drop the verdict).</summary>
    public required string Action { get; init; }

    public Dictionary<string, string?>? Fields { get; init; }

    public string? Note { get; init; }
}

/// <summary>Merge: the other events join the first (their evidence with it, their ids answering to it).</summary>
public sealed record MergeRequest(IReadOnlyList<string> Ids, string? Note = null);

/// <summary>Split: the evidence named by key (doc:start-end) leaves the event as a new one.</summary>
public sealed record SplitRequest(IReadOnlyList<string> Evidence, string? Note = null);

/// <summary>
/// What people may do to events, checked against the current events and written through the review store,
/// one audit entry a request. Every method names the user who asked.
/// </summary>
public sealed class ReviewService(EventCatalog catalog, IReviewStore store)
{
    public AuditEntry Review(string user, string eventId, ReviewRequest request)
    {
        var current = catalog.Find(eventId) ?? throw new ReviewException($"no event {eventId}", 404);
        if (current.Id != eventId) throw new ReviewException($"event {eventId} was merged into {current.Id}: review that one", 409);
        var action = request.Action.Trim().ToLowerInvariant();
        string? verdict = action switch
        {
            "accept" => "accepted",
            "reject" => "rejected",
            "edit" or "clear" => null,
            _ => throw new ReviewException($"unknown action '{request.Action}' (accept, reject, edit or clear)"),
        };
        var machine = catalog.FindMachine(eventId) ?? current;
        // Only what changes: a form sends every field, most as they are.
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (field, value) in request.Fields ?? [])
        {
            var wanted = EventEdits.Normalize(field, value);
            if ((wanted ?? EventEdits.Read(machine, field)) != EventEdits.Read(current, field)) fields[field] = wanted;
        }
        if (action == "edit" && fields.Count == 0) throw new ReviewException("nothing to change: the fields are as they are already");

        var summary = action switch
        {
            "edit" => $"edit {eventId}: " + string.Join(", ", fields.Select(f => $"{f.Key} = {f.Value ?? "(machine's)"}")),
            _ => $"{action} {eventId}" + (fields.Count > 0 ? " with " + string.Join(", ", fields.Select(f => $"{f.Key} = {f.Value}")) : ""),
        };
        summary += Note(request.Note);
        return store.Change(user, action, summary, [eventId], (_, before) =>
        {
            var overlay = before ?? EventOverlay.Empty;
            var kept = new SortedDictionary<string, string?>(overlay.Fields, StringComparer.Ordinal);
            foreach (var (field, value) in fields)
            {
                // Setting a field back to what the machine said, or clearing it, drops the edit.
                if (value is null || value == EventEdits.Read(machine, field)) kept.Remove(field);
                else kept[field] = value;
            }
            return (overlay with
            {
                Verdict = action == "edit" ? overlay.Verdict : verdict,
                Fields = kept,
            }).AnchoredTo(Keys(machine));
        });
    }

    public AuditEntry Merge(string user, MergeRequest request)
    {
        var ids = request.Ids.Select(id => id.Trim()).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count < 2) throw new ReviewException("a merge needs at least two events");
        foreach (var id in ids)
        {
            var found = catalog.Find(id) ?? throw new ReviewException($"no event {id}", 404);
            if (found.Id != id) throw new ReviewException($"event {id} was already merged into {found.Id}", 409);
        }
        var into = ids[0];
        return store.Change(user, "merge", $"merge {string.Join(", ", ids.Skip(1))} into {into}{Note(request.Note)}", ids.Skip(1).ToList(),
            (id, before) => ((before ?? EventOverlay.Empty) with { MergedInto = into }).AnchoredTo(Keys(catalog.FindMachine(id))));
    }

    /// <summary>Splits the named evidence off as a new event, whose id is derived from the event's and the evidence's, so it is stable.</summary>
    public (AuditEntry Entry, string NewId) Split(string user, string eventId, SplitRequest request)
    {
        var current = catalog.Find(eventId) ?? throw new ReviewException($"no event {eventId}", 404);
        if (current.Id != eventId) throw new ReviewException($"event {eventId} was merged into {current.Id}", 409);
        var keys = request.Evidence.Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0) throw new ReviewException("a split needs the evidence to move (keys doc:start-end)");
        var known = current.Evidence.Select(ev => ev.Key).ToHashSet(StringComparer.Ordinal);
        if (keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown) throw new ReviewException($"event {eventId} has no evidence {unknown}");
        if (keys.Count == known.Count) throw new ReviewException("a split must leave some evidence with the event");

        var newId = SplitId(eventId, keys);
        var entry = store.Change(user, "split", $"split {newId} off {eventId} ({keys.Count} of {known.Count} evidence){Note(request.Note)}", [eventId],
            (_, before) =>
            {
                var overlay = before ?? EventOverlay.Empty;
                return (overlay with { Splits = [.. overlay.Splits, new SplitPart(newId, keys)] }).AnchoredTo(Keys(catalog.FindMachine(eventId)));
            });
        return (entry, newId);
    }

    public AuditEntry Revert(string user, long seq) => store.Revert(user, seq);

    private static string SplitId(string eventId, IEnumerable<string> keys)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', keys.Order(StringComparer.Ordinal))));
        return $"{eventId}-s{Convert.ToHexStringLower(hash[..4])}";
    }

    private static IEnumerable<string> Keys(EventRecord? e) => e?.Evidence.Select(ev => ev.Key) ?? [];

    private static string Note(string? note) => string.IsNullOrWhiteSpace(note) ? "" : $" ({note.Trim()})";
}
