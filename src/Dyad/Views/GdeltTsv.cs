using System.Globalization;
using Dyad.Annotation.Events;
using Dyad.Fusion;

namespace Dyad.Views;

/// <summary>
/// Fused events as tab-separated values with CAMEO codes, in the column order of GDELT 2.0's event files for the
/// fields that apply to Dyad's events (GDELT's names in a header line), then Dyad's own columns. Actor 1 is the
/// source of a directed event (else the first state), actor 2 the target (else the second). Dates GDELT writes
/// whole are left empty where the source gives only a month or a year; MonthYear and Year are filled as known.
/// </summary>
public static class GdeltTsv
{
    /// <summary>GDELT 2.0 event columns that apply, in GDELT's order; then Dyad's.</summary>
    public static readonly string[] Columns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode",
        "Actor2Code", "Actor2Name", "Actor2CountryCode",
        "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "NumMentions", "NumSources", "NumArticles",
        "ActionGeo_FullName", "SOURCEURL",
        "DyadType", "DyadStatus", "DyadName", "DyadPlover", "DyadConflicts",
    ];

    public static void Write(IEnumerable<FusedEvent> events, TextWriter output)
    {
        output.Write(string.Join('\t', Columns) + "\n");
        foreach (var fused in events)
        {
            var e = fused.Event;
            var actor1 = e.Source?.Value ?? e.Countries.ElementAtOrDefault(0).Value;
            var actor2 = e.Target?.Value ?? e.Countries.Select(c => c.Value).FirstOrDefault(c => c != actor1);
            var date = e.Date?.Value;
            var cameo = e.Codes.Cameo;
            string?[] cells =
            [
                e.Id,
                date is { Day: not null } d ? d.Earliest.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : null,
                date is { Month: not null } m ? $"{m.Year:D4}{m.Month:D2}" : null,
                date is { } y ? y.Year.ToString("D4", CultureInfo.InvariantCulture) : null,
                date is { Day: not null } f ? (f.Year + (f.Earliest.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture) : null,
                actor1, actor1 is null ? null : CountryNames.Of(actor1).ToUpperInvariant(), actor1,
                actor2, actor2 is null ? null : CountryNames.Of(actor2).ToUpperInvariant(), actor2,
                cameo, cameo is null ? null : cameo[..Math.Min(3, cameo.Length)], cameo?[..2], QuadClass(cameo),
                e.Evidence.Count.ToString(CultureInfo.InvariantCulture), fused.SourceCount.ToString(CultureInfo.InvariantCulture),
                fused.DocumentCount.ToString(CultureInfo.InvariantCulture),
                e.Location, e.Evidence.Count > 0 ? e.Evidence[0].Source : null,
                e.Type.ToSchemaName(), e.Status.ToSchemaName(), e.Name, e.Codes.Plover,
                string.Join("; ", e.Conflicts.Select(c => $"{c.Field}: {string.Join(" / ", c.Values)}")),
            ];
            output.Write(string.Join('\t', cells.Select(Clean)) + "\n");
        }
    }

    /// <summary>CAMEO's four classes by root code: verbal and material cooperation, verbal and material conflict.</summary>
    public static string? QuadClass(string? cameo)
    {
        if (cameo is null || cameo.Length < 2 || !int.TryParse(cameo.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var root)) return null;
        return root switch { <= 5 => "1", <= 9 => "2", <= 14 => "3", _ => "4" };
    }

    private static string Clean(string? cell) => cell is null ? "" : EventTable.OneLine(cell.Replace('\t', ' '));
}
