using System.Xml;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>
/// One document per feed item: the title as the first line, a blank line, then the item's content
/// as visible text. The item's link, title, date and author are its metadata; the channel's title its publisher.
/// </summary>
internal static class FeedDocuments
{
    public static IEnumerable<ReadOutcome> Read(DecodedInput input)
    {
        IReadOnlyList<FeedItem> items;
        try
        {
            items = FeedParser.Parse(input.Text);
        }
        catch (XmlException e)
        {
            return [new ReadFailed(input.Source, $"malformed feed XML (line {e.LineNumber}: {Reasons.FirstSentence(e.Message)})")];
        }
        return items.Count == 0 ? [new ReadFailed(input.Source, "feed with no items")] : ReadItems(input, items);
    }

    private static IEnumerable<ReadOutcome> ReadItems(DecodedInput input, IReadOnlyList<FeedItem> items)
    {
        var read = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var outcome = ReadItem(input, items[i], i + 1);
            if (outcome is ReadSucceeded) read++;
            yield return outcome;
        }
        if (read == 0) yield return new ReadFailed(input.Source, $"feed with no usable items (all {items.Count} empty)");
    }

    private static ReadOutcome ReadItem(DecodedInput input, FeedItem item, int number)
    {
        var title = HtmlMetadataReader.Clean(item.Title is null ? null : HtmlFragment.ToText(item.Title));
        var body = item.Content is null ? "" : HtmlFragment.ToText(item.Content);
        if (title is null && string.IsNullOrWhiteSpace(body))
            return new ReadFailed(input.ItemSource(number), "feed item with no title or text");

        var text = title is null ? body : string.IsNullOrWhiteSpace(body) ? title : title + "\n\n" + body;
        var bodyStart = text.Length - body.Length;
        var warnings = new List<string>();
        var published = SourceDates.Parse(item.Published);
        if (published is null && item.Published is not null) warnings.Add($"unreadable feed date \"{item.Published}\"");

        var metadata = new SourceMetadata
        {
            Format = "feed",
            Title = title,
            Url = item.Link,
            Author = item.Author,
            Publisher = item.Publisher,
            Published = published is { } date ? new PublicationDate(date, DateBasis.Metadata) : null,
            MainContent = body.Length > 0 ? [new TextSpan(bodyStart, text.Length)] : [],
        };
        return new ReadSucceeded(input.CreateDocument(text, metadata, number, warnings));
    }
}
