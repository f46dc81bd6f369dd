using System.Text.Json;
using Dyad.Annotation.Events;

namespace Dyad.Output;

/// <summary>
/// Writes an event as the JSON "event record" of output-schema.md: every field, null where the text gives
/// nothing, so readers never have to guess whether a field was left out or is unknown.
/// </summary>
public static class EventRecordWriter
{
    public static void Write(Utf8JsonWriter json, Event e) => Write(json, e, null);

    /// <summary>Writes the record and, before it closes, the fields <paramref name="more"/> adds (the contract allows added fields).</summary>
    public static void Write(Utf8JsonWriter json, Event e, Action<Utf8JsonWriter>? more)
    {
        json.WriteStartObject();
        json.WriteString("id", e.Id);
        json.WriteString("type", e.Type.ToSchemaName());
        json.WriteString("status", e.Status.ToSchemaName());
        json.WriteStartArray("countries");
        foreach (var c in e.Countries) json.WriteStringValue(c.Value);
        json.WriteEndArray();
        WriteNullable(json, "source", e.Source?.Value);
        WriteNullable(json, "target", e.Target?.Value);
        if (e.Date is { } date)
        {
            json.WriteStartObject("date");
            json.WriteString("value", date.Value.ToString());
            json.WriteString("text", date.Text);
            json.WriteEndObject();
        }
        else json.WriteNull("date");
        WriteNullable(json, "name", e.Name);
        WriteNullable(json, "round", e.Round);
        WriteNullable(json, "location", e.Location);
        WriteObjects(json, "equipment", e.Equipment, item =>
        {
            json.WriteString("id", item.Id);
            json.WriteString("name", item.Name);
            WriteNullable(json, "quantity", item.Quantity);
        });
        WriteObjects(json, "participants", e.Participants, p =>
        {
            json.WriteString("name", p.Name);
            WriteNullable(json, "role", p.Role);
            WriteNullable(json, "country", p.Country?.Value);
        });
        json.WriteStartObject("codes");
        WriteNullable(json, "cameo", e.Codes.Cameo);
        WriteNullable(json, "plover", e.Codes.Plover);
        json.WriteEndObject();
        json.WriteNumber("confidence", e.Confidence);
        WriteObjects(json, "conflicts", e.Conflicts, conflict =>
        {
            json.WriteString("field", conflict.Field);
            json.WriteStartArray("values");
            foreach (var v in conflict.Values) json.WriteStringValue(v);
            json.WriteEndArray();
        });
        WriteObjects(json, "evidence", e.Evidence, ev =>
        {
            json.WriteString("source", ev.Source);
            json.WriteString("doc", ev.Document);
            json.WriteNumber("start", ev.Span.Start);
            json.WriteNumber("end", ev.Span.End);
            json.WriteString("text", ev.Text);
        });
        more?.Invoke(json);
        json.WriteEndObject();
    }

    private static void WriteObjects<T>(Utf8JsonWriter json, string name, List<T> items, Action<T> writeFields)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeFields(item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value) => DocumentRecordWriter.WriteNullable(json, name, value);

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
