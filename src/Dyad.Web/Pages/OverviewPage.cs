using Dyad.Web.Events;

namespace Dyad.Web.Pages;

/// <summary>The front page: the pairs of states on record, and one pair's timeline chart, counts and latest events.</summary>
public static class OverviewPage
{
    public static string Render(PageContext context, EventCatalog catalog, string? requestedPair)
    {
        var all = catalog.All();
        var pairs = all.Where(e => e.Pair is not null && e.Status != "generic").GroupBy(e => e.Pair!)
            .Select(g => (Pair: g.Key, Count: g.Count())).OrderByDescending(p => p.Count).ThenBy(p => p.Pair, StringComparer.Ordinal).ToList();
        var pair = EventMatcher.NormalizePair(requestedPair) ?? pairs.FirstOrDefault().Pair;
        var html = new Html();
        html.Add($"""<h1>Overview{(pair is null ? "" : ": " + pair)}</h1>""");
        if (pairs.Count == 0)
        {
            html.Add($"""<p>No events yet. <a href="/upload">Upload articles</a> or run <code>dyad ingest</code>.</p>""");
            return Layout.Page(context, "Overview", html.ToRaw(), "/");
        }
        html.Add($"""<nav class="pairs">""");
        foreach (var p in pairs.Take(30))
            html.Add($"""<a href="/?pair={Html.Url(p.Pair)}"{(p.Pair == pair ? new RawHtml(" class=\"here\"") : default)}>{p.Pair} <span class="muted">{p.Count}</span></a>""");
        html.Add($"""</nav>""");
        var events = all.Where(e => e.Pair == pair && e.Status != "generic").ToList();
        html.Add($"""<section><h2>Timeline</h2>{PairChart.Render(pair!, events)}</section>""");

        html.Add($"""<section class="split"><div><h2>By type</h2><table class="counts">""");
        foreach (var g in events.GroupBy(e => e.Type).OrderByDescending(g => g.Count()))
            html.Add($"""<tr><td>{EventText.Type(g.Key)}</td><td class="num"><a href="/events?pair={Html.Url(pair!)}&type={g.Key}">{g.Count()}</a></td></tr>""");
        html.Add($"""</table></div><div><h2>By status</h2><table class="counts">""");
        foreach (var g in events.GroupBy(e => e.Status).OrderByDescending(g => g.Count()))
            html.Add($"""<tr><td>{EventText.Status(g.Key)}</td><td class="num"><a href="/events?pair={Html.Url(pair!)}&status={g.Key}">{g.Count()}</a></td></tr>""");
        html.Add($"""</table></div><div><h2>Review</h2><table class="counts">""");
        html.Add($"""<tr><td>accepted</td><td class="num">{events.Count(e => e.Review?.Verdict == "accepted")}</td></tr><tr><td>rejected</td><td class="num">{events.Count(e => e.Review?.Verdict == "rejected")}</td></tr><tr><td>unreviewed</td><td class="num">{events.Count(e => e.Review is null)}</td></tr>""");
        html.Add($"""</table></div></section>""");
        html.Add($"""<section><h2>Latest events</h2>{EventPages.Table(events.Where(e => e.Date is not null).Reverse().Take(15))}<p><a href="/events?pair={Html.Url(pair!)}">All {events.Count} events of {pair} →</a></p></section>""");
        return Layout.Page(context, "Overview", html.ToRaw(), "/");
    }
}
