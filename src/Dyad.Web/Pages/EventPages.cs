using Dyad.Storage;
using Dyad.Web.Events;
using Dyad.Web.Reviews;

namespace Dyad.Web.Pages;

/// <summary>The event list with its filters, and one event with its fields, conflicts, evidence in context and review forms.</summary>
public static class EventPages
{
    public static string List(PageContext context, EventCatalog catalog, EventFilter filter)
    {
        var page = catalog.Query(filter);
        var html = new Html();
        html.Add($"""<h1>Events</h1><form class="filters" method="get" action="/events">""");
        html.Add($"""<label>Pair <input name="pair" value="{filter.Pair}" placeholder="PAK-RUS" size="8"></label>""");
        html.Add($"""<label>Country <input name="country" value="{filter.Country}" placeholder="RUS" size="4"></label>""");
        Select(html, "type", "Type", EventEdits.Types, filter.Type);
        Select(html, "status", "Status", EventEdits.Statuses, filter.Status);
        html.Add($"""<label>From <input name="from" value="{filter.From}" placeholder="2014" size="8"></label>""");
        html.Add($"""<label>To <input name="to" value="{filter.To}" placeholder="2019-06" size="8"></label>""");
        Select(html, "review", "Review", ["unreviewed", "reviewed", "accepted", "rejected", "edited"], filter.Review);
        html.Add($"""<label>Search <input name="q" type="search" value="{filter.Q}" placeholder="words in names or evidence"></label>""");
        if (filter.Person is not null) html.Add($"""<input type="hidden" name="person" value="{filter.Person}">""");
        if (filter.Equipment is not null) html.Add($"""<input type="hidden" name="equipment" value="{filter.Equipment}">""");
        html.Add($"""<button>Filter</button> <a href="/events">clear</a></form>""");
        html.Add($"""<p class="count">{page.Total} events{(page.Total > page.Events.Count ? $", {page.Offset + 1}–{page.Offset + page.Events.Count} shown" : "")}</p>""");
        html.Raw(Table(page.Events));
        Pager(html, filter, page);
        return Layout.Page(context, "Events", html.ToRaw(), "/events");
    }

    public static RawHtml Table(IEnumerable<EventRecord> events)
    {
        var html = new Html();
        html.Add($"""<table class="events"><thead><tr><th>Date</th><th>Type</th><th>Status</th><th>Parties</th><th>What</th><th>Evidence</th><th>Review</th></tr></thead><tbody>""");
        foreach (var e in events)
        {
            html.Add($"""<tr><td class="date">{e.Date?.Value ?? "—"}</td><td>{EventText.Type(e.Type)}</td><td>{EventText.Status(e.Status)}</td>""");
            html.Add($"""<td>{EventText.Parties(e)}</td><td><a href="{EventText.Link(e.Id)}">{EventText.Title(e)}</a></td><td class="num">{e.Evidence.Count}</td><td>{EventText.ReviewMark(e)}</td></tr>""");
        }
        html.Add($"""</tbody></table>""");
        return html.ToRaw();
    }

