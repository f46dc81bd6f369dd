using Dyad.Documents;
using Dyad.Web.Annotations;
using Dyad.Web.Events;

namespace Dyad.Web.Pages;

/// <summary>
/// A document's original text as markup: removed ranges, entity mentions, time expressions and evidence each
/// marked, overlaps and all. The text is cut at every span boundary and each piece carries the classes of the
/// spans over it, so nothing is nested and every character is escaped once.
/// </summary>
public static class DocumentText
{
    private enum Kind { Removed, Entity, Timex, Evidence, Highlight }

    private readonly record struct Mark(int Start, int End, Kind Kind, string Class, string Label);

    /// <param name="events">The events whose evidence to mark: the fused events citing this document.</param>
    public static RawHtml Render(AnnotatedDocument annotated, IEnumerable<EventRecord> events, (int Start, int End)? highlight)
    {
        var text = annotated.Document.Text;
        var marks = new List<Mark>();
        foreach (var r in annotated.Document.Removed)
            marks.Add(new Mark(r.Span.Start, r.Span.End, Kind.Removed, "removed", "removed: " + r.Reason.ToString().ToLowerInvariant()));
        foreach (var entity in annotated.Entities)
            foreach (var m in entity.Mentions)
                marks.Add(new Mark(m.Start, m.End, Kind.Entity, "ent ent-" + entity.Type.ToLowerInvariant(), $"{entity.Type}: {entity.Name}"));
        foreach (var t in annotated.Timexes)
            marks.Add(new Mark(t.Start, t.End, Kind.Timex, "timex", $"{t.Type} {t.Value}"));
        foreach (var e in events)
            foreach (var ev in e.Evidence.Where(ev => ev.Doc == annotated.Document.Id))
                marks.Add(new Mark(ev.Start, ev.End, Kind.Evidence, "ev", $"{e.Type} ({e.Status})"));
        if (highlight is { } h) marks.Add(new Mark(h.Start, h.End, Kind.Highlight, "hl", "the evidence you opened"));
        marks.RemoveAll(m => m.Start < 0 || m.End > text.Length || m.Start >= m.End);

        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var m in marks) { cuts.Add(m.Start); cuts.Add(m.End); }
        var byStart = marks.OrderBy(m => m.Start).ToList();
        var active = new List<Mark>();
        var anchors = new HashSet<int>();
        var next = 0;
        var html = new Html();
        var at = 0;
        foreach (var cut in cuts)
        {
            if (cut == 0) continue;
            active.RemoveAll(m => m.End <= at);
            while (next < byStart.Count && byStart[next].Start <= at)
            {
                if (byStart[next].End > at) active.Add(byStart[next]);
                next++;
            }
            foreach (var m in active)
                if (m.Start == at && m.Kind is Kind.Evidence or Kind.Highlight && anchors.Add(m.Start * 31 + m.End))
                    html.Add($"""<span class="anchor" id="ev-{m.Start}-{m.End}"></span>""");
            Piece(html, text, at, cut, active);
            at = cut;
        }
        return html.ToRaw();
    }

    private static void Piece(Html html, string text, int start, int end, List<Mark> over)
    {
        if (over.Count == 0)
        {
            html.Text(text, start, end - start);
            return;
        }
        var classes = string.Join(' ', over.Select(m => m.Class).Distinct());
        var title = string.Join(" · ", over.Select(m => m.Label).Distinct());
        html.Add($"""<span class="{classes}" title="{title}">""").Text(text, start, end - start).Add($"""</span>""");
    }

    /// <summary>Reads "120-180" as a span; null for anything else.</summary>
    public static (int Start, int End)? ParseSpan(string? value)
    {
        var parts = value?.Split('-');
        return parts is { Length: 2 } && int.TryParse(parts[0], out var s) && int.TryParse(parts[1], out var e) && s >= 0 && e > s ? (s, e) : null;
    }
}
