using System.Text;
using System.Text.Json;
using Dyad.Annotation.Events;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Output;

/// <summary>
/// Reads a field the event record does not define (one a writer added): called with the reader on the field's
/// name (<see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/> tells which), it reads or skips the value.
/// </summary>
public delegate void AddedFieldReader(ref Utf8JsonReader reader);

/// <summary>
/// Reads an event record (output-schema.md) back into an <see cref="Event"/>: what the store keeps is what it prints.
/// One forward pass over the UTF-8 bytes, fields in any order: a pair's thousands of records are read as fast as they are fetched.
/// </summary>
public static class EventRecordReader
{
    public static Event Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    /// <summary>Reads the record; a field the schema does not define goes to <paramref name="added"/>, or is skipped.</summary>
    public static Event Read(ReadOnlySpan<byte> utf8, AddedFieldReader? added = null)
    {
        var reader = new Utf8JsonReader(utf8);
        if (Next(ref reader) != JsonTokenType.StartObject) throw new JsonException($"an event record is a JSON object, not {reader.TokenType}");
        var e = new Event();
        string? id = null, type = null, status = null;
        while (NextField(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) id = Text(ref reader);
            else if (reader.ValueTextEquals("type"u8)) type = Text(ref reader);
            else if (reader.ValueTextEquals("status"u8)) status = Text(ref reader);
            else if (reader.ValueTextEquals("countries"u8))
                foreach (var c in Strings(ref reader)) e.Countries.Add(CountryCode.Parse(c));
            else if (reader.ValueTextEquals("source"u8)) e.Source = Country(ref reader);
            else if (reader.ValueTextEquals("target"u8)) e.Target = Country(ref reader);
            else if (reader.ValueTextEquals("date"u8)) e.Date = Date(ref reader);
            else if (reader.ValueTextEquals("name"u8)) e.Name = Text(ref reader);
            else if (reader.ValueTextEquals("round"u8)) e.Round = Int(ref reader);
            else if (reader.ValueTextEquals("location"u8)) e.Location = Text(ref reader);
            else if (reader.ValueTextEquals("confidence"u8)) e.Confidence = Double(ref reader) ?? 0;
            else if (reader.ValueTextEquals("equipment"u8)) ReadObjects(ref reader, e.Equipment, Equipment);
            else if (reader.ValueTextEquals("participants"u8)) ReadObjects(ref reader, e.Participants, Participant);
            else if (reader.ValueTextEquals("codes"u8)) e.Codes = Codes(ref reader) ?? e.Codes;
            else if (reader.ValueTextEquals("conflicts"u8)) ReadObjects(ref reader, e.Conflicts, Conflict);
            else if (reader.ValueTextEquals("evidence"u8)) ReadObjects(ref reader, e.Evidence, Evidence);
            else if (added is not null) added(ref reader);
            else reader.Skip();
        }
        if (reader.Read()) throw new JsonException($"event record: {reader.TokenType} after the record's end");
        e.Id = id ?? throw new FormatException("event record has no id");
        e.Type = type is not null && EventTypeNames.TryParse(type, out var t) ? t : throw new FormatException($"unknown event type '{type}'");
        e.Status = status is not null && EventStatusNames.TryParse(status, out var s) ? s : throw new FormatException($"unknown status '{status}'");
        return e;
    }

    private static EventEquipment Equipment(ref Utf8JsonReader reader)
    {
        string? id = null, name = null;
        int? quantity = null;
        while (NextField(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) id = Text(ref reader);
            else if (reader.ValueTextEquals("name"u8)) name = Text(ref reader);
            else if (reader.ValueTextEquals("quantity"u8)) quantity = Int(ref reader);
            else reader.Skip();
        }
        return new EventEquipment(id ?? "", name ?? "", quantity);
    }

    private static EventParticipant Participant(ref Utf8JsonReader reader)
    {
        string? name = null, role = null;
        CountryCode? country = null;
        while (NextField(ref reader))
        {
            if (reader.ValueTextEquals("name"u8)) name = Text(ref reader);
            else if (reader.ValueTextEquals("role"u8)) role = Text(ref reader);
            else if (reader.ValueTextEquals("country"u8)) country = Country(ref reader);
            else reader.Skip();
        }
        return new EventParticipant(name ?? "", role, country);
    }

    private static EventConflict Conflict(ref Utf8JsonReader reader)
    {
        string? field = null;
        var values = new List<string>();
        while (NextField(ref reader))
        {
            if (reader.ValueTextEquals("field"u8)) field = Text(ref reader);
            else if (reader.ValueTextEquals("values"u8))
            {
                if (Next(ref reader) == JsonTokenType.StartArray)
                    while (Next(ref reader) != JsonTokenType.EndArray) values.Add(Scalar(ref reader));
                else reader.Skip();
            }
            else reader.Skip();
        }
        return new EventConflict(field ?? "", values);
    }

