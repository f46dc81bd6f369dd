using System.Globalization;
using Dyad.Web.Events;

namespace Dyad.Web.Pages;

/// <summary>
/// The pair's timeline as inline SVG: a row a type, a column a year, and in each cell a mark a status group:
/// a filled dot for what happened (occurred, ongoing), a ring for what was intended (planned, proposed,
/// speculative), a cross for what was denied. Dot size grows with the count; each mark links to its events.
/// </summary>
public static class PairChart
{
    private static readonly (string Name, string[] Statuses)[] Groups =
    [
        ("happened", ["occurred", "ongoing"]),
        ("intended", ["planned", "proposed", "speculative"]),
        ("denied", ["negated"]),
    ];

    private const int Left = 150, Top = 24, Cell = 34, Row = 30;

    public static RawHtml Render(string pair, IReadOnlyList<EventRecord> events)
    {
        var dated = events.Where(e => e.Date is not null && e.Status != "generic").ToList();
        var html = new Html();
        if (dated.Count == 0) return html.Add($"""<p class="muted">No dated events for this pair yet.</p>""").ToRaw();
        var years = dated.Select(e => int.Parse(e.Date!.Value[..4], CultureInfo.InvariantCulture)).ToList();
        var last = years.Max();
        var first = Math.Max(years.Min(), last - 39);
        var types = EventEdits.Types.Where(t => dated.Any(e => e.Type == t)).ToList();
        var width = Left + (last - first + 1) * Cell + 10;
        var height = Top + types.Count * Row + 30;
        html.Add($"""<svg class="chart" role="img" aria-label="Events of {pair} by year and type" viewBox="0 0 {width} {height}" width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">""");
        for (var y = first; y <= last; y++)
        {
            var x = Left + (y - first) * Cell + Cell / 2;
            html.Add($"""<line class="grid" x1="{x}" y1="{Top - 6}" x2="{x}" y2="{Top + types.Count * Row}"/>""");
            if ((y - first) % 2 == 0 || last - first < 12)
                html.Add($"""<text class="year" x="{x}" y="{Top + types.Count * Row + 18}" text-anchor="middle">{y}</text>""");
        }
        for (var row = 0; row < types.Count; row++)
        {
            var type = types[row];
            var cy = Top + row * Row + Row / 2;
            html.Add($"""<text class="label" x="{Left - 8}" y="{cy + 4}" text-anchor="end">{EventText.TypeLabel(type)}</text>""");
            for (var y = first; y <= last; y++)
            {
                var inCell = dated.Where(e => e.Type == type && e.Date!.Value.StartsWith(y.ToString("D4", CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToList();
                if (inCell.Count == 0) continue;
                var cx = Left + (y - first) * Cell + 6;
                foreach (var (group, statuses) in Groups)
                {
                    var n = inCell.Count(e => statuses.Contains(e.Status));
                    if (n == 0) continue;
                    var r = Math.Min(9.0, 3 + 2 * Math.Sqrt(n));
                    var link = $"/events?pair={Html.Url(pair)}&type={type}&from={y}&to={y}";
                    html.Add($"""<a href="{link}"><g class="mark t-{type} g-{group}"><title>{y} · {EventText.TypeLabel(type)} · {group}: {n}</title>""");
                    html.Raw(Shape(group, cx, cy, r));
                    html.Add($"""</g></a>""");
                    cx += 11;
                }
            }
        }
        html.Add($"""</svg><p class="legend"><span class="key happened">●</span> happened <span class="key intended">○</span> planned, proposed or speculative <span class="key denied">×</span> denied; size: how many</p>""");
        return html.ToRaw();
    }

    private static RawHtml Shape(string group, int cx, int cy, double r)
    {
        var rr = r.ToString("0.#", CultureInfo.InvariantCulture);
        var html = new Html();
        return group == "denied"
            ? html.Add($"""<path d="M{cx - 4} {cy - 4}L{cx + 4} {cy + 4}M{cx + 4} {cy - 4}L{cx - 4} {cy + 4}"/>""").ToRaw()
            : html.Add($"""<circle cx="{cx}" cy="{cy}" r="{rr}"/>""").ToRaw();
    }
}
