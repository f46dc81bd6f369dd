using System.Globalization;
using System.Net;
using System.Text;
using Dyad.Annotation.Events;
using Dyad.Fusion;

namespace Dyad.Views;

/// <summary>Events a year by type as a stacked bar chart in SVG: self-contained, no script, no font or file to fetch.</summary>
public static class YearChart
{
    private static readonly string[] Colors =
        ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

    public static string ColorOf(EventType type) => Colors[(int)type % Colors.Length];

    public static string Svg(IEnumerable<FusedEvent> events)
    {
        var counts = new SortedDictionary<int, int[]>();
        foreach (var fused in events)
        {
            if (fused.Event.Date is not { } date) continue;
            if (!counts.TryGetValue(date.Value.Year, out var row)) counts[date.Value.Year] = row = new int[Enum.GetValues<EventType>().Length];
            row[(int)fused.Event.Type]++;
        }
        if (counts.Count > 0)
            for (var year = counts.Keys.First(); year <= counts.Keys.Last(); year++)
                if (!counts.ContainsKey(year)) counts[year] = new int[Enum.GetValues<EventType>().Length];
        var types = Enum.GetValues<EventType>().Where(t => counts.Values.Any(r => r[(int)t] > 0)).ToList();

        const int left = 40, top = 20, plotHeight = 180, barGap = 6, legendRow = 18;
        var barWidth = counts.Count == 0 ? 30 : Math.Clamp(560 / counts.Count - barGap, 8, 40);
        var width = Math.Max(360, left + counts.Count * (barWidth + barGap) + 20);
        var height = top + plotHeight + 30 + legendRow * ((types.Count + 2) / 3);
        var max = Math.Max(1, counts.Values.Select(r => r.Sum()).DefaultIfEmpty(0).Max());
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Events per year by type\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.Append("<title>Events per year by type</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{width - 10}\" y2=\"{top + plotHeight}\" stroke=\"#333\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{top + 4}\" text-anchor=\"end\">{max}</text><text x=\"{left - 6}\" y=\"{top + plotHeight}\" text-anchor=\"end\">0</text>");
        var x = left + barGap;
        foreach (var (year, row) in counts)
        {
            var y = top + plotHeight;
            foreach (var type in types)
            {
                var n = row[(int)type];
                if (n == 0) continue;
                var h = (int)Math.Round((double)n * plotHeight / max);
                y -= h;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{x}\" y=\"{y}\" width=\"{barWidth}\" height=\"{h}\" fill=\"{ColorOf(type)}\"><title>{year}: {n} {Escape(EventTitle.KindOf(type))}</title></rect>");
            }
            // A year label needs about 30 pixels: on narrow bars only every second, fifth or tenth year is labelled.
            if (year % LabelEvery(barWidth + barGap) == 0 || counts.Count == 1)
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + barWidth / 2}\" y=\"{top + plotHeight + 14}\" text-anchor=\"middle\">{year}</text>");
            x += barWidth + barGap;
        }
        for (var i = 0; i < types.Count; i++)
        {
            var lx = left + i % 3 * 180;
            var ly = top + plotHeight + 30 + i / 3 * legendRow;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{lx}\" y=\"{ly}\" width=\"10\" height=\"10\" fill=\"{ColorOf(types[i])}\"/><text x=\"{lx + 14}\" y=\"{ly + 9}\">{Escape(EventTitle.KindOf(types[i]))}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int LabelEvery(int pitch) => pitch >= 30 ? 1 : pitch >= 15 ? 2 : pitch >= 6 ? 5 : 10;

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
