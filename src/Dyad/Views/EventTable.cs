using Dyad.Annotation.Events;
using Dyad.Fusion;

namespace Dyad.Views;

/// <summary>Fused events as a table for a terminal: date, status, type, states, what, sources, id; one event a line.</summary>
public static class EventTable
{
    public static void Write(IEnumerable<FusedEvent> events, TextWriter output)
    {
        output.WriteLine($"{"date",-10}  {"status",-11}  {"type",-21}  {"states",-9}  {"src",3}  {"id",-22}  what");
        var count = 0;
        foreach (var fused in events)
        {
            var e = fused.Event;
            var states = e.Source is { } s && e.Target is { } t ? $"{s.Value}>{t.Value}" : string.Join("-", e.Countries.Select(c => c.Value));
            var conflict = e.Conflicts.Count > 0 ? " [disputed: " + string.Join(", ", e.Conflicts.Select(c => c.Field)) + "]" : "";
            output.WriteLine($"{EventTitle.DateOf(e),-10}  {e.Status.ToSchemaName(),-11}  {e.Type.ToSchemaName(),-21}  {states,-9}  {fused.SourceCount,3}  {e.Id,-22}  {OneLine(EventTitle.For(e))}{conflict}");
            count++;
        }
        output.WriteLine($"{count} event{(count == 1 ? "" : "s")}");
    }

    internal static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