    private static EventEvidence Evidence(ref Utf8JsonReader reader)
    {
        string? source = null, doc = null, text = null;
        int? start = null, end = null;
        while (NextField(ref reader))
        {
            if (reader.ValueTextEquals("source"u8)) source = Text(ref reader);
            else if (reader.ValueTextEquals("doc"u8)) doc = Text(ref reader);
            else if (reader.ValueTextEquals("start"u8)) start = Int(ref reader);
            else if (reader.ValueTextEquals("end"u8)) end = Int(ref reader);
            else if (reader.ValueTextEquals("text"u8)) text = Text(ref reader);
            else reader.Skip();
        }
        return new EventEvidence(source ?? "", doc ?? "", new TextSpan(start ?? 0, end ?? 0), text ?? "");
    }

    // Value readers: called on a field's name, they move onto its value and read it; a value of another kind reads as absent.

    /// <summary>A number field, or null when null or not a number.</summary>
    public static int? Int(ref Utf8JsonReader reader) =>
        Next(ref reader) == JsonTokenType.Number ? reader.GetInt32() : SkipAs<int?>(ref reader, null);

    private static double? Double(ref Utf8JsonReader reader) =>
        Next(ref reader) == JsonTokenType.Number ? reader.GetDouble() : SkipAs<double?>(ref reader, null);

    private static string? Text(ref Utf8JsonReader reader) =>
        Next(ref reader) == JsonTokenType.String ? reader.GetString() : SkipAs<string?>(ref reader, null);

    private static CountryCode? Country(ref Utf8JsonReader reader) =>
        CountryCode.TryParse(Text(ref reader), out var code) ? code : null;

    private static EventDate? Date(ref Utf8JsonReader reader)
    {
        if (Next(ref reader) != JsonTokenType.StartObject) return SkipAs<EventDate?>(ref reader, null);
        string? value = null, text = null;
        while (NextField(ref reader))
        {
            if (reader.ValueTextEquals("value"u8)) value = Text(ref reader);
            else if (reader.ValueTextEquals("text"u8)) text = Text(ref reader);
            else reader.Skip();
        }
        return PartialDate.ParseIso(value) is { } date ? new EventDate(date, text ?? "") : null;
    }

    private static EventCodes? Codes(ref Utf8JsonReader reader)
    {
        if (Next(ref reader) != JsonTokenType.StartObject) return SkipAs<EventCodes?>(ref reader, null);
        string? cameo = null, plover = null;
        while (NextField(ref reader))
        {
            if (reader.ValueTextEquals("cameo"u8)) cameo = Text(ref reader);
            else if (reader.ValueTextEquals("plover"u8)) plover = Text(ref reader);
            else reader.Skip();
        }
        return new EventCodes(cameo, plover);
    }

    /// <summary>An array's string items; items of other kinds are passed over.</summary>
    private static List<string> Strings(ref Utf8JsonReader reader)
    {
        var values = new List<string>();
        if (Next(ref reader) != JsonTokenType.StartArray) return SkipAs(ref reader, values);
        while (Next(ref reader) != JsonTokenType.EndArray)
            if (reader.TokenType == JsonTokenType.String) values.Add(reader.GetString()!);
            else reader.Skip();
        return values;
    }

    /// <summary>An array of objects, each read by <paramref name="item"/> from its start; items of other kinds are passed over.</summary>
    private static void ReadObjects<T>(ref Utf8JsonReader reader, List<T> into, ItemReader<T> item)
    {
        if (Next(ref reader) != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }
        while (Next(ref reader) != JsonTokenType.EndArray)
            if (reader.TokenType == JsonTokenType.StartObject) into.Add(item(ref reader));
            else reader.Skip();
    }

    private delegate T ItemReader<T>(ref Utf8JsonReader reader);

    /// <summary>A conflict's value as text: a string's contents, a number or literal as JSON writes it, "" for null.</summary>
    private static string Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.Null => "",
        _ => throw new FormatException($"a conflict's values are strings, not {reader.TokenType}"),
    };

    private static T SkipAs<T>(ref Utf8JsonReader reader, T value)
    {
        reader.Skip();
        return value;
    }

    /// <summary>Moves to the next field of the object: true with the reader on its name, false at the object's end.</summary>
    private static bool NextField(ref Utf8JsonReader reader) => Next(ref reader) == JsonTokenType.PropertyName;

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("event record ends early");
}
