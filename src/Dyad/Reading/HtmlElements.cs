namespace Dyad.Reading;

/// <summary>How each HTML element shapes the visible text: dropped, a paragraph, a line, a table cell or preformatted.</summary>
internal static class HtmlElements
{
    /// <summary>Elements whose content a reader never sees as text on the page.</summary>
    public static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "video", "audio", "map", "select", "datalist", "dialog",
    };

    /// <summary>Blocks set apart from their neighbours by a blank line.</summary>
    public static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "table", "ul", "ol", "dl",
        "hr", "address", "hgroup",
    };

    /// <summary>Blocks that start and end a line.</summary>
    public static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "header", "footer", "nav", "aside", "main", "li", "dt", "dd", "tr",
        "thead", "tbody", "tfoot", "caption", "figcaption", "form", "fieldset", "legend", "details", "summary",
        "center", "menu", "body", "html", "option", "search", "textarea",
    };

    /// <summary>Table cells: separated by a space within their row.</summary>
    public static readonly HashSet<string> Cells = new(StringComparer.OrdinalIgnoreCase) { "td", "th" };

    /// <summary>Elements whose whitespace and line breaks are shown as written.</summary>
    public static readonly HashSet<string> Preformatted = new(StringComparer.OrdinalIgnoreCase) { "pre", "textarea", "listing", "plaintext", "xmp" };
}
