using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>
/// Finds where a page's main article lies in its visible text, so cleaning can tell the story from
/// the chrome around it. Markup that names the article (articleBody, article, main) is trusted first;
/// failing that, SmartReader's readability scoring picks the content and its lines are found in the text.
/// </summary>
internal static class MainContentLocator
{
    // Structural containers in order of how surely they hold the article and nothing else.
    private static readonly string[] ArticleSelectors = ["[itemprop~=articleBody]", "article", "[role=main]", "main"];

    // A container holding less text than this is a teaser or a caption, not the article.
    private const int MinimumArticleLength = 200;

    // SmartReader's scoring grows with the square of nesting: a garbage page of thousands of unclosed
    // tags would take minutes. Real pages nest a few dozen deep.
    private const int MaxScoringDepth = 128;

    // Lines this short ("Share", "Pakistan") recur in chrome; they are only placed right after the previous line found.
    private const int ShortLine = 30;
    private const int ShortLineReach = 300;

    /// <summary>Containers in the page that hold the article; empty when the markup does not say.</summary>
    public static IReadOnlyList<IElement> StructuralCandidates(IDocument page)
    {
        foreach (var selector in ArticleSelectors)
        {
            var found = Outermost(page.QuerySelectorAll(selector));
            if (found.Count == 0) continue;
            // Several <article>s are usually teaser cards around one story: the longest is the story.
            if (selector == "article" && found.Count > 1)
                found = [found.MaxBy(e => e.TextContent.Length)!];
            return found;
        }
        return [];
    }

    public static bool IsLongEnough(IReadOnlyList<TextSpan> spans)
    {
        var length = 0;
        foreach (var span in spans) length += span.Length;
        return length >= MinimumArticleLength;
    }

    /// <summary>The spans of <paramref name="text"/> that SmartReader takes for the article; empty when it finds none.</summary>
    /// <remarks>SmartReader edits the page it scores: call this after the page's text was taken.</remarks>
    public static IReadOnlyList<TextSpan> ByReadability(IHtmlDocument page, string text, string? url)
    {
        if (Depth(page.DocumentElement) > MaxScoringDepth) return [];
        SmartReader.Article article;
        try
        {
            // The constructor taking a parsed page never goes to the network (ParseArticle(uri, …) may).
            article = new SmartReader.Reader(AbsoluteUrl(url), page).GetArticle();
        }
        catch (Exception)
        {
            // A heuristic that trips on a strange page costs the hint, not the document.
            return [];
        }
        // IsReadable is SmartReader's guess that a page has <p> prose at all; the content it scored is still its best pick.
        if (string.IsNullOrWhiteSpace(article.Content)) return [];
        var content = new HtmlParser().ParseDocument(article.Content);
        var articleText = HtmlTextExtractor.Extract(content);
        return Locate(articleText, text);
    }

    /// <summary>Finds the lines of an extract in order in the full text, merging neighbours parted only by whitespace.</summary>
    internal static IReadOnlyList<TextSpan> Locate(string extract, string text)
    {
        var spans = new List<TextSpan>();
        var from = 0;
        foreach (var raw in extract.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var at = text.IndexOf(line, from, StringComparison.Ordinal);
            if (at < 0) continue;
            if (line.Length < ShortLine && (spans.Count == 0 || at - from > ShortLineReach)) continue;
            var span = new TextSpan(at, at + line.Length);
            if (spans.Count > 0 && text.AsSpan(spans[^1].End, at - spans[^1].End).IsWhiteSpace())
                spans[^1] = new TextSpan(spans[^1].Start, span.End);
            else
                spans.Add(span);
            from = span.End;
        }
        return spans;
    }

    private static int Depth(IElement root)
    {
        var deepest = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > deepest) deepest = depth;
            if (deepest > MaxScoringDepth) break;
            foreach (var child in element.Children) stack.Push((child, depth + 1));
        }
        return deepest;
    }

    private static List<IElement> Outermost(IHtmlCollection<IElement> elements)
    {
        var kept = new List<IElement>();
        foreach (var element in elements)
        {
            var nested = false;
            foreach (var outer in kept)
                if (outer.Contains(element)) { nested = true; break; }
            if (!nested) kept.Add(element);
        }
        return kept;
    }

    private static string AbsoluteUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : "https://localhost/";
}
