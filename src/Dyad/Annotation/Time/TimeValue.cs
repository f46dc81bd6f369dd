using System.Globalization;
using Dyad.Documents;

namespace Dyad.Annotation.Time;

/// <summary>How precise a time value is, or what kind of value it is when it is not a calendar point.</summary>
public enum TimeGranularity
{
    TimeOfDay,
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
    Duration,
    Reference,
}

/// <summary>
/// A normalized time value that knows its granularity and prints TIMEX3 (<c>2018-03-02</c>, <c>2018-02</c>,
/// <c>2017</c>, <c>198</c>, <c>P2W</c>, <c>PAST_REF</c>). A part the text leaves unknown prints as X
/// (<c>XXXX-12</c> for "last December" with no reference date), so a value never claims more than it knows.
/// </summary>
public abstract record TimeValue
{
    private protected TimeValue() { }

    public abstract TimeGranularity Granularity { get; }

    /// <summary>The TIMEX3 value string.</summary>
    public abstract string ToTimex();

    public sealed override string ToString() => ToTimex();

    /// <summary>The calendar date this value stands for when its year is known (day, month or year precision); else null.</summary>
    public virtual PartialDate? ToPartialDate() => null;

    /// <summary>A part of a value padded to <paramref name="width"/> digits, or Xs when unknown, formatted where it is written.</summary>
    internal static TimexDigits Digits(int? value, int width) => new(value, width);
}

/// <summary>A day, month or year of the calendar; the year or month may be unknown (printed as X).</summary>
public sealed record CalendarValue : TimeValue
{
    public CalendarValue(int? year, int? month = null, int? day = null)
    {
        if (day is not null && month is null) throw new ArgumentException("a day needs a month", nameof(day));
        if (year is { } y && month is { } m && day is { } d && d > DateTime.DaysInMonth(y, m))
            throw new ArgumentOutOfRangeException(nameof(day), day, "day does not exist in that month");
        Year = year;
        Month = month;
        Day = day;
    }

    public int? Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public static CalendarValue From(PartialDate date) => new(date.Year, date.Month, date.Day);
    public static CalendarValue From(DateOnly date) => new(date.Year, date.Month, date.Day);

    public override TimeGranularity Granularity => Day is not null ? TimeGranularity.Day
        : Month is not null ? TimeGranularity.Month : TimeGranularity.Year;

    public override string ToTimex() => Day is not null ? $"{Digits(Year, 4)}-{Digits(Month, 2)}-{Digits(Day, 2)}"
        : Month is not null ? $"{Digits(Year, 4)}-{Digits(Month, 2)}"
        : Digits(Year, 4).ToString();

    public override PartialDate? ToPartialDate() => Year is { } y ? new PartialDate(y, Month, Day) : null;
}

/// <summary>An ISO week: 2018-W32.</summary>
public sealed record WeekValue(int? Year, int? Week) : TimeValue
{
    public override TimeGranularity Granularity => TimeGranularity.Week;
    public override string ToTimex() => $"{Digits(Year, 4)}-W{Digits(Week, 2)}";
    public static WeekValue Of(DateOnly date) => new(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)));
}

/// <summary>A quarter of a year: 2018-Q3.</summary>
public sealed record QuarterValue(int? Year, int? Quarter) : TimeValue
{
    public override TimeGranularity Granularity => TimeGranularity.Quarter;
    public override string ToTimex() => $"{Digits(Year, 4)}-Q{Digits(Quarter, 1)}";
    public override PartialDate? ToPartialDate() => Year is { } y ? new PartialDate(y) : null;
}

/// <summary>The seasons TIMEX3 names.</summary>
public enum Season { Spring, Summer, Fall, Winter }

/// <summary>A season of a year: 2018-SU.</summary>
public sealed record SeasonValue(int? Year, Season Season) : TimeValue
{
    public override TimeGranularity Granularity => TimeGranularity.Season;
    public override string ToTimex() => $"{Digits(Year, 4)}-{Season switch { Season.Spring => "SP", Season.Summer => "SU", Season.Fall => "FA", _ => "WI" }}";
    public override PartialDate? ToPartialDate() => Year is { } y ? new PartialDate(y) : null;
}

/// <summary>A decade, named by its first three digits: 198 for the 1980s.</summary>
public sealed record DecadeValue(int Decade) : TimeValue
{
    public override TimeGranularity Granularity => TimeGranularity.Decade;
    public override string ToTimex() => Digits(Decade, 3).ToString();
}

/// <summary>A century, named by its first two digits: 19 for the 1900s (the twentieth century).</summary>
public sealed record CenturyValue(int Century) : TimeValue
{
    public override TimeGranularity Granularity => TimeGranularity.Century;
    public override string ToTimex() => Digits(Century, 2).ToString();
}

/// <summary>The parts of a day TIMEX3 names.</summary>
public enum PartOfDay { Morning, Afternoon, Evening, Night }

/// <summary>A part of a known (or unknown) day: 2018-03-02TMO.</summary>
public sealed record TimeOfDayValue(CalendarValue Date, PartOfDay Part) : TimeValue
{
    public override TimeGranularity Granularity => TimeGranularity.TimeOfDay;
    public override string ToTimex() => Date.ToTimex() + (Part switch
    {
        PartOfDay.Morning => "TMO",
        PartOfDay.Afternoon => "TAF",
        PartOfDay.Evening => "TEV",
        _ => "TNI",
    });
}

/// <summary>The units a duration counts, with their TIMEX3 letters.</summary>
public enum TimeUnit { Second, Minute, Hour, Day, Week, Month, Quarter, Year, Decade, Century }

/// <summary>A length of time: P2W, P6DE, PT3H; an unknown amount ("several years") prints as X: PXY.</summary>
public sealed record DurationValue(decimal? Amount, TimeUnit Unit) : TimeValue
{
    public override TimeGranularity Granularity => TimeGranularity.Duration;

    public override string ToTimex()
    {
        var (prefix, suffix) = Unit switch
        {
            TimeUnit.Second => ("PT", "S"),
            TimeUnit.Minute => ("PT", "M"),
            TimeUnit.Hour => ("PT", "H"),
            TimeUnit.Day => ("P", "D"),
            TimeUnit.Week => ("P", "W"),
            TimeUnit.Month => ("P", "M"),
            TimeUnit.Quarter => ("P", "Q"),
            TimeUnit.Year => ("P", "Y"),
            TimeUnit.Decade => ("P", "DE"),
            _ => ("P", "CE"),
        };
        return Amount is { } a ? string.Create(CultureInfo.InvariantCulture, $"{prefix}{a:0.##}{suffix}") : prefix + "X" + suffix;
    }
}

/// <summary>The vague references TIMEX3 names: the past, the present, the future.</summary>
public enum TimeReference { Past, Present, Future }

/// <summary>A vague reference: PAST_REF, PRESENT_REF, FUTURE_REF.</summary>
public sealed record ReferenceValue(TimeReference Reference) : TimeValue
{
    public override TimeGranularity Granularity => TimeGranularity.Reference;
    public override string ToTimex() => Reference switch
    {
        TimeReference.Past => "PAST_REF",
        TimeReference.Present => "PRESENT_REF",
        _ => "FUTURE_REF",
    };
}
