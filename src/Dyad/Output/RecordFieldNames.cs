using System.Text.Json;

namespace Dyad.Output;

/// <summary>
/// The field names of the records (output-schema.md), encoded once: a writer given a string name checks it for
/// characters to escape and transcodes it to UTF-8 at every field of every record.
/// </summary>
internal static class RecordFieldNames
{
    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    public static readonly JsonEncodedText Author = JsonEncodedText.Encode("author");
    public static readonly JsonEncodedText Publisher = JsonEncodedText.Encode("publisher");
    public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
    public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    public static readonly JsonEncodedText Basis = JsonEncodedText.Encode("basis");
    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    public static readonly JsonEncodedText Removed = JsonEncodedText.Encode("removed");
    public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
    public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    public static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");
    public static readonly JsonEncodedText Timexes = JsonEncodedText.Encode("timexes");
    public static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");
    public static readonly JsonEncodedText Warnings = JsonEncodedText.Encode("warnings");
}
