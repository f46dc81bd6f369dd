using Dyad.Storage;
using Dyad.Web.Annotations;
using Dyad.Web.Events;

namespace Dyad.Web.Pages;

/// <summary>The stored documents, listed or searched, and one document with its annotations marked.</summary>
public static class DocumentPages
{
    public static string List(PageContext context, IDocumentStore store, string? query, int offset)
    {
        var html = new Html();
        html.Add($"""<h1>Documents</h1><form class="filters" method="get" action="/documents"><label>Search <input type="search" name="q" value="{query}" placeholder="words, &quot;a phrase&quot;, prefix*"></label><button>Search</button></form>""");
        IReadOnlyList<DocumentSummary> rows;
        var total = 0L;
        try
        {
            if (string.IsNullOrWhiteSpace(query))
            {
                total = store.Count();
                rows = store.List().Skip(offset).Take(100).ToList();
            }
            else
            {
                rows = store.Search(query, 200);
                total = rows.Count;
            }
        }
        catch (ArgumentException e)
        {
            html.Raw(Layout.Message(e.Message, "error"));
            return Layout.Page(context, "Documents", html.ToRaw(), "/documents");
        }
        html.Add($"""<p class="count">{total} documents</p><table class="documents"><thead><tr><th>Published</th><th>Title</th><th>Publisher</th><th>Sources</th></tr></thead><tbody>""");
        foreach (var d in rows)
            html.Add($"""<tr><td class="date">{d.Published?.Date.ToString() ?? "—"}</td><td><a href="/documents/{Html.Url(d.Id)}">{d.Title ?? d.FirstSource}</a></td><td>{d.Publisher}</td><td class="num">{d.SourceCount}</td></tr>""");
        html.Add($"""</tbody></table>""");
        if (string.IsNullOrWhiteSpace(query) && offset + 100 < total)
            html.Add($"""<nav class="pager"><a href="/documents?offset={offset + 100}">more →</a></nav>""");
        return Layout.Page(context, "Documents", html.ToRaw(), "/documents");
    }

    public static string? View(PageContext context, DocumentAnnotations annotations, EventCatalog catalog, string id, string? highlight)
    {
        var annotated = annotations.Find(id);
        if (annotated is null) return null;
        var events = catalog.InDocument(id);
        var d = annotated.Document;
        var html = new Html();
        html.Add($"""<h1>{d.Title ?? d.Id}</h1><p class="muted">{d.Publisher} · {d.Published?.Date.ToString() ?? "undated"}{(d.Published is { } p ? $" ({p.Basis.ToString().ToLowerInvariant()})" : "")} · <code>{d.Id}</code> · <a href="/api/documents/{Html.Url(d.Id)}">JSON</a></p>""");
        html.Add($"""<details class="sources"><summary>{d.Sources.Count} source(s)</summary><ul>""");
        foreach (var s in d.Sources) html.Add($"""<li>{s.Path}{(s.Url is null ? "" : " · " + s.Url)} <span class="muted">first seen {s.FirstSeen.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)}</span></li>""");
        html.Add($"""</ul></details>""");
        html.Add($"""<p class="legend"><span class="ent">entity</span> <span class="timex">time</span> <span class="ev">event evidence</span> <span class="hl">opened evidence</span> <span class="removed-sample">removed</span></p>""");
        html.Add($"""<input type="checkbox" id="show-removed"><label for="show-removed" class="toggle">Show removed text (boilerplate, metadata, repeats): {d.Removed.Count} ranges</label>""");
        html.Add($"""<article class="doctext">{DocumentText.Render(annotated, events, DocumentText.ParseSpan(highlight))}</article>""");
        if (events.Count > 0)
        {
            html.Add($"""<section><h2>Events this document reports</h2><ul>""");
            foreach (var e in events)
                html.Add($"""<li><a href="{EventText.Link(e.Id)}">{EventText.Title(e)}</a> {EventText.Status(e.Status)} {EventText.ReviewMark(e)} <span class="muted">{e.Date?.Value} · {e.Evidence.Count} evidence from {e.Evidence.Select(ev => ev.Doc).Distinct().Count()} document(s)</span></li>""");
            html.Add($"""</ul></section>""");
        }
        if (d.Warnings.Count > 0)
        {
            html.Add($"""<section><h2>Warnings</h2><ul>""");
            foreach (var w in d.Warnings) html.Add($"""<li>{w}</li>""");
            html.Add($"""</ul></section>""");
        }
        return Layout.Page(context, d.Title ?? d.Id, html.ToRaw(), "/documents");
    }
}
