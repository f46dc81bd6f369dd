using AngleSharp.Dom;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>
/// Reads what a page says about itself: meta tags (Open Graph, Twitter, Dublin Core, article:*),
/// JSON-LD, the title element, canonical link, author links and the article header's time element.
/// Each field takes the first source that has it, in the order of the tables below.
/// </summary>
internal static class HtmlMetadataReader
{
    // Meta tags by their name, property or itemprop, lower-cased; earlier beats later.
    private static readonly string[] TitleTags = ["og:title", "twitter:title", "dc.title", "dcterms.title"];
    private static readonly string[] AuthorTags = ["author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author", "sailthru.author"];
    private static readonly string[] PublisherTags = ["og:site_name", "publisher", "dc.publisher", "dcterms.publisher", "application-name"];
    private static readonly string[] StrongDateTags = ["article:published_time", "og:published_time", "datepublished"];
    private static readonly string[] WeakDateTags =
    [
        "date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date", "dc.date.issued", "dcterms.issued",
        "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "citation_publication_date", "article.published",
    ];
    private static readonly string[] UrlTags = ["og:url", "twitter:url"];

    // A date printed in the article's own header; a site header's date is today's, not the article's.
    private static readonly string[] TimeSelectors = ["article header time[datetime]", "time[pubdate][datetime]", "[itemprop=datePublished][datetime]"];

    // What sits between a page title and its site name: "Pakistan and Russia sign pact | Site".
    private static readonly string[] TitleSeparators = [" | ", " – ", " — ", " - ", " :: ", " » ", " · "];

    public static SourceMetadata Read(IDocument page)
    {
        var meta = MetaTags(page);
        var jsonLd = JsonLdMetadata.Find(page);

        var publisher = First(meta, PublisherTags) ?? jsonLd?.Publisher;
        var title = First(meta, TitleTags) ?? jsonLd?.Headline ?? StripSiteName(Clean(page.Title), publisher);
        var author = Author(First(meta, AuthorTags)) ?? Author(jsonLd?.Author) ?? Author(Text(page.QuerySelector("a[rel~=author]")))
            ?? Author(ItemAuthor(page));
        var published = SourceDates.Parse(First(meta, StrongDateTags))
            ?? SourceDates.Parse(jsonLd?.DatePublished)
            ?? SourceDates.Parse(First(meta, WeakDateTags))
            ?? HeaderTime(page);
        var url = Clean(page.QuerySelector("link[rel~=canonical i]")?.GetAttribute("href")) ?? First(meta, UrlTags) ?? jsonLd?.Url;

        return new SourceMetadata
        {
            Format = "html",
            Title = title,
            Author = author,
            Publisher = publisher,
            Url = url,
            Published = published is { } date ? new PublicationDate(date, DateBasis.Metadata) : null,
        };
    }

    private static Dictionary<string, string> MetaTags(IDocument page)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in page.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var content = Clean(element.GetAttribute("content"));
            if (key is not null && content is not null) tags.TryAdd(key.Trim(), content);
        }
        return tags;
    }

    private static string? First(Dictionary<string, string> tags, string[] keys)
    {
        foreach (var key in keys)
            if (tags.TryGetValue(key, out var value)) return value;
        return null;
    }

    private static PartialDate? HeaderTime(IDocument page)
    {
        foreach (var selector in TimeSelectors)
            if (SourceDates.Parse(page.QuerySelector(selector)?.GetAttribute("datetime")) is { } date) return date;
        return null;
    }

    private static string? ItemAuthor(IDocument page)
    {
        var element = page.QuerySelector("[itemprop~=author]");
        if (element is null) return null;
        var name = element.QuerySelector("[itemprop~=name]") ?? element;
        return Clean(name.GetAttribute("content")) ?? Text(name);
    }

    /// <summary>An author as a name: profile URLs are not names, and a leading "By" is the byline's, not the name's.</summary>
    private static string? Author(string? value)
    {
        value = Clean(value);
        if (value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return null;
        return value.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? Clean(value[3..]) : value;
    }

    /// <summary>"Title | Site" → "Title": drops the site's name, or short trailing sections, never the title's own words.</summary>
    internal static string? StripSiteName(string? title, string? siteName)
    {
        if (title is null) return null;
        while (true)
        {
            var cut = LastSeparator(title);
            if (cut.At < 0) return title;
            var head = title[..cut.At].TrimEnd();
            var tail = title[(cut.At + cut.Length)..].Trim();
            var isSite = siteName is not null && tail.Equals(siteName, StringComparison.OrdinalIgnoreCase);
            if (!isSite && (WordCount(tail) > 4 || WordCount(head) < 3)) return title;
            title = head;
        }
    }

    private static (int At, int Length) LastSeparator(string title)
    {
        (int At, int Length) last = (-1, 0);
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > last.At) last = (at, separator.Length);
        }
        return last;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string? Text(IElement? element) => element is null ? null : Clean(element.TextContent);

    /// <summary>Whitespace folded; null for nothing.</summary>
    internal static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
