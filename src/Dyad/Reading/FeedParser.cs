using System.Xml;
using System.Xml.Linq;

namespace Dyad.Reading;

/// <summary>
/// Reads the items of RSS 2.0, RSS 1.0 and Atom feeds by local element names, so odd namespaces,
/// missing fields and dates in any format do not stop it (a strict syndication parser throws on those).
/// </summary>
internal static class FeedParser
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    // Elements holding an item's text, richest first: content:encoded, Atom content, description, summary.
    private static readonly string[] ContentElements = ["encoded", "content", "description", "summary"];
    private static readonly string[] DateElements = ["pubDate", "published", "date", "issued", "updated", "modified"];
    private static readonly string[] AuthorElements = ["creator", "author"];

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The feed's items in document order; throws <see cref="XmlException"/> when the XML is broken.</summary>
    public static IReadOnlyList<FeedItem> Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        var root = XDocument.Load(reader).Root ?? throw new XmlException("no root element");
        var channel = Child(root, "channel");
        var publisher = Value(Child(channel ?? root, "title"));
        var items = new List<FeedItem>();
        foreach (var element in root.Descendants())
        {
            if (element.Name.LocalName is not ("item" or "entry")) continue;
            items.Add(new FeedItem(
                Title: Value(Child(element, "title")),
                Link: Link(element),
                Content: FirstValue(element, ContentElements),
                Published: FirstValue(element, DateElements),
                Author: Author(element),
                Publisher: publisher));
        }
        return items;
    }

    private static string? Link(XElement item)
    {
        // Atom: <link rel="alternate" href="…"/> (rel defaults to alternate); RSS: <link>…</link>.
        foreach (var link in item.Elements())
        {
            if (link.Name.LocalName != "link") continue;
            var href = link.Attribute("href")?.Value;
            var rel = link.Attribute("rel")?.Value;
            if (href is not null && (rel is null || rel == "alternate")) return href.Trim();
            if (href is null && Value(link) is { } text) return text;
        }
        return Value(Child(item, "guid")) is { } guid && guid.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? guid : null;
    }

    private static string? Author(XElement item)
    {
        foreach (var name in AuthorElements)
        {
            var element = Child(item, name);
            if (element is null) continue;
            // Atom nests <name>; RSS gives "email (Name)" or a bare name.
            var value = element.Name.NamespaceName == AtomNamespace || Child(element, "name") is not null
                ? Value(Child(element, "name"))
                : Value(element);
            if (value is null) continue;
            var open = value.IndexOf('(');
            if (value.Contains('@') && open >= 0 && value.EndsWith(')')) value = value[(open + 1)..^1].Trim();
            return value;
        }
        return null;
    }

    private static string? FirstValue(XElement item, string[] localNames)
    {
        foreach (var name in localNames)
            if (Value(Child(item, name)) is { } value) return value;
        return null;
    }

    private static XElement? Child(XElement parent, string localName)
    {
        foreach (var child in parent.Elements())
            if (child.Name.LocalName == localName) return child;
        return null;
    }

    /// <summary>An element's text; Atom's type="xhtml" content is markup, kept as markup.</summary>
    private static string? Value(XElement? element)
    {
        if (element is null) return null;
        var value = element.Attribute("type")?.Value == "xhtml"
            ? string.Concat(element.Nodes().Select(n => n.ToString()))
            : element.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
