using System.Globalization;
using System.Text.RegularExpressions;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>
/// Reads the dates sources state about themselves: ISO 8601 in meta tags, JSON-LD and Atom
/// ("2018-10-05T14:00:00+05:30"), RFC 822 in RSS ("Fri, 05 Oct 2018 14:00:00 +0530").
/// The date is taken as the publisher wrote it, in their own time zone.
/// </summary>
internal static partial class SourceDates
{
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var iso = PartialDate.ParseIso(text);
        if (iso is not null) return iso;

        var rfc822 = Rfc822Date().Match(text);
        if (rfc822.Success && MonthNumber(rfc822.Groups["month"].ValueSpan) is { } month)
        {
            var day = int.Parse(rfc822.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
            var year = int.Parse(rfc822.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            if (year < 100) year += year < 70 ? 2000 : 1900;
            if (day <= DateTime.DaysInMonth(year, month)) return new PartialDate(year, month, day);
        }

        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? PartialDate.FromDate(DateOnly.FromDateTime(parsed.DateTime))
            : null;
    }

    private static int? MonthNumber(ReadOnlySpan<char> name)
    {
        var months = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
        for (var i = 0; i < 12; i++)
            if (name.Length >= 3 && name[..3].Equals(months[i], StringComparison.OrdinalIgnoreCase)) return i + 1;
        return null;
    }

    [GeneratedRegex(@"^\s*(?:[A-Za-z]+,?\s+)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?\s+(?<year>\d{4}|\d{2})\b")]
    private static partial Regex Rfc822Date();
}