    public static string? Detail(PageContext context, EventCatalog catalog, IReviewStore reviews, IDocumentStore documents, IEventStore fusion, string id, string? message)
    {
        var e = catalog.Find(id);
        if (e is null) return null;
        var html = new Html();
        if (e.Id != id) html.Raw(Layout.Message($"Event {id} was merged into this one."));
        html.Raw(Layout.Message(message));
        html.Add($"""<h1>{EventText.Title(e)}</h1><p class="badges">{EventText.Type(e.Type)} {EventText.Status(e.Status)} {EventText.ReviewMark(e)} <code>{e.Id}</code></p>""");

        html.Add($"""<section><h2>Fields</h2><table class="fields">""");
        Row(html, e, "type", EventText.TypeLabel(e.Type));
        Row(html, e, "status", e.Status);
        Row(html, e, "date", e.Date is null ? null : e.Date.Text is { } said ? $"{e.Date.Value} (“{said}”)" : e.Date.Value);
        html.Add($"""<tr><th>countries</th><td>{string.Join(", ", e.Countries)}</td></tr>""");
        Row(html, e, "source", e.Source);
        Row(html, e, "target", e.Target);
        Row(html, e, "name", e.Name);
        Row(html, e, "round", e.Round?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row(html, e, "location", e.Location);
        if (e.Participants.Count > 0)
        {
            html.Add($"""<tr><th>participants</th><td><ul class="plain">""");
            foreach (var p in e.Participants)
                html.Add($"""<li><a href="/entities/person?name={Html.Url(p.Name)}">{p.Name}</a>{(p.Role is null ? "" : ", " + p.Role)}{(p.Country is null ? "" : $" ({p.Country})")}</li>""");
            html.Add($"""</ul></td></tr>""");
        }
        if (e.Equipment.Count > 0)
        {
            html.Add($"""<tr><th>equipment</th><td><ul class="plain">""");
            foreach (var x in e.Equipment)
                html.Add($"""<li><a href="/entities/equipment?id={Html.Url(x.Id)}">{x.Name}</a>{(x.Quantity is { } q ? $" × {q}" : "")}</li>""");
            html.Add($"""</ul></td></tr>""");
        }
        html.Add($"""<tr><th>codes</th><td>CAMEO {e.Codes?.Cameo ?? "—"} · PLOVER {e.Codes?.Plover ?? "—"}</td></tr>""");
        html.Add($"""<tr><th>confidence</th><td>{e.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}</td></tr></table></section>""");

        if (e.Conflicts.Count > 0)
        {
            html.Add($"""<section><h2>Conflicts</h2><p class="muted">The sources disagree on these fields.</p><ul>""");
            foreach (var c in e.Conflicts) html.Add($"""<li><strong>{c.Field}</strong>: {string.Join(" · ", c.Values)}</li>""");
            html.Add($"""</ul></section>""");
        }

        html.Add($"""<section><h2>Evidence</h2><form method="post" action="{EventText.Link(e.Id)}/split" id="split-form">{Layout.Csrf(context)}<ol class="evidence">""");
        var titles = new Dictionary<string, StoredDocument?>(StringComparer.Ordinal);
        foreach (var ev in e.Evidence)
        {
            if (!titles.TryGetValue(ev.Doc, out var doc)) titles[ev.Doc] = doc = documents.Find(ev.Doc);
            html.Add($"""<li class="evidence-item"><div class="where"><a class="open-evidence" href="{EventText.DocumentLink(ev.Doc, ev.Start, ev.End)}">{doc?.Title ?? ev.Doc}</a>""");
            html.Add($"""<span class="muted"> {doc?.Publisher} {doc?.Published?.Date.ToString()} · characters {ev.Start}–{ev.End}</span>""");
            if (context.User is not null && e.Evidence.Count > 1)
                html.Add($"""<label class="pick"><input type="checkbox" name="evidence" value="{ev.Key}"> split off</label>""");
            html.Add($"""</div><blockquote class="context">{Context(doc?.Text, ev)}</blockquote></li>""");
        }
        html.Add($"""</ol>""");
        if (context.User is not null && e.Evidence.Count > 1) html.Add($"""<button>Split the ticked evidence off as a new event</button>""");
        html.Add($"""</form></section>""");

        Explanation(html, fusion.Explain(e.Id));
        ReviewForms(html, context, e);
        History(html, reviews.Audit(e.Id, 50));
        return Layout.Page(context, EventText.Title(e), html.ToRaw(), "/events");
    }

    /// <summary>The paragraph around an evidence span, the span itself marked: the quote inside its article.</summary>
    internal static RawHtml Context(string? text, EvidenceSpan ev)
    {
        var html = new Html();
        if (text is null || ev.Start < 0 || ev.End > text.Length || ev.Start > ev.End)
            return html.Add($"""<mark>{ev.Text}</mark>""").ToRaw();
        var paragraphStart = text.LastIndexOf("\n\n", ev.Start, Math.Min(ev.Start, 600), StringComparison.Ordinal);
        var from = paragraphStart < 0 ? Math.Max(0, ev.Start - 600) : paragraphStart + 2;
        var paragraphEnd = text.IndexOf("\n\n", ev.End, Math.Min(text.Length - ev.End, 600), StringComparison.Ordinal);
        var to = paragraphEnd < 0 ? Math.Min(text.Length, ev.End + 600) : paragraphEnd;
        html.Add($"""{(paragraphStart < 0 && from > 0 ? "… " : "")}""").Text(text, from, ev.Start - from);
        html.Add($"""<mark class="quote">""").Text(text, ev.Start, ev.End - ev.Start).Add($"""</mark>""");
        html.Text(text, ev.End, to - ev.End).Add($"""{(paragraphEnd < 0 && to < text.Length ? " …" : "")}""");
        return html.ToRaw();
    }

    private static void ReviewForms(Html html, PageContext context, EventRecord e)
    {
        html.Add($"""<section class="review"><h2>Review</h2>""");
        if (context.User is null)
        {
            html.Add($"""<p class="muted">{(context.CanLogIn ? "Log in to review this event." : "No users yet: add one with dyad users add NAME.")}</p></section>""");
            return;
        }
        var action = EventText.Link(e.Id) + "/review";
        html.Add($"""<form method="post" action="{action}" class="inline">{Layout.Csrf(context)}<input type="hidden" name="action" value="accept"><button class="accept">Accept</button></form>""");
        html.Add($"""<form method="post" action="{action}" class="inline">{Layout.Csrf(context)}<input type="hidden" name="action" value="reject"><button class="reject">Reject</button></form>""");
        html.Add($"""<form method="post" action="{action}" class="edit" id="edit-form">{Layout.Csrf(context)}<input type="hidden" name="action" value="edit"><fieldset><legend>Edit fields</legend>""");
        html.Add($"""<label>Type <select name="type">""");
        foreach (var t in EventEdits.Types) html.Add($"""<option{(t == e.Type ? new RawHtml(" selected") : default)}>{t}</option>""");
        html.Add($"""</select></label><label>Status <select name="status">""");
        foreach (var s in EventEdits.Statuses) html.Add($"""<option{(s == e.Status ? new RawHtml(" selected") : default)}>{s}</option>""");
        html.Add($"""</select></label>""");
        html.Add($"""<label>Date <input name="date" value="{e.Date?.Value}" placeholder="2015-06" size="10"></label>""");
        html.Add($"""<label>Name <input name="name" value="{e.Name}"></label>""");
        html.Add($"""<label>Location <input name="location" value="{e.Location}"></label>""");
        html.Add($"""<label>Note <input name="note" placeholder="why"></label><button>Save</button></fieldset></form>""");
        html.Add($"""<form method="post" action="/events/merge" class="edit">{Layout.Csrf(context)}<input type="hidden" name="ids" value="{e.Id}"><fieldset><legend>Merge</legend>""");
        html.Add($"""<label>Same event as <input name="ids" placeholder="e-… (joins this one)" size="30"></label><button>Merge into this event</button></fieldset></form></section>""");
    }

    /// <summary>How fusion built the event: each mention and why it joined, and the look-alikes it kept apart and why.</summary>
    private static void Explanation(Html html, Dyad.Fusion.EventExplanation? explanation)
    {
        if (explanation is null) return;
        html.Add($"""<section><h2>How the reports were joined</h2><ul class="history">""");
        foreach (var m in explanation.Members)
            html.Add($"""<li><a href="{EventText.DocumentLink(m.Mention.DocumentId)}">{m.Report?.Title ?? m.Mention.DocumentId}</a> <span class="muted">{m.Report?.Publisher} {m.Mention.Published?.ToString()}</span>: {m.Reason}</li>""");
        html.Add($"""</ul>""");
        if (explanation.Apart.Count > 0)
        {
            html.Add($"""<p class="muted">Kept apart from:</p><ul class="history">""");
            foreach (var apart in explanation.Apart)
                html.Add($"""<li><a href="{EventText.Link(apart.EventId)}">{apart.EventId}</a>: {apart.Reason}</li>""");
            html.Add($"""</ul>""");
        }
        html.Add($"""</section>""");
    }

    internal static void History(Html html, IReadOnlyList<AuditEntry> entries)
    {
        if (entries.Count == 0) return;
        html.Add($"""<section><h2>History</h2><ul class="history">""");
        foreach (var a in entries)
            html.Add($"""<li><a href="/audit#a{a.Seq}">#{a.Seq}</a> {a.At.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} <strong>{a.User}</strong> {a.Summary}{(a.RevertedBy is { } by ? $" (undone by #{by})" : "")}</li>""");
        html.Add($"""</ul></section>""");
    }

    private static void Row(Html html, EventRecord e, string field, string? shown)
    {
        var edit = e.Review?.Edits.GetValueOrDefault(field);
        html.Add($"""<tr{(edit is null ? default : new RawHtml(" class=\"edited\""))}><th>{field}</th><td>{shown ?? "—"}""");
        if (edit is not null) html.Add($"""<span class="machine"> (machine: {edit.MachineValue ?? "none"})</span>""");
        html.Add($"""</td></tr>""");
    }

    internal static void Select(Html html, string name, string label, IEnumerable<string> options, string? chosen)
    {
        html.Add($"""<label>{label} <select name="{name}"><option value="">any</option>""");
        foreach (var o in options) html.Add($"""<option{(string.Equals(o, chosen, StringComparison.OrdinalIgnoreCase) ? new RawHtml(" selected") : default)}>{o}</option>""");
        html.Add($"""</select></label>""");
    }

    private static void Pager(Html html, EventFilter filter, EventPage page)
    {
        if (page.Total <= page.Limit) return;
        html.Add($"""<nav class="pager">""");
        if (page.Offset > 0) html.Add($"""<a href="/events?{Query(filter with { Offset = Math.Max(0, page.Offset - page.Limit) })}">← earlier</a> """);
        if (page.Offset + page.Limit < page.Total) html.Add($"""<a href="/events?{Query(filter with { Offset = page.Offset + page.Limit })}">later →</a>""");
        html.Add($"""</nav>""");
    }

    public static string Query(EventFilter f)
    {
        var parts = new List<string>();
        void Add(string name, string? value) { if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{name}={Html.Url(value)}"); }
        Add("pair", f.Pair); Add("country", f.Country); Add("type", f.Type); Add("status", f.Status); Add("from", f.From); Add("to", f.To);
        Add("q", f.Q); Add("review", f.Review); Add("person", f.Person); Add("equipment", f.Equipment);
        if (f.Offset > 0) parts.Add($"offset={f.Offset}");
        return string.Join('&', parts);
    }
}
