using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Knowledge;
using Dyad.Storage;
using Dyad.Views;
using Dyad.Web.Events;
using Dyad.Web.Reviews;
using Microsoft.AspNetCore.Http;

namespace Dyad.Web.Api;

/// <summary>Downloads: the reviewed events as JSON Lines or CSV, the documents and the audit log as JSON Lines.</summary>
public static class Exports
{
    private static readonly WebJsonContext Json = WebJson.Responses;

    public static IResult EventsJsonLines(EventCatalog catalog, [Microsoft.AspNetCore.Http.AsParameters] EventListParameters query) =>
        Lines("events.jsonl", "application/x-ndjson", All(catalog, query).Select(e => JsonSerializer.Serialize(e, Json.EventRecord)));

    public static IResult EventsCsv(EventCatalog catalog, [Microsoft.AspNetCore.Http.AsParameters] EventListParameters query)
    {
        string[] header = ["id", "date", "type", "status", "countries", "source", "target", "name", "round", "location", "equipment", "participants", "evidence", "verdict", "edited"];
        var rows = All(catalog, query).Select(e => Csv(
            e.Id, e.Date?.Value, e.Type, e.Status, string.Join(' ', e.Countries), e.Source, e.Target, e.Name,
            e.Round?.ToString(CultureInfo.InvariantCulture), e.Location,
            string.Join("; ", e.Equipment.Select(x => x.Quantity is { } q ? $"{x.Name} x{q}" : x.Name)),
            string.Join("; ", e.Participants.Select(p => p.Role is null ? p.Name : $"{p.Name} ({p.Role})")),
            e.Evidence.Count.ToString(CultureInfo.InvariantCulture), e.Review?.Verdict, e.Review is { Edits.Count: > 0 } r ? string.Join(' ', r.Edits.Keys) : null));
        return Lines("events.csv", "text/csv; charset=utf-8", rows.Prepend(Csv(header)));
    }

    /// <summary>
    /// The pair's brief as <c>dyad brief</c> writes it (one self-contained HTML page, every line footnoted to its
    /// quote): the machine's record, before review. A download, never shown under this site's origin.
    /// </summary>
    public static IResult Brief(IEventStore store, string pair)
    {
        var codes = EventMatcher.NormalizePair(pair)?.Split('-');
        if (codes is null || !CountryCode.TryParse(codes[0], out var a) || !CountryCode.TryParse(codes[1], out var b))
            return Results.Problem("pair: two ISO alpha-3 codes, e.g. PAK-RUS", statusCode: 400);
        var events = store.QueryEvents(new EventQuery { Countries = [a, b] }).ToList();
        var reports = store.Reports(events.SelectMany(e => e.Event.Evidence.Select(x => x.Document)));
        var html = BriefHtml.Write(BriefBuilder.Build(a, b, events, reports));
        return Results.File(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", $"brief-{a.Value}-{b.Value}.html");
    }

    public static IResult DocumentsJsonLines(IDocumentStore store) =>
        Lines("documents.jsonl", "application/x-ndjson", store.List().Select(d => JsonSerializer.Serialize(DocumentListItem.From(d), Json.DocumentListItem)));

    public static IResult AuditJsonLines(IReviewStore reviews) =>
        Lines("audit.jsonl", "application/x-ndjson", reviews.Audit(limit: int.MaxValue).Reverse().Select(a => JsonSerializer.Serialize(a, Json.AuditEntry)));

    private static IEnumerable<EventRecord> All(EventCatalog catalog, EventListParameters query)
    {
        var match = query.ToFilter() with { Offset = 0, Limit = EventFilter.MaxLimit };
        for (var offset = 0; ; offset += EventFilter.MaxLimit)
        {
            var page = catalog.Query(match with { Offset = offset });
            foreach (var e in page.Events) yield return e;
            if (offset + page.Events.Count >= page.Total || page.Events.Count == 0) yield break;
        }
    }

    private static IResult Lines(string name, string type, IEnumerable<string> lines) =>
        Results.Stream(async stream =>
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            foreach (var line in lines)
            {
                await writer.WriteAsync(line);
                await writer.WriteAsync('\n');
            }
        }, type, name);

    /// <summary>One CSV row; a cell a spreadsheet would run as a formula (= + - @) is prefixed with a quote mark.</summary>
    private static string Csv(params string?[] cells) =>
        string.Join(',', cells.Select(c =>
        {
            c ??= "";
            if (c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r') c = "'" + c;
            return c.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + c.Replace("\"", "\"\"") + "\"" : c;
        }));
}
