using System.Text.Json;
using Dyad.Annotation.Events;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Output;

/// <summary>Reads an event record (output-schema.md) back into an <see cref="Event"/>: what the store keeps is what it prints.</summary>
public static class EventRecordReader
{
    public static Event Read(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        return Read(parsed.RootElement);
    }

    public static Event Read(JsonElement r)
    {
        var e = new Event
        {
            Id = r.GetProperty("id").GetString()!,
            Type = EventTypeNames.TryParse(r.GetProperty("type").GetString()!, out var type) ? type : throw new FormatException("unknown event type"),
            Status = EventStatusNames.TryParse(r.GetProperty("status").GetString()!, out var status) ? status : throw new FormatException("unknown status"),
            Source = Country(r, "source"),
            Target = Country(r, "target"),
            Name = Text(r, "name"),
            Round = r.TryGetProperty("round", out var round) && round.ValueKind == JsonValueKind.Number ? round.GetInt32() : null,
            Location = Text(r, "location"),
            Confidence = r.TryGetProperty("confidence", out var confidence) ? confidence.GetDouble() : 0,
        };
        foreach (var c in Items(r, "countries")) e.Countries.Add(CountryCode.Parse(c.GetString()!));
        if (r.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.Object
            && PartialDate.ParseIso(Text(date, "value")) is { } value)
            e.Date = new EventDate(value, Text(date, "text") ?? "");
        foreach (var item in Items(r, "equipment"))
            e.Equipment.Add(new EventEquipment(Text(item, "id") ?? "", Text(item, "name") ?? "", Int(item, "quantity")));
        foreach (var p in Items(r, "participants"))
            e.Participants.Add(new EventParticipant(Text(p, "name") ?? "", Text(p, "role"), Country(p, "country")));
        if (r.TryGetProperty("codes", out var codes) && codes.ValueKind == JsonValueKind.Object)
            e.Codes = new EventCodes(Text(codes, "cameo"), Text(codes, "plover"));
        foreach (var c in Items(r, "conflicts"))
            e.Conflicts.Add(new EventConflict(Text(c, "field") ?? "", Items(c, "values").Select(v => v.ToString()).ToList()));
        foreach (var ev in Items(r, "evidence"))
            e.Evidence.Add(new EventEvidence(Text(ev, "source") ?? "", Text(ev, "doc") ?? "",
                new TextSpan(Int(ev, "start") ?? 0, Int(ev, "end") ?? 0), Text(ev, "text") ?? ""));
        return e;
    }

    /// <summary>A number field of the record, or null when absent or null.</summary>
    public static int? Int(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static string? Text(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static CountryCode? Country(JsonElement r, string name) =>
        CountryCode.TryParse(Text(r, name), out var code) ? code : null;

    private static IEnumerable<JsonElement> Items(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
