using System.Text;

namespace Dyad.Views;

/// <summary>
/// A brief as Markdown with footnotes ([^N]), the chart as an SVG file beside it. Article text is escaped so
/// that neither Markdown nor HTML in it is read as markup.
/// </summary>
public static class BriefMarkdown
{
    public static string Write(Brief brief, string chartFileName)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(E(brief.Title)).Append("\n\n## Summary\n\n");
        foreach (var line in brief.Summary) md.Append("- ").Append(E(line)).Append('\n');
        md.Append("\n## Events a year by type\n\n![Events a year by type](").Append(chartFileName).Append(")\n");
        foreach (var section in brief.Sections)
        {
            md.Append("\n## ").Append(E(section.Heading)).Append("\n\n");
            if (section.TableHeader is { } header)
            {
                md.Append("| ").Append(string.Join(" | ", header.Append("Evidence").Select(E))).Append(" |\n");
                md.Append('|').Append(string.Concat(Enumerable.Repeat("---|", header.Count + 1))).Append('\n');
                foreach (var row in section.Lines)
                    md.Append("| ").Append(string.Join(" | ", (row.Cells ?? []).Select(E))).Append(" | ").Append(Marks(row.Notes)).Append(" |\n");
                continue;
            }
            foreach (var line in section.Lines) md.Append("- ").Append(E(line.Text)).Append(Marks(line.Notes)).Append('\n');
        }
        md.Append("\n## Sources\n\n");
        foreach (var note in brief.Footnotes)
        {
            var r = note.Report;
            var citation = string.Join(", ", new[] { r?.Publisher, r?.Title is { } t ? "“" + t + "”" : null, r?.Published?.ToString(), r?.Url, note.Source }
                .Where(s => !string.IsNullOrEmpty(s)).Select(s => E(s!)));
            md.Append("[^").Append(note.Number).Append("]: “").Append(E(note.Quote)).Append("” — ").Append(citation).Append('\n');
        }
        return md.ToString();
    }

    private static string Marks(IReadOnlyList<int> notes) => string.Concat(notes.Select(n => $"[^{n}]"));

    /// <summary>Markdown and HTML specials escaped; line breaks folded so a quote stays one line.</summary>
    private static string E(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in EventTable.OneLine(text))
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!': sb.Append('\\').Append(c); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
