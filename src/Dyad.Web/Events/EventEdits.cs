using System.Globalization;
using Dyad.Annotation.Events;
using Dyad.Documents;
using Dyad.Knowledge;
using Dyad.Web.Reviews;

namespace Dyad.Web.Events;

/// <summary>The fields a reviewer may set, how each is checked, read and applied to an event record.</summary>
public static class EventEdits
{
    public static readonly IReadOnlyList<string> Fields = ["type", "status", "date", "name", "location", "round", "source", "target"];

    public static IReadOnlyList<string> Types { get; } = Enum.GetValues<EventType>().Select(t => t.ToSchemaName()).ToArray();

    public static IReadOnlyList<string> Statuses { get; } = Enum.GetValues<EventStatus>().Select(s => s.ToSchemaName()).ToArray();

    /// <summary>The value in its stored form; null or empty clears the field. Throws <see cref="ReviewException"/> for a bad value.</summary>
    public static string? Normalize(string field, string? value)
    {
        if (!Fields.Contains(field)) throw new ReviewException($"'{field}' is not a field a review can set (one of: {string.Join(", ", Fields)})");
        value = value?.Trim();
        if (string.IsNullOrEmpty(value)) return field is "type" or "status" ? throw new ReviewException($"{field} cannot be empty") : null;
        switch (field)
        {
            case "type":
                return EventTypeNames.TryParse(value, out var type) ? type.ToSchemaName() : throw new ReviewException($"unknown type '{value}'");
            case "status":
                return EventStatusNames.TryParse(value, out var status) ? status.ToSchemaName() : throw new ReviewException($"unknown status '{value}'");
            case "date":
                return PartialDate.ParseIso(value) is { } date && date.ToString() == value ? value
                    : throw new ReviewException($"date '{value}' is not an ISO date (2015, 2015-06 or 2015-06-01)");
            case "round":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var round) && round is > 0 and < 1000
                    ? round.ToString(CultureInfo.InvariantCulture) : throw new ReviewException($"round '{value}' is not a number from 1 to 999");
            case "source" or "target":
                return CountryCode.TryParse(value, out var code) ? code.Value : throw new ReviewException($"'{value}' is not an ISO alpha-3 country code");
            default:
                return value.Length <= 300 ? value : throw new ReviewException($"{field} is longer than 300 characters");
        }
    }

    public static string? Read(EventRecord e, string field) => field switch
    {
        "type" => e.Type,
        "status" => e.Status,
        "date" => e.Date?.Value,
        "name" => e.Name,
        "location" => e.Location,
        "round" => e.Round?.ToString(CultureInfo.InvariantCulture),
        "source" => e.Source,
        "target" => e.Target,
        _ => null,
    };

    public static EventRecord Apply(EventRecord e, IReadOnlyDictionary<string, string?> fields)
    {
        foreach (var (field, value) in fields)
        {
            e = field switch
            {
                "type" => e with { Type = value ?? e.Type },
                "status" => e with { Status = value ?? e.Status },
                "date" => e with { Date = value is null ? null : new EventDateValue(value, null) },
                "name" => e with { Name = value },
                "location" => e with { Location = value },
                "round" => e with { Round = value is null ? null : int.Parse(value, CultureInfo.InvariantCulture) },
                "source" => e with { Source = value },
                "target" => e with { Target = value },
                _ => e,
            };
        }
        return e;
    }
}
