using AngleSharp.Html.Parser;

namespace Dyad.Reading;

/// <summary>Text that may be HTML (a feed item's description, a record's title): visible text if it is markup, as written if not.</summary>
internal static partial class HtmlFragment
{
    public static string ToText(string value)
    {
        if (!LooksLikeMarkup(value)) return value.Trim();
        var fragment = new HtmlParser().ParseDocument("<body>" + value + "</body>");
        return HtmlTextExtractor.Extract(fragment.Body!);
    }

    /// <summary>A tag or an entity: "&lt;p&gt;", "&lt;/a&gt;", "&amp;amp;". A lone "&lt;" in prose is not markup.</summary>
    private static bool LooksLikeMarkup(string value) => MarkupPattern().IsMatch(value);

    [System.Text.RegularExpressions.GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>|&(#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")]
    private static partial System.Text.RegularExpressions.Regex MarkupPattern();
}
