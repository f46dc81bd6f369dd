namespace Dyad.Web.Pages;

/// <summary>A page that says what the JSON API offers and how to authenticate, pointing at the OpenAPI document.</summary>
public static class ApiPage
{
    private static readonly (string Method, string Path, string What)[] Endpoints =
    [
        ("GET", "/api/documents?q=&offset=&limit=", "stored documents, or a full-text search"),
        ("GET", "/api/documents/{id}", "one document: original text, removed ranges, entities, time expressions, events"),
        ("GET", "/api/events?pair=&country=&type=&status=&from=&to=&q=&review=&offset=&limit=", "reviewed events, filtered and paged"),
        ("GET", "/api/events/{id}", "one event with evidence, conflicts and review"),
        ("POST", "/api/events/{id}/review", "{\"action\":\"accept|reject|edit|clear\",\"fields\":{\"date\":\"2015-06\"},\"note\":\"…\"}"),
        ("POST", "/api/events/merge", "{\"ids\":[\"e-keep\",\"e-other\"]}"),
        ("POST", "/api/events/{id}/split", "{\"evidence\":[\"d-…:120-180\"]}"),
        ("GET", "/api/audit?event=", "the audit log"),
        ("POST", "/api/audit/{seq}/revert", "undo an entry"),
        ("POST", "/api/uploads", "multipart files to ingest; GET /api/uploads/{id} for progress"),
        ("GET", "/api/pairs", "pairs of states and their event counts"),
        ("GET", "/api/exports/events.jsonl · events.csv · documents.jsonl · audit.jsonl", "downloads"),
    ];

    public static string Render(PageContext context)
    {
        var html = new Html();
        html.Add($"""
            <h1>JSON API</h1>
            <p>Described in OpenAPI at <a href="/openapi/v1.json">/openapi/v1.json</a>. Reads are open on loopback. Changes (POST) need either the login cookie
            and the page's CSRF token in the <code>X-CSRF-TOKEN</code> header, or an API token: <code>dyad users token NAME</code>, sent as
            <code>Authorization: Bearer dyad_…</code>. Without either they answer 401.</p>
            <table class="api"><thead><tr><th>Method</th><th>Path</th><th>What</th></tr></thead><tbody>
            """);
        foreach (var (method, path, what) in Endpoints)
            html.Add($"""<tr><td><code>{method}</code></td><td><code>{path}</code></td><td>{what}</td></tr>""");
        html.Add($"""</tbody></table>""");
        return Layout.Page(context, "API", html.ToRaw(), "/api");
    }
}
