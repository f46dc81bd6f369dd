using System.Globalization;
using Dyad.Web.Reviews;

namespace Dyad.Web.Pages;

/// <summary>The pages around the record: upload, exports, the audit log and logging in.</summary>
public static class WorkPages
{
    public static string Upload(PageContext context)
    {
        var html = new Html();
        html.Add($"""<h1>Upload articles</h1>""");
        if (context.User is null)
        {
            html.Add($"""<p>Uploading changes the record: <a href="/login?return=/upload">log in</a> first.</p>""");
            return Layout.Page(context, "Upload", html.ToRaw(), "/upload");
        }
        html.Add($"""
            <p>Plain text, HTML, RSS or Atom feeds, or JSON Lines records. Each file is read, cleaned, annotated and stored, as <code>dyad ingest</code> does; an article stored before adds nothing.</p>
            <form id="upload-form" method="post" action="/api/uploads" enctype="multipart/form-data">{Layout.Csrf(context)}
            <input type="file" name="files" id="upload-files" multiple required> <button>Upload and ingest</button></form>
            <div id="upload-progress" class="progress" hidden><label>Upload <progress id="upload-bar" max="100" value="0"></progress> <span id="upload-percent"></span></label>
            <p id="upload-state" role="status"></p><ul id="upload-documents"></ul></div>
            """);
        return Layout.Page(context, "Upload", html.ToRaw(), "/upload");
    }

    public static string Exports(PageContext context)
    {
        var html = new Html();
        html.Add($"""
            <h1>Exports</h1>
            <p>Reviewed events (verdicts, edits, merges and splits applied). Add the event list's filters to the address to export a part, e.g. <code>?pair=PAK-RUS&amp;type=EXERCISE</code>.</p>
            <ul class="exports">
            <li><a href="/api/exports/events.jsonl" download>events.jsonl</a>: one event record a line (output-schema.md), with its review</li>
            <li><a href="/api/exports/events.csv" download>events.csv</a>: one row an event, for spreadsheets</li>
            <li><a href="/api/exports/documents.jsonl" download>documents.jsonl</a>: the stored documents, one a line</li>
            <li><a href="/api/exports/brief.html?pair=PAK-RUS" download>brief.html?pair=PAK-RUS</a>: a pair's brief as <code>dyad brief</code> writes it, every line footnoted to its quote (the machine's record, before review)</li>
            <li><a href="/api/exports/audit.jsonl" download>audit.jsonl</a>: the audit log</li>
            </ul>
            """);
        return Layout.Page(context, "Exports", html.ToRaw(), "/exports");
    }

    public static string Audit(PageContext context, IReviewStore reviews, string? message)
    {
        var html = new Html();
        html.Add($"""<h1>Audit log</h1>{Layout.Message(message)}<p class="muted">Every change to the record, newest first: who, when, what. Each can be undone (the undoing is logged too).</p>""");
        html.Add($"""<table class="audit"><thead><tr><th>#</th><th>When (UTC)</th><th>Who</th><th>Action</th><th>What</th><th></th></tr></thead><tbody>""");
        foreach (var a in reviews.Audit(limit: 500))
        {
            html.Add($"""<tr id="a{a.Seq}" class="{(a.RevertedBy is null ? "" : "undone")}"><td>{a.Seq}</td><td class="date">{a.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}</td><td><strong>{a.User}</strong></td><td>{a.Action}</td><td>{a.Summary}<br>""");
            foreach (var c in a.Changes) html.Add($"""<a href="/events/{Html.Url(c.EventId)}">{c.EventId}</a> """);
            html.Add($"""</td><td>""");
            if (a.RevertedBy is { } by) html.Add($"""undone by <a href="#a{by}">#{by}</a>""");
            else if (context.User is not null)
                html.Add($"""<form method="post" action="/audit/{a.Seq}/revert" class="inline">{Layout.Csrf(context)}<button>Undo</button></form>""");
            html.Add($"""</td></tr>""");
        }
        html.Add($"""</tbody></table>""");
        return Layout.Page(context, "Audit log", html.ToRaw(), "/audit");
    }

    public static string Login(PageContext context, string? returnTo, string? error)
    {
        var html = new Html();
        html.Add($"""
            <h1>Log in</h1>{Layout.Message(error, "error")}
            <form method="post" action="/login" class="login">{Layout.Csrf(context)}<input type="hidden" name="return" value="{returnTo}">
            <label>Name <input name="name" autocomplete="username" required autofocus></label>
            <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
            <button>Log in</button></form>
            """);
        return Layout.Page(context, "Log in", html.ToRaw(), "/login");
    }

    public static string NotFound(PageContext context, string what) =>
        Layout.Page(context, "Not found", new Html().Add($"""<h1>Not found</h1><p>{what}</p>""").ToRaw(), "");
}
