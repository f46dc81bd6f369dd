using System.Globalization;

namespace Dyad.Documents;

/// <summary>
/// A calendar date known to the year, the month or the day, as sources give them
/// ("2018", "August 2018", "10 August 2018"). Prints as TIMEX3 / ISO 8601: 2018, 2018-08, 2018-08-10.
/// </summary>
public readonly record struct PartialDate
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "year must be 1..9999");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "month must be 1..12");
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            throw new ArgumentOutOfRangeException(nameof(day), day, "day needs a month and must exist in it");
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    /// <summary>The first day this date can stand for, to compare dates of different precision.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day this date can stand for.</summary>
    public DateOnly Latest => Day is not null ? new(Year, Month!.Value, Day.Value)
        : Month is not null ? new(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
        : new(Year, 12, 31);

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Reads ISO forms (2018, 2018-08, 2018-08-10, and full timestamps); null for anything else.</summary>
    public static PartialDate? ParseIso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (s.Length >= 4 && int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 0)
        {
            if (s.Length == 4) return new PartialDate(year);
            if (s.Length >= 7 && s[4] == '-' && int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            {
                if (s.Length == 7) return new PartialDate(year, month);
                if (s.Length >= 10 && s[7] == '-' && int.TryParse(s.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                    && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                    && (s.Length == 10 || s[10] is 'T' or 't' or ' '))
                    return new PartialDate(year, month, day);
            }
        }
        return null;
    }

    public override string ToString() => Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}"
        : Month is not null ? $"{Year:D4}-{Month:D2}"
        : $"{Year:D4}";
}
