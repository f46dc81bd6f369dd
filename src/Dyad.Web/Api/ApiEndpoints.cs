using Dyad.Storage;
using Dyad.Web.Annotations;
using Dyad.Web.Events;
using Dyad.Web.Ingest;
using Dyad.Web.Reviews;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Dyad.Web.Api;

/// <summary>The JSON API under /api, described at /openapi/v1.json. Reads are open (on loopback); changes pass <see cref="ChangeGuard"/>.</summary>
public static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        var read = api.MapGroup("").WithTags("Read");
        var change = api.MapGroup("").WithTags("Change").AddEndpointFilter(ChangeGuard.Api);

        read.MapGet("/documents", ListDocuments).WithName("ListDocuments").WithSummary("Stored documents, oldest first, or those matching a full-text query (q).");
        read.MapGet("/documents/{id}", GetDocument).WithName("GetDocument").WithSummary("One document: original text, removed ranges, entities, time expressions and events.");
        read.MapGet("/events", ListEvents).Produces<EventPage>(contentType: "application/json").WithName("ListEvents").WithSummary("Events after review, in date order, filtered and paged.");
        read.MapGet("/events/{id}", GetEvent).WithName("GetEvent").WithSummary("One event with its evidence, conflicts and review (an id merged away answers with the event holding it).");
        read.MapGet("/pairs", ListPairs).WithName("ListPairs").WithSummary("The pairs of states on record, with their number of events.");
        read.MapGet("/audit", ListAudit).WithName("ListAudit").WithSummary("The audit log, newest first; only one event's entries with ?event=.");
        read.MapGet("/uploads/{id}", GetUpload).WithName("GetUpload").WithSummary("What an upload has done so far.");
        read.MapGet("/exports/events.jsonl", Exports.EventsJsonLines).WithName("ExportEventsJsonl").WithSummary("Reviewed events as JSON Lines (filters as for /api/events, no paging).");
        read.MapGet("/exports/events.csv", Exports.EventsCsv).WithName("ExportEventsCsv").WithSummary("Reviewed events as CSV.");
        read.MapGet("/exports/brief.html", Exports.Brief).WithName("ExportBrief").WithSummary("A pair's footnoted brief (?pair=PAK-RUS), as dyad brief writes it: the machine's record, before review.");
        read.MapGet("/exports/documents.jsonl", Exports.DocumentsJsonLines).WithName("ExportDocumentsJsonl").WithSummary("Stored documents as JSON Lines.");
        read.MapGet("/exports/audit.jsonl", Exports.AuditJsonLines).WithName("ExportAuditJsonl").WithSummary("The audit log as JSON Lines.");

        change.MapPost("/events/{id}/review", ReviewEvent).WithName("ReviewEvent").WithSummary("Accept, reject or edit an event (fields: type, status, date, name, location, round, source, target).");
        change.MapPost("/events/merge", MergeEvents).WithName("MergeEvents").WithSummary("Merge events: the others join the first.");
        change.MapPost("/events/{id}/split", SplitEvent).WithName("SplitEvent").WithSummary("Split the named evidence (doc:start-end keys) off an event as a new one.");
        change.MapPost("/audit/{seq}/revert", RevertAudit).WithName("RevertAudit").WithSummary("Undo an audit entry (logged as a new entry).");
        change.MapPost("/uploads", Upload).WithName("Upload").WithSummary("Upload files (multipart, field 'files') to ingest; answers at once with the upload's id.").DisableAntiforgery();
    }

    private static Results<Ok<DocumentList>, ProblemHttpResult> ListDocuments(IDocumentStore store, string? q, int? offset, int? limit)
    {
        var take = Math.Clamp(limit ?? 50, 1, 1000);
        var skip = Math.Max(0, offset ?? 0);
        try
        {
            if (!string.IsNullOrWhiteSpace(q))
            {
                var hits = store.Search(q, skip + take).Skip(skip).Select(DocumentListItem.From).ToList();
                return TypedResults.Ok(new DocumentList(hits.Count, skip, hits));
            }
            return TypedResults.Ok(new DocumentList(store.Count(), skip, store.List().Skip(skip).Take(take).Select(DocumentListItem.From).ToList()));
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(e.Message, statusCode: 400);
        }
    }

    private static Results<Ok<DocumentDetail>, NotFound> GetDocument(DocumentAnnotations annotations, string id) =>
        annotations.Find(id) is { } a ? TypedResults.Ok(DocumentDetail.From(a)) : TypedResults.NotFound();

    /// <summary>Writes the page from each event's JSON made once per view: the listing does no serializing of its own.</summary>
    private static IResult ListEvents(EventCatalog catalog, [AsParameters] EventListParameters query)
    {
        var page = catalog.QueryIndexed(query.ToFilter());
        var head = System.Text.Encoding.UTF8.GetBytes($"{{\"total\":{page.Total},\"offset\":{page.Offset},\"limit\":{page.Limit},\"events\":[");
        var body = new byte[head.Length + page.Events.Sum(e => e.Json.Length + 1) + 2];
        head.CopyTo(body, 0);
        var at = head.Length;
        for (var i = 0; i < page.Events.Count; i++)
        {
            if (i > 0) body[at++] = (byte)',';
            page.Events[i].Json.CopyTo(body, at);
            at += page.Events[i].Json.Length;
        }
        body[at++] = (byte)']';
        body[at++] = (byte)'}';
        return Results.Bytes(body.AsMemory(0, at), "application/json; charset=utf-8");
    }

    private static Results<Ok<EventRecord>, NotFound> GetEvent(EventCatalog catalog, string id) =>
        catalog.Find(id) is { } e ? TypedResults.Ok(e) : TypedResults.NotFound();

    private static Ok<List<PairCount>> ListPairs(EventCatalog catalog) =>
        TypedResults.Ok(catalog.All().Where(e => e.Pair is not null && e.Status != "generic").GroupBy(e => e.Pair!)
            .Select(g => new PairCount(g.Key, g.Count())).OrderByDescending(p => p.Events).ThenBy(p => p.Pair, StringComparer.Ordinal).ToList());

    private static Ok<IReadOnlyList<AuditEntry>> ListAudit(IReviewStore reviews, string? @event, int? limit) =>
        TypedResults.Ok(reviews.Audit(@event, Math.Clamp(limit ?? 200, 1, 5000)));

    private static Results<Ok<UploadStatus>, NotFound> GetUpload(UploadJobs jobs, string id) =>
        jobs.Find(id) is { } status ? TypedResults.Ok(status) : TypedResults.NotFound();

    private static Results<Ok<AuditEntry>, ProblemHttpResult> ReviewEvent(HttpContext http, ReviewService service, string id, ReviewRequest request) =>
        Guarded(() => service.Review(ChangeGuard.User(http), id, request));

    private static Results<Ok<AuditEntry>, ProblemHttpResult> MergeEvents(HttpContext http, ReviewService service, MergeRequest request) =>
        Guarded(() => service.Merge(ChangeGuard.User(http), request));

    private static Results<Ok<SplitResult>, ProblemHttpResult> SplitEvent(HttpContext http, ReviewService service, string id, SplitRequest request) =>
        Guarded(() =>
        {
            var (entry, newId) = service.Split(ChangeGuard.User(http), id, request);
            return new SplitResult(newId, entry);
        });

    private static Results<Ok<AuditEntry>, ProblemHttpResult> RevertAudit(HttpContext http, ReviewService service, long seq) =>
        Guarded(() => service.Revert(ChangeGuard.User(http), seq));

    private static async Task<Results<Accepted<UploadStarted>, ProblemHttpResult>> Upload(HttpContext http, UploadJobs jobs)
    {
        if (!http.Request.HasFormContentType) return TypedResults.Problem("send the files as multipart/form-data, field 'files'", statusCode: 400);
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form.Files.Count == 0) return TypedResults.Problem("no files in the upload", statusCode: 400);
        var streams = form.Files.Select(f => (f.FileName, f.OpenReadStream())).ToList();
        try
        {
            var id = await jobs.StartAsync(ChangeGuard.User(http), streams, http.RequestAborted);
            return TypedResults.Accepted($"/api/uploads/{id}", new UploadStarted(id, $"/api/uploads/{id}"));
        }
        finally
        {
            foreach (var (_, stream) in streams) await stream.DisposeAsync();
        }
    }

    /// <summary>Runs a change, answering a <see cref="ReviewException"/> with its status and message.</summary>
    internal static Results<Ok<T>, ProblemHttpResult> Guarded<T>(Func<T> change)
    {
        try
        {
            return TypedResults.Ok(change());
        }
        catch (ReviewException e)
        {
            return TypedResults.Problem(e.Message, statusCode: e.StatusCode);
        }
    }
}
