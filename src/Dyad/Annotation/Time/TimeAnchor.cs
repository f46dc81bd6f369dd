using Dyad.Documents;

namespace Dyad.Annotation.Time;

/// <summary>
/// Resolves relative expressions against a reference date (the document creation time) known to the
/// day, the month, the year, or not at all. When the expression needs more than the reference knows
/// ("yesterday" against a month), the value stays at the granularity known (the reference month);
/// with no reference at all, the unknown parts print as X ("last December" is XXXX-12).
/// </summary>
public readonly struct TimeAnchor(PartialDate? reference)
{
    public PartialDate? Reference { get; } = reference;

    public static TimeAnchor None => default;

    /// <summary>"last year" (-1), "this year" (0), "next year" (+1).</summary>
    public TimeValue Year(int offset) => new CalendarValue(Reference?.Year + offset);

    /// <summary>"last month", "next month".</summary>
    public TimeValue Month(int offset)
    {
        if (Reference is not { Month: { } month } r) return Known(new CalendarValue(null, null));
        var first = new DateOnly(r.Year, month, 1).AddMonths(offset);
        return new CalendarValue(first.Year, first.Month);
    }

    /// <summary>"yesterday" (-1), "today" (0), "tomorrow" (+1).</summary>
    public TimeValue Day(int offset) =>
        DayPrecise is { } d ? CalendarValue.From(d.AddDays(offset)) : Known(new CalendarValue(null, null, null));

    /// <summary>"last week", "this week": an ISO week.</summary>
    public TimeValue Week(int offset) => DayPrecise is { } d ? WeekValue.Of(d.AddDays(7 * offset)) : Known(new WeekValue(null, null));

    /// <summary>"last quarter", "this quarter".</summary>
    public TimeValue Quarter(int offset)
    {
        if (Reference is not { Month: { } month } r) return Known(new QuarterValue(null, null));
        var index = r.Year * 4 + (month - 1) / 3 + offset;
        return new QuarterValue(index / 4, index % 4 + 1);
    }

    /// <summary>"this decade", "the last decade" as a calendar decade.</summary>
    public TimeValue Decade(int offset) => Reference is { } r ? new DecadeValue(r.Year / 10 + offset) : new CalendarValue(null);

    /// <summary>"this century".</summary>
    public TimeValue Century(int offset) => Reference is { } r ? new CenturyValue(r.Year / 100 + offset) : new CalendarValue(null);

    /// <summary>
    /// A weekday: with no direction the most recent such day on or before the reference (news reports the past),
    /// "last Monday" the one strictly before, "next Monday" the one strictly after. Null without a reference known
    /// to the day: which week is meant is then a guess, and the day may lie in another month, so no value is given.
    /// </summary>
    public TimeValue? Weekday(DayOfWeek weekday, int direction)
    {
        if (DayPrecise is not { } d) return null;
        int back = ((int)d.DayOfWeek - (int)weekday + 7) % 7;
        if (direction < 0 && back == 0) back = 7;
        if (direction > 0) return CalendarValue.From(d.AddDays(back == 0 ? 7 : 7 - back));
        return CalendarValue.From(d.AddDays(-back));
    }

    /// <summary>
    /// A named month: "last December" is the most recent December before the reference month, "next March"
    /// the first after it, "December" or "this December" the one nearest the reference month.
    /// </summary>
    public TimeValue NamedMonth(int month, int direction)
    {
        if (Reference is not { } r) return new CalendarValue(null, month);
        if (direction == 0) return new CalendarValue(NearestYear(month), month);
        if (r.Month is not { } refMonth)
        {
            // Without the reference month only the year's edges are certain: last December, next January.
            if (direction < 0 && month == 12) return new CalendarValue(r.Year - 1, month);
            if (direction > 0 && month == 1) return new CalendarValue(r.Year + 1, month);
            return new CalendarValue(null, month);
        }
        if (direction < 0) return new CalendarValue(month < refMonth ? r.Year : r.Year - 1, month);
        return new CalendarValue(month > refMonth ? r.Year : r.Year + 1, month);
    }

    /// <summary>A month and day with no year ("Aug. 7"): in the year that puts it nearest the reference.</summary>
    public TimeValue MonthDay(int month, int day)
    {
        var year = NearestYear(month);
        if (day > DateTime.DaysInMonth(year ?? 2000, month)) return new CalendarValue(year, month);
        return new CalendarValue(year, month, day);
    }

    /// <summary>
    /// The year that puts a month with no year in a window around the reference month, reaching seven months
    /// back and four ahead because news mostly reports the past ("December" in a March article is the December
    /// just past; "January" in an October article the one ahead); the reference year when it has no month.
    /// The window was set on TempEval-3 train.
    /// </summary>
    private int? NearestYear(int month)
    {
        if (Reference is not { } r) return null;
        if (r.Month is not { } refMonth) return r.Year;
        var gap = month - refMonth;
        return gap > 4 ? r.Year - 1 : gap < -7 ? r.Year + 1 : r.Year;
    }

    /// <summary>A season: "last summer" the one of the previous year, "this summer" or "summer" the reference year's.</summary>
    public TimeValue NamedSeason(Season season, int direction) => new SeasonValue(Reference?.Year + direction, season);

    /// <summary>"three years ago", "two weeks ago": the reference moved back, at the unit's granularity.</summary>
    public TimeValue Ago(int amount, TimeUnit unit) => unit switch
    {
        TimeUnit.Year => Year(-amount),
        TimeUnit.Decade => Year(-10 * amount),
        TimeUnit.Century => Year(-100 * amount),
        TimeUnit.Month => Month(-amount),
        TimeUnit.Quarter => Month(-3 * amount),
        TimeUnit.Week => Week(-amount),
        _ => Day(-amount),
    };

    /// <summary>"this morning", "tonight", "yesterday evening".</summary>
    public TimeValue PartOfDay(int dayOffset, PartOfDay part) =>
        Day(dayOffset) is CalendarValue { Day: not null } day ? new TimeOfDayValue(day, part) : Day(dayOffset);

    private DateOnly? DayPrecise => Reference is { Day: not null } r ? r.Earliest : null;

    /// <summary>What the reference knows, for an expression that needs more; the placeholder when there is no reference.</summary>
    private TimeValue Known(TimeValue unknown) => Reference is { } r ? CalendarValue.From(r) : unknown;
}
