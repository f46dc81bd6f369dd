using System.Text.Json;
using Dyad.Annotation.Events;

namespace Dyad.Output;

/// <summary>
/// Writes an event as the JSON "event record" of output-schema.md: every field, null where the text gives
/// nothing, so readers never have to guess whether a field was left out or is unknown.
/// </summary>
public static class EventRecordWriter
{
    public static void Write(Utf8JsonWriter json, Event e)
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
        if (e.Round is { } round) json.WriteNumber("round", round);
        else json.WriteNull("round");
        WriteNullable(json, "location", e.Location);
        json.WriteStartArray("equipment");
        foreach (var item in e.Equipment)
        {
            json.WriteStartObject();
            json.WriteString("id", item.Id);
            json.WriteString("name", item.Name);
            if (item.Quantity is { } q) json.WriteNumber("quantity", q);
            else json.WriteNull("quantity");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("participants");
        foreach (var p in e.Participants)
        {
            json.WriteStartObject();
            json.WriteString("name", p.Name);
            WriteNullable(json, "role", p.Role);
            WriteNullable(json, "country", p.Country?.Value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("codes");
        WriteNullable(json, "cameo", e.Codes.Cameo);
        WriteNullable(json, "plover", e.Codes.Plover);
        json.WriteEndObject();
        json.WriteNumber("confidence", e.Confidence);
        json.WriteStartArray("conflicts");
        foreach (var conflict in e.Conflicts)
        {
            json.WriteStartObject();
            json.WriteString("field", conflict.Field);
            json.WriteStartArray("values");
            foreach (var v in conflict.Values) json.WriteStringValue(v);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("evidence");
        foreach (var ev in e.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("source", ev.Source);
            json.WriteString("doc", ev.Document);
            json.WriteNumber("start", ev.Span.Start);
            json.WriteNumber("end", ev.Span.End);
            json.WriteString("text", ev.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
