using System.Buffers;
using System.Text;
using System.Text.Json;
using Dyad.Documents;

namespace Dyad.Storage;

/// <summary>
/// The JSON forms the store keeps beside the text, shared by every backend. Removed ranges use the
/// field names of the document record in output-schema.md: {"start":0,"end":32,"reason":"metadata"}.
/// </summary>
public static class StorageJson
{
    public static string WriteRemovals(IReadOnlyList<Removal> removals) =>
        WriteArray(removals, 48, static (json, removal) =>
        {
            json.WriteStartObject();
            json.WriteNumber("start", removal.Span.Start);
            json.WriteNumber("end", removal.Span.End);
            json.WriteString("reason", ReasonName(removal.Reason));
            json.WriteEndObject();
        });

    public static IReadOnlyList<Removal> ReadRemovals(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var removals = new List<Removal>(parsed.RootElement.GetArrayLength());
        foreach (var item in parsed.RootElement.EnumerateArray())
        {
            var span = new TextSpan(item.GetProperty("start").GetInt32(), item.GetProperty("end").GetInt32());
            var reason = Enum.Parse<RemovalReason>(item.GetProperty("reason").GetString()!, ignoreCase: true);
            removals.Add(new Removal(span, reason));
        }
        return removals;
    }

    public static string WriteStrings(IReadOnlyList<string> values) =>
        WriteArray(values, 64, static (json, value) => json.WriteStringValue(value));

    public static IReadOnlyList<string> ReadStrings(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var values = new List<string>(parsed.RootElement.GetArrayLength());
        foreach (var item in parsed.RootElement.EnumerateArray())
            values.Add(item.GetString()!);
        return values;
    }

    private static string WriteArray<T>(IReadOnlyList<T> items, int bytesPerItem, Action<Utf8JsonWriter, T> writeItem)
    {
        var buffer = new ArrayBufferWriter<byte>(16 + items.Count * bytesPerItem);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var item in items)
                writeItem(json, item);
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The lower-case names reasons and bases have in JSON (output-schema.md) and in the store.</summary>
    public static string ReasonName(RemovalReason reason) => reason.ToString().ToLowerInvariant();

    public static string BasisName(DateBasis basis) => basis.ToString().ToLowerInvariant();

    /// <summary>Reads a stored date and basis back; null when either is missing or unreadable.</summary>
    public static PublicationDate? ReadPublished(string? value, string? basis)
    {
        var date = PartialDate.ParseIso(value);
        if (date is null || basis is null || !Enum.TryParse<DateBasis>(basis, ignoreCase: true, out var parsed)) return null;
        return new PublicationDate(date.Value, parsed);
    }
}
