using Dyad.Web.Events;

namespace Dyad.Web.Pages;

/// <summary>People with the offices the events give them, equipment with its transfers, and the named exercises and bodies.</summary>
public static class EntityPages
{
    public static string List(PageContext context, EventCatalog catalog)
    {
        var events = catalog.All();
        var html = new Html();
        html.Add($"""<h1>Entities</h1><section class="split"><div><h2>People</h2><table class="counts">""");
        foreach (var g in events.SelectMany(e => e.Participants).GroupBy(p => p.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(200))
            html.Add($"""<tr><td><a href="/entities/person?name={Html.Url(g.Key)}">{g.Key}</a></td><td class="muted">{string.Join(", ", g.Select(p => p.Role).OfType<string>().Distinct().Take(2))}</td><td class="num">{g.Count()}</td></tr>""");
        html.Add($"""</table></div><div><h2>Equipment</h2><table class="counts">""");
        foreach (var g in events.SelectMany(e => e.Equipment).GroupBy(x => x.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(200))
            html.Add($"""<tr><td><a href="/entities/equipment?id={Html.Url(g.Key)}">{g.First().Name}</a></td><td class="num">{g.Count()}</td></tr>""");
        html.Add($"""</table></div><div><h2>Exercises, bodies, agreements</h2><table class="counts">""");
        foreach (var g in events.Where(e => e.Name is not null).GroupBy(e => e.Name!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(200))
            html.Add($"""<tr><td><a href="/events?q={Html.Url(g.Key)}">{g.Key}</a></td><td class="num">{g.Count()}</td></tr>""");
        html.Add($"""</table></div></section>""");
        return Layout.Page(context, "Entities", html.ToRaw(), "/entities");
    }

    public static string Person(PageContext context, EventCatalog catalog, string name)
    {
        var events = catalog.Query(new EventFilter { Person = name, Limit = EventFilter.MaxLimit }).Events;
        var html = new Html();
        html.Add($"""<h1>{name}</h1><section><h2>Offices</h2>""");
        var offices = events.SelectMany(e => e.Participants.Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => (p.Role, p.Country, e.Date?.Value)))
            .Where(o => o.Role is not null).GroupBy(o => (o.Role, o.Country)).ToList();
        if (offices.Count == 0) html.Add($"""<p class="muted">No office given in the events.</p>""");
        else
        {
            html.Add($"""<table class="counts"><thead><tr><th>Office</th><th>State</th><th>Seen from</th><th>to</th><th>Events</th></tr></thead>""");
            foreach (var o in offices.OrderBy(o => o.Min(x => x.Value ?? "~"), StringComparer.Ordinal))
            {
                var dates = o.Select(x => x.Value).OfType<string>().Order(StringComparer.Ordinal).ToList();
                html.Add($"""<tr><td>{o.Key.Role}</td><td>{o.Key.Country}</td><td>{dates.FirstOrDefault() ?? "—"}</td><td>{dates.LastOrDefault() ?? "—"}</td><td class="num">{o.Count()}</td></tr>""");
            }
            html.Add($"""</table>""");
        }
        html.Add($"""</section><section><h2>Events</h2>{EventPages.Table(events)}</section>""");
        return Layout.Page(context, name, html.ToRaw(), "/entities");
    }

    public static string Equipment(PageContext context, EventCatalog catalog, string id)
    {
        var events = catalog.Query(new EventFilter { Equipment = id, Limit = EventFilter.MaxLimit }).Events;
        var name = events.SelectMany(e => e.Equipment).FirstOrDefault(x => x.Id == id)?.Name ?? id;
        var html = new Html();
        html.Add($"""<h1>{name}</h1><p class="muted"><code>{id}</code></p><section><h2>Transfers</h2>""");
        var transfers = events.Where(e => e.Type == "ARMS_TRANSFER").ToList();
        if (transfers.Count == 0) html.Add($"""<p class="muted">No transfer on record.</p>""");
        else
        {
            html.Add($"""<table class="events"><thead><tr><th>Date</th><th>From</th><th>To</th><th>How many</th><th>Status</th><th>Event</th></tr></thead><tbody>""");
            foreach (var e in transfers)
            {
                var quantity = e.Equipment.FirstOrDefault(x => x.Id == id)?.Quantity;
                html.Add($"""<tr><td class="date">{e.Date?.Value ?? "—"}</td><td>{e.Source ?? "?"}</td><td>{e.Target ?? "?"}</td><td class="num">{quantity?.ToString() ?? "—"}</td><td>{EventText.Status(e.Status)}</td><td><a href="{EventText.Link(e.Id)}">{EventText.Title(e)}</a></td></tr>""");
            }
            html.Add($"""</tbody></table>""");
        }
        html.Add($"""</section><section><h2>Every event naming it</h2>{EventPages.Table(events)}</section>""");
        return Layout.Page(context, name, html.ToRaw(), "/entities");
    }
}
