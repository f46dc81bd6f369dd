using Dyad.Fusion;
using Dyad.Knowledge;

namespace Dyad.Views;

/// <summary>
/// A pair's events in date order for a terminal: a heading a year, a line an event with its status mark, date,
/// what happened and how many sources report it; undated events last. Disputed fields are flagged.
/// </summary>
public static class Timeline
{
    public static void Write(CountryCode a, CountryCode b, IReadOnlyList<FusedEvent> events, TextWriter output)
    {
        var dated = events.Where(e => e.Event.Date is not null).ToList();
        var span = dated.Count == 0 ? "" : $", {dated.Min(e => e.Event.Date!.Value.Year)}–{dated.Max(e => e.Event.Date!.Value.Year)}";
        output.WriteLine($"{CountryNames.Of(a)} – {CountryNames.Of(b)}: {events.Count} event{(events.Count == 1 ? "" : "s")}{span}");
        output.WriteLine(StatusMarks.Legend);
        int? year = null;
        var undatedHeading = false;
        foreach (var fused in events)
        {
            var e = fused.Event;
            if (e.Date is { } date && date.Value.Year != year)
            {
                year = date.Value.Year;
                output.WriteLine();
                output.WriteLine(year.Value.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (e.Date is null && !undatedHeading)
            {
                undatedHeading = true;
                output.WriteLine();
                output.WriteLine("undated");
            }
            var sources = fused.SourceCount == 1 ? "1 source" : $"{fused.SourceCount} sources";
            var disputed = e.Conflicts.Count == 0 ? "" : "  (sources disagree: " + string.Join("; ", e.Conflicts.Select(c => $"{c.Field} {string.Join(" / ", c.Values)}")) + ")";
            output.WriteLine($"  {StatusMarks.For(e.Status)} {(e.Date is { } d ? d.Value.ToString() : ""),-10}  {EventTable.OneLine(EventTitle.For(e))}  [{sources}]{disputed}");
        }
    }
}
