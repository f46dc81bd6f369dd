using System.Text.Json;

namespace Dyad.Reading;

/// <summary>
/// Tells the format of a decoded input from what it holds, falling back on its extension when the
/// content says nothing clear: a .txt holding a web page is HTML; a .html holding bare prose is still HTML.
/// </summary>
internal static class FormatDetector
{
    private static readonly Dictionary<string, InputFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = InputFormat.Html, [".htm"] = InputFormat.Html, [".xhtml"] = InputFormat.Html, [".shtml"] = InputFormat.Html,
        [".rss"] = InputFormat.Feed, [".atom"] = InputFormat.Feed, [".xml"] = InputFormat.Feed,
        [".jsonl"] = InputFormat.JsonLines, [".ndjson"] = InputFormat.JsonLines,
    };

    /// <summary>A file named as JSON Lines: read as a stream of records rather than one document.</summary>
    public static bool IsJsonLinesFile(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var format) && format == InputFormat.JsonLines;

    // Root elements of syndication feeds: RSS 2.0, Atom, RSS 1.0 (RDF).
    private static readonly string[] FeedRoots = ["rss", "feed", "rdf:RDF"];

    // Tags an HTML file or fragment starts with; prose does not begin with these.
    private static readonly string[] HtmlStarts =
    [
        "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<link", "<base", "<script", "<style",
        "<article", "<main", "<section", "<header", "<nav", "<div", "<p>", "<p ", "<h1", "<h2", "<h3", "<table", "<ul", "<span",
    ];

    // How far into the file a sniff looks for a root element or tag.
    private const int SniffLength = 4096;

    public static InputFormat Detect(string text, string? fileName)
    {
        var sniffed = Sniff(text);
        if (sniffed is not null) return sniffed.Value;
        var extension = fileName is null ? "" : Path.GetExtension(fileName);
        if (ByExtension.TryGetValue(extension, out var format))
            return format == InputFormat.Feed ? InputFormat.OtherXml : format;
        return InputFormat.Text;
    }

    private static InputFormat? Sniff(string text)
    {
        var head = SkipPrologue(text.AsSpan(0, Math.Min(text.Length, SniffLength)));
        if (head.IsEmpty) return null;
        if (head[0] == '{') return LooksLikeJsonObjectLine(text) ? InputFormat.JsonLines : null;
        if (head[0] != '<') return null;

        foreach (var root in FeedRoots)
            if (StartsWithTag(head, root)) return InputFormat.Feed;
        foreach (var start in HtmlStarts)
            if (head.StartsWith(start, StringComparison.OrdinalIgnoreCase)) return InputFormat.Html;
        return text.StartsWith("<?xml", StringComparison.Ordinal) ? InputFormat.OtherXml : null;
    }

    /// <summary>Skips leading whitespace, the XML declaration, processing instructions and comments.</summary>
    private static ReadOnlySpan<char> SkipPrologue(ReadOnlySpan<char> head)
    {
        while (true)
        {
            head = head.TrimStart();
            if (head.StartsWith("<?", StringComparison.Ordinal)) head = After(head, "?>");
            else if (head.StartsWith("<!--", StringComparison.Ordinal)) head = After(head, "-->");
            else if (head.StartsWith("<!DOCTYPE rss", StringComparison.OrdinalIgnoreCase)) head = After(head, ">");
            else return head;
        }
    }

    private static ReadOnlySpan<char> After(ReadOnlySpan<char> text, string end)
    {
        var at = text.IndexOf(end, StringComparison.Ordinal);
        return at < 0 ? [] : text[(at + end.Length)..];
    }

    private static bool StartsWithTag(ReadOnlySpan<char> head, string name) =>
        head.Length > name.Length + 1
        && head[1..].StartsWith(name, StringComparison.Ordinal)
        && (char.IsWhiteSpace(head[name.Length + 1]) || head[name.Length + 1] is '>' or '/');

    private static bool LooksLikeJsonObjectLine(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var end = text.IndexOf('\n', start);
        var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        try
        {
            using var json = JsonDocument.Parse(line.ToString());
            return json.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
