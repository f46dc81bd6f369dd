using System.Globalization;
using Dyad.Annotation.Events;
using Dyad.Fusion;

namespace Dyad.Views;

/// <summary>Fused events as CSV (RFC 4180, a header line): one event a row, lists joined with '; ', the first quote and its source.</summary>
public static class EventCsv
{
    public static readonly string[] Columns =
    [
        "id", "date", "type", "status", "countries", "source", "target", "name", "round", "location", "equipment", "participants",
        "cameo", "plover", "confidence", "sources", "documents", "mentions", "conflicts", "first_quote", "first_source",
    ];

    public static void Write(IEnumerable<FusedEvent> events, TextWriter output)
    {
        output.Write(string.Join(",", Columns) + "\r\n");
        foreach (var fused in events)
        {
            var e = fused.Event;
            var first = e.Evidence.Count > 0 ? e.Evidence[0] : null;
            string?[] cells =
            [
                e.Id, e.Date?.Value.ToString(), e.Type.ToSchemaName(), e.Status.ToSchemaName(), string.Join(";", e.Countries),
                e.Source?.Value, e.Target?.Value, e.Name, e.Round?.ToString(CultureInfo.InvariantCulture), e.Location,
                string.Join("; ", e.Equipment.Select(x => x.Quantity is { } q ? $"{x.Name} x{q}" : x.Name)),
                string.Join("; ", e.Participants.Select(p => p.Role is null ? p.Name : $"{p.Name} ({p.Role})")),
                e.Codes.Cameo, e.Codes.Plover, e.Confidence.ToString(CultureInfo.InvariantCulture),
                fused.SourceCount.ToString(CultureInfo.InvariantCulture), fused.DocumentCount.ToString(CultureInfo.InvariantCulture),
                e.Evidence.Count.ToString(CultureInfo.InvariantCulture),
                string.Join("; ", e.Conflicts.Select(c => $"{c.Field}: {string.Join(" / ", c.Values)}")),
                first?.Text, first?.Source,
            ];
            output.Write(string.Join(",", cells.Select(Quote)) + "\r\n");
        }
    }

    /// <summary>A cell quoted when it holds a comma, quote or line break; quotes doubled.</summary>
    public static string Quote(string? cell)
    {
        if (string.IsNullOrEmpty(cell)) return "";
        return cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
    }
}
