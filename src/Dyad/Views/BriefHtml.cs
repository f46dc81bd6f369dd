using System.Net;
using System.Text;

namespace Dyad.Views;

/// <summary>
/// A brief as one self-contained HTML page: inline CSS and SVG, no script and nothing fetched, so it opens
/// offline. Article text is hostile input and every piece of it is escaped; a link goes out only to an
/// http(s) URL. Each claim's footnote marks link to the quote (#fn-N) and back.
/// </summary>
public static class BriefHtml
{
    private const string Style = """
        body{font:15px/1.5 Georgia,serif;max-width:860px;margin:2em auto;padding:0 1em;color:#222}
        h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}
        sup a{text-decoration:none}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left}
        th{background:#f3f3f3}.fn{font-size:.9em}.fn q{font-style:italic}.meta{color:#666;font-size:.9em}
        """;

    public static string Write(Brief brief)
    {
        var cited = new HashSet<int>();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        html.Append("<title>").Append(E(brief.Title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(brief.Title)).Append("</h1>\n<h2>Summary</h2>\n<ul>\n");
        foreach (var line in brief.Summary) html.Append("<li>").Append(E(line)).Append("</li>\n");
        html.Append("</ul>\n<h2>Events a year by type</h2>\n<figure>").Append(brief.ChartSvg).Append("</figure>\n");
        foreach (var section in brief.Sections)
        {
            html.Append("<h2>").Append(E(section.Heading)).Append("</h2>\n");
            if (section.TableHeader is { } header)
            {
                html.Append("<table>\n<tr>");
                foreach (var h in header) html.Append("<th>").Append(E(h)).Append("</th>");
                html.Append("<th>Evidence</th></tr>\n");
                foreach (var row in section.Lines)
                {
                    html.Append("<tr>");
                    foreach (var cell in row.Cells ?? []) html.Append("<td>").Append(E(cell)).Append("</td>");
                    html.Append("<td>").Append(Marks(row.Notes, cited)).Append("</td></tr>\n");
                }
                html.Append("</table>\n");
                continue;
            }
            html.Append("<ul>\n");
            foreach (var line in section.Lines) html.Append("<li>").Append(E(line.Text)).Append(Marks(line.Notes, cited)).Append("</li>\n");
            html.Append("</ul>\n");
        }
        html.Append("<h2>Sources</h2>\n<ol class=\"fn\">\n");
        foreach (var note in brief.Footnotes)
        {
            html.Append("<li id=\"fn-").Append(note.Number).Append("\"><q>").Append(E(note.Quote)).Append("</q> — ");
            html.Append(Citation(note)).Append(" <span class=\"meta\">(event ").Append(E(note.EventId)).Append(")</span>");
            html.Append(" <a href=\"#ref-").Append(note.Number).Append("\" aria-label=\"back\">↩</a></li>\n");
        }
        html.Append("</ol>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Footnote marks; the first mark of a note carries the id the note links back to.</summary>
    private static string Marks(IReadOnlyList<int> notes, HashSet<int> cited)
    {
        // One superscript, marks apart: "1, 2, 3", never "123".
        if (notes.Count == 0) return "";
        var marks = new StringBuilder("<sup class=\"notes\">");
        for (var i = 0; i < notes.Count; i++)
        {
            var n = notes[i];
            if (i > 0) marks.Append(", ");
            marks.Append("<a href=\"#fn-").Append(n).Append('"');
            if (cited.Add(n)) marks.Append(" id=\"ref-").Append(n).Append('"');
            marks.Append('>').Append(n).Append("</a>");
        }
        return marks.Append("</sup>").ToString();
    }

    private static string Citation(BriefFootnote note)
    {
        var parts = new List<string>();
        if (note.Report is { } r)
        {
            if (r.Publisher is { } publisher) parts.Add(E(publisher));
            if (r.Title is { } title) parts.Add("“" + E(title) + "”");
            if (r.Published is { } published) parts.Add(E(published.ToString()));
            if (r.Url is { } url && IsWebAddress(url)) parts.Add($"<a href=\"{E(url)}\">{E(url)}</a>");
        }
        parts.Add("<code>" + E(note.Source) + "</code>");
        return string.Join(", ", parts);
    }

    /// <summary>Only http and https addresses become links: a 'javascript:' URL in a feed must not run in the reader's browser.</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
