using System.Text.Json;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>
/// One document per JSON Lines record: <c>text</c> (or <c>html</c>, read as a page), <c>title</c>, <c>url</c>,
/// <c>published</c>, <c>author</c>, <c>publisher</c>. A bad line is refused as file:line with its reason; the rest go on.
/// </summary>
internal static class JsonLinesDocuments
{
    public static IEnumerable<ReadOutcome> Read(DecodedInput input) => Read(input, Lines(input.Text), maxLineLength: long.MaxValue);

    /// <summary>
    /// A JSON Lines file read a line at a time, so a file of a million records never sits in memory whole: the size
    /// limit applies to each record (a line longer than <paramref name="maxBytes"/> characters is refused as file:line).
    /// </summary>
    public static IEnumerable<ReadOutcome> Stream(DecodedInput input, string path, long maxBytes) =>
        Read(input, File.ReadLines(path, System.Text.Encoding.UTF8), maxBytes);

    private static IEnumerable<ReadOutcome> Read(DecodedInput input, IEnumerable<string> lines, long maxLineLength)
    {
        int read = 0, failed = 0, number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.AsSpan().TrimEnd('\r');
            if (line.IsWhiteSpace()) continue;

            var outcome = line.Length > maxLineLength
                ? new ReadFailed($"{input.Source}:{number}", Reasons.TooLarge(line.Length, maxLineLength))
                : ReadRecord(input, line.ToString(), number);
            if (outcome is ReadSucceeded) read++;
            else failed++;
            yield return outcome;
        }
        if (read == 0) yield return new ReadFailed(input.Source, $"no usable records ({failed} {(failed == 1 ? "line" : "lines")} refused)");
    }

    private static IEnumerable<string> Lines(string text)
    {
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            yield return text[start..end];
            start = end + 1;
        }
    }

    private static ReadOutcome ReadRecord(DecodedInput input, string line, int number)
    {
        var where = $"{input.Source}:{number}";
        try
        {
            using var json = JsonDocument.Parse(line);
            var record = json.RootElement;
            if (record.ValueKind != JsonValueKind.Object) return new ReadFailed(where, $"a record must be a JSON object, not {Describe(record.ValueKind)}");

            string body;
            SourceMetadata metadata;
            if (Field(record, "text") is { } plain)
            {
                body = plain;
                metadata = new SourceMetadata { Format = "jsonl" };
            }
            else if (Field(record, "html") is { } html)
            {
                (body, metadata) = HtmlPageReader.Read(html);
                metadata = metadata with { Format = "jsonl" };
            }
            else return new ReadFailed(where, "record has no \"text\" or \"html\" field");
            if (string.IsNullOrWhiteSpace(body)) return new ReadFailed(where, "record's text is empty");

            var warnings = new List<string>();
            var publishedText = Field(record, "published");
            var published = SourceDates.Parse(publishedText);
            if (published is null && publishedText is not null) warnings.Add($"unreadable published date \"{publishedText}\"");
            metadata = metadata with
            {
                Title = Field(record, "title") ?? metadata.Title,
                Url = Field(record, "url") ?? metadata.Url,
                Author = Field(record, "author") ?? metadata.Author,
                Publisher = Field(record, "publisher") ?? metadata.Publisher,
                Published = published is { } date ? new PublicationDate(date, DateBasis.Metadata) : metadata.Published,
            };
            return new ReadSucceeded(input.CreateDocument(body, metadata, number, warnings));
        }
        catch (JsonException e)
        {
            return new ReadFailed(where, $"invalid JSON ({Reasons.FirstSentence(e.Message)})");
        }
        catch (FormatException e)
        {
            return new ReadFailed(where, e.Message);
        }
    }

    /// <summary>A string field, or null when absent, null or blank; a field of another kind is an error.</summary>
    private static string? Field(JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString(),
            JsonValueKind.Null => null,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new FormatException($"\"{name}\" must be a string, not {Describe(value.ValueKind)}"),
        };
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        _ => "null",
    };
}
