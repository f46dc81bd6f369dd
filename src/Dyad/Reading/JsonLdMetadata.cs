using System.Text.Json;
using AngleSharp.Dom;

namespace Dyad.Reading;

/// <summary>What a page's JSON-LD (schema.org) says about its article: headline, author, publisher, date.</summary>
internal sealed record JsonLdMetadata(string? Headline, string? Author, string? Publisher, string? DatePublished, string? Url)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "Report", "ScholarlyArticle", "LiveBlogPosting",
    };

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The first article described in the page's ld+json scripts; null when none is, or none parses.</summary>
    public static JsonLdMetadata? Find(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, Lenient);
                if (FindArticle(json.RootElement) is { } article) return From(article);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on real pages; the meta tags still speak.
            }
        }
        return null;
    }

    private static JsonElement? FindArticle(JsonElement node)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                    if (FindArticle(item) is { } found) return found;
                return null;
            case JsonValueKind.Object:
                if (IsArticle(node)) return node;
                return node.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
            default:
                return null;
        }
    }

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return ArticleTypes.Contains(type.GetString()!);
        if (type.ValueKind != JsonValueKind.Array) return false;
        foreach (var item in type.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String && ArticleTypes.Contains(item.GetString()!)) return true;
        return false;
    }

    private static JsonLdMetadata From(JsonElement article) => new(
        Headline: NameOf(article, "headline"),
        Author: NameOf(article, "author"),
        Publisher: NameOf(article, "publisher"),
        DatePublished: NameOf(article, "datePublished"),
        Url: NameOf(article, "url"));

    /// <summary>A property as text: a string, an object's name, or the names of an array's items joined.</summary>
    private static string? NameOf(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) ? NameOf(value) : null;

    private static string? NameOf(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim();
            case JsonValueKind.Object:
                return NameOf(value, "name");
            case JsonValueKind.Array:
                var names = new List<string>();
                foreach (var item in value.EnumerateArray())
                    if (NameOf(item) is { } name) names.Add(name);
                return names.Count == 0 ? null : string.Join(", ", names);
            default:
                return null;
        }
    }
}
