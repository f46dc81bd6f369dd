using System.Text.RegularExpressions;
using static Dyad.Annotation.Time.TimeLexicon;

namespace Dyad.Annotation.Time;

/// <summary>
/// The rule table: each row a pattern written over the lexicon's placeholders ({month}, {day}, {year},
/// {num}, {unit} ...) and a resolver. Where two matches overlap, the recognizer keeps the longer one,
/// and between equal spans the earlier row, so specific rows come before general ones.
/// </summary>
internal static class TimeRules
{
    private static readonly Dictionary<string, string> Placeholders = new()
    {
        ["{month}"] = $"(?<month>{ProperNames(Months.Keys, dotAfterAbbreviation: true)})",
        ["{monthName}"] = $"(?<month>{ProperNames(FullMonthNames)})",
        ["{monthAlone}"] = $"(?<month>{ProperNames(FullMonthNames.Except(AmbiguousMonthNames))})",
        ["{monthAmbiguous}"] = $"(?<month>{ProperNames(AmbiguousMonthNames)})",
        ["{day}"] = @"(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        ["{year}"] = @"(?<year>(?:1[5-9]|20)\d\d)(?!\d)",
        // The first three digits of a decade's year ("199" of "1990s"); a match's four digits end their run, as a year's do.
        ["{decade}"] = @"(?<decade>(?:1[5-9]|20)\d)0",
        ["{weekday}"] = $"(?<weekday>{ProperNames(Weekdays.Keys)})",
        ["{season}"] = $"(?<season>{Alternation(Seasons.Keys)})",
        ["{part}"] = $"(?<part>{Alternation(PartsOfDay.Keys)})",
        ["{unit}"] = $@"(?<unit>{Alternation(Units.Keys)})\b",
        ["{ordinal}"] = $@"(?<ordinal>{Alternation(Ordinals.Keys)})",
        ["{num}"] = $@"(?<num>\d+(?:\.\d+)?|{CompoundNumber()}|{Alternation(VagueQuantities)})",
        ["{dayword}"] = $"(?<dayword>{Alternation(DayWords.Keys)})",
        ["{reference}"] = $"(?<reference>{Alternation(ReferenceWords.Keys)})",
        // "will last three days": after an auxiliary, "last" is the verb.
        // The lookbehind comes after "last", not before: before, it ran at every place a match could start, and made the
        // duration row cost twice as much.
        ["{lastNotVerb}"] = @"last(?<!\b(?:will|would|to|can|could|may|might|should|must|did|does|do|not)\s+last)",
        ["{frequency}"] = $"(?<frequency>{Alternation(Frequencies.Keys)})",
    };

    /// <summary>
    /// What every match of a placeholder contains (a digit, a month, a unit word), so a rule that must pass through
    /// the placeholder runs only in windows holding it. Placeholders of plain words ({num}, {ordinal}) guarantee nothing.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, TriggerKinds> PlaceholderTriggers = new Dictionary<string, TriggerKinds>
    {
        ["{month}"] = TriggerKinds.Month, ["{monthName}"] = TriggerKinds.Month, ["{monthAlone}"] = TriggerKinds.Month,
        ["{monthAmbiguous}"] = TriggerKinds.Month, ["{weekday}"] = TriggerKinds.Weekday,
        ["{day}"] = TriggerKinds.Digit, ["{year}"] = TriggerKinds.Year, ["{decade}"] = TriggerKinds.Year,
        ["{season}"] = TriggerKinds.Season, ["{part}"] = TriggerKinds.PartOfDay, ["{unit}"] = TriggerKinds.Unit,
        ["{dayword}"] = TriggerKinds.DayWord, ["{frequency}"] = TriggerKinds.Frequency,
        // A reference phrase holds a word of its own besides any unit ("recent" of "recent years").
        ["{reference}"] = TriggerKinds.Reference,
    };

    /// <summary>The rows, most specific first. ("the nine months" keeps its article; "the two-week drills" does not: there it belongs to the noun.)</summary>
    public static readonly TimeRule[] All =
    [
        // Full dates.
        new("ISO date", TimexType.Date, @"\b{year}-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])\b",
            m => Date(m.Year, m.Int("m"), m.Int("d"))),
        new("month day, year", TimexType.Date, @"\b(?:{weekday},?\s+)?{month}\s+{day},?\s+{year}\b",
            m => Date(m.Year, m.Month, m.Day)),
        new("day month year", TimexType.Date, @"\b(?:{weekday},?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?{month},?\s+{year}\b",
            m => Date(m.Year, m.Month, m.Day)),
        // Dots are the European order (day.month.year); slashes are read only when one order is impossible.
        new("day.month.year", TimexType.Date, @"(?<![\d.])(?<d>0?[1-9]|[12]\d|3[01])\.(?<m>0?[1-9]|1[0-2])\.{year}\b",
            m => Date(m.Year, m.Int("m"), m.Int("d"))),
        new("numeric date with slashes", TimexType.Date, @"(?<![\d/])(?<a>\d{1,2})/(?<b>\d{1,2})/{year}\b", SlashedDate),

        // Months.
        new("month year", TimexType.Date, @"\b{month},?\s+(?:of\s+)?{year}\b", m => new CalendarValue(m.Year, m.Month)),
        new("month of a relative year", TimexType.Date, @"\b{monthName}\s+(?:of\s+)?(?<dir>last|this|next)\s+year\b",
            m => new CalendarValue(m.Anchor.Reference?.Year + m.Direction, m.Month)),
        new("month day", TimexType.Date, @"\b(?:{weekday},?\s+)?{month}\s+{day}\b", m => m.Anchor.MonthDay(m.Month, m.Day)),
        new("day month", TimexType.Date, @"\b(?:the\s+)?{day}\s+(?:of\s+)?{month}(?!\w)", m => m.Anchor.MonthDay(m.Month, m.Day)),
        new("relative month", TimexType.Date, @"\b(?<dir>last|next|this|past|previous|coming)\s+{monthName}\b",
            m => m.Anchor.NamedMonth(m.Month, m.Direction)),
        new("month", TimexType.Date, @"\b{monthAlone}\b", m => m.Anchor.NamedMonth(m.Month, 0)),
        // "May" and "March" are also a verb, a name and a walk: alone they need a time word before them.
        new("ambiguous month after a time word", TimexType.Date,
            @"(?<=\b(?:in|since|by|until|till|from|through|during|early|late|mid-?|before|after|of|last|next|this|each|every)\s+){monthAmbiguous}\b",
            m => m.Anchor.NamedMonth(m.Month, 0)),

        // Seasons and quarters.
        new("season of a year", TimexType.Date, @"\b(?:the\s+)?{season}\s+(?:of\s+)?{year}\b", m => new SeasonValue(m.Year, m.Season)),
        new("relative season", TimexType.Date, @"\b(?<dir>last|this|next)\s+{season}\b", m => m.Anchor.NamedSeason(m.Season, m.Direction)),
        new("quarter", TimexType.Date, @"\b(?:(?:the\s+)?{ordinal}\s+quarter\b(?:\s+of\s+{year})?|{ordinal}-quarter\b)",
            m => m.Ordinal <= 4 ? new QuarterValue(m.Year ?? m.Anchor.Reference?.Year, m.Ordinal) : null),
        new("quarter code", TimexType.Date, @"\bQ(?<q>[1-4])\s+{year}\b", m => new QuarterValue(m.Year, m.Int("q"))),

        // Decades and centuries.
        new("decade", TimexType.Date, @"\b(?:the\s+)?{decade}'?s\b", m => new DecadeValue(m.Int("decade"))),
        new("decade in two digits", TimexType.Date, @"(?:\bthe\s+)?['’](?<short>\d)0s\b", TwoDigitDecade),
        new("century", TimexType.Date, @"\b(?:the\s+)?{ordinal}[\s-]+century\b", m => new CenturyValue(m.Ordinal - 1)),

        // Relative calendar periods.
        new("relative calendar period", TimexType.Date,
            @"\b(?:the\s+)?(?<dir>last|previous|this|current|next|coming|following)\s+(?<unit>year|month|week|quarter|decade|century)\b", RelativePeriod),
        new("earlier or later in this period", TimexType.Date, @"\b(?:earlier|later)\s+this\s+(?<unit>year|month|week)\b", RelativePeriod),
        new("day word", TimexType.Date, @"\b{dayword}\b", m => m.Anchor.Day(DayWords[m.Words("dayword")])),
        new("weekday", TimexType.Date, @"\b(?:(?<dir>last|next|this)\s+)?{weekday}\b", m => m.Anchor.Weekday(m.Weekday, m.Direction)),
        new("ago", TimexType.Date, @"\b{num}\s+{unit}\s+(?<way>ago|earlier|later)\b", Ago),

        // Parts of days.
        new("part of a day word", TimexType.Time, @"\b{dayword}\s+{part}\b", m => m.Anchor.PartOfDay(DayWords[m.Words("dayword")], m.Part)),
        new("part of this day", TimexType.Time, @"\bthis\s+{part}\b", m => m.Anchor.PartOfDay(0, m.Part)),
        new("tonight", TimexType.Time, @"\btonight\b", m => m.Anchor.PartOfDay(0, PartOfDay.Night)),
        new("last night", TimexType.Time, @"\blast\s+night\b", m => m.Anchor.PartOfDay(-1, PartOfDay.Night)),
        new("part of a weekday", TimexType.Time, @"\b{weekday}\s+{part}\b",
            m => m.Anchor.Weekday(m.Weekday, 0) is CalendarValue { Day: not null } day ? new TimeOfDayValue(day, m.Part) : null),

        // Bare years last among dates: every more specific reading of the digits wins first.
        new("year", TimexType.Date, @"(?<![\w$£€#.,/])(?:the\s+year\s+)?{year}\b(?![%]|[.,]\d|-\d)", m => new CalendarValue(m.Year)),

        // Vague references.
        new("a few periods back or ahead", TimexType.Date,
            @"\b(?:the\s+)?(?<dir>last|past|next|coming)\s+(?:few|several|many|couple\s+of)\s+(?<unit>years|months|weeks|days|decades)\b",
            m => new ReferenceValue(m.Direction < 0 ? TimeReference.Past : TimeReference.Future)),
        new("reference word", TimexType.Date, @"\b{reference}\b", m => new ReferenceValue(ReferenceWords[m.Words("reference")])),

        // Durations.
        // A number takes its unit after white space, or after a hyphen when no "the" or direction stands before it
        // ("three-year", not "the three-year"). One {num} with a conditional, not a branch for each: the engine tried the
        // number words twice at every place a match could start, and the rule cost three times as much.
        new("duration", TimexType.Duration,
            @"\b(?<the>the\s+)?(?:(?<dir>{lastNotVerb}|past|next|first|coming|previous|following|final|initial)\s+)?{num}(?:\s+|(?(the)(?!)|(?(dir)(?!)|-))){unit}(?!-old|\s+old\b|\s+ago\b)",
            Duration),
        new("bare length after for", TimexType.Duration, @"(?<=\bfor\s+)(?<unit>years|decades|months|weeks|days|hours|centuries)\b",
            m => new DurationValue(null, m.Unit)),
        new("the past period", TimexType.Duration, @"\bthe\s+(?:past|last)\s+(?<unit>year|month|week|decade|century)\b(?!\s+ago)",
            m => new DurationValue(1, m.Unit)),

        // Sets.
        new("frequency word", TimexType.Set, @"\b{frequency}\b", m => new DurationValue(1, Frequencies[m.Words("frequency")])),
        new("every period", TimexType.Set, @"\b(?:every|each)\s+(?:{num}\s+)?{unit}",
            m => new DurationValue(m.Has("num") ? m.Number : 1, m.Unit)),
    ];

    /// <summary>The rows with their patterns expanded, each behind its regex.</summary>
    public static readonly (TimeRule Rule, RuleRegex Regex)[] Expanded = All.Select(r => (r, new RuleRegex(Expand(r.Pattern)))).ToArray();

    private static string Expand(string pattern)
    {
        foreach (var (name, fragment) in Placeholders)
            pattern = pattern.Replace(name, fragment, StringComparison.Ordinal);
        return AsciiDigits(pattern);
    }

    /// <summary>
    /// .NET's \d is any Unicode digit; the rules read and parse ASCII digits only ('20١٩' is no year of theirs):
    /// \d becomes [0-9], or 0-9 inside a character class.
    /// </summary>
    private static string AsciiDigits(string pattern)
    {
        var result = new System.Text.StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                if (pattern[i + 1] == 'd') result.Append(inClass ? "0-9" : "[0-9]");
                else result.Append(c).Append(pattern[i + 1]);
                i++;
                continue;
            }
            if (c == '[' && !inClass) inClass = true;
            else if (c == ']' && inClass) inClass = false;
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>"twenty-five", "twenty five", or any single number word.</summary>
    private static string CompoundNumber()
    {
        var tens = NumberWords.Where(p => p.Value is >= 20 and < 100 && p.Value % 10 == 0).Select(p => p.Key);
        var ones = NumberWords.Where(p => p.Value is >= 1 and < 10 && p.Key.Length > 2).Select(p => p.Key);
        return $@"(?:{Alternation(tens)}[\s-]{Alternation(ones)}|{Alternation(NumberWords.Keys)})";
    }

    private static CalendarValue? Date(int? year, int month, int day) =>
        year is { } y && day <= DateTime.DaysInMonth(y, month) ? new CalendarValue(y, month, day) : null;

    /// <summary>3/14/2019 can only be month/day, 14/3/2019 only day/month; 3/4/2019 keeps just the year it is sure of.</summary>
    private static TimeValue? SlashedDate(RuleMatch m)
    {
        int a = m.Int("a"), b = m.Int("b");
        if (a is < 1 or > 31 || b is < 1 or > 31 || (a > 12 && b > 12)) return null;
        if (a > 12) return Date(m.Year, b, a);
        if (b > 12 || a == b) return Date(m.Year, a, b);
        return new CalendarValue(m.Year);
    }

    /// <summary>'80s: the most recent such decade not after the reference (the 2020s against 2024, the 1980s against 2018).</summary>
    private static TimeValue TwoDigitDecade(RuleMatch m)
    {
        int digit = m.Int("short");
        int now = m.Anchor.Reference?.Year ?? 2000;
        int decade = 200 + digit;
        if (decade * 10 > now) decade -= 10;
        return new DecadeValue(decade);
    }

    /// <summary>"three years ago", "a year earlier", "two days later"; a vague amount ("a few years ago") is only the past or the future.</summary>
    private static TimeValue Ago(RuleMatch m)
    {
        var forward = m.Group("way").Equals("later", StringComparison.OrdinalIgnoreCase);
        if (m.Number is { } n && n == decimal.Truncate(n)) return m.Anchor.Ago(forward ? -(int)n : (int)n, m.Unit);
        return new ReferenceValue(forward ? TimeReference.Future : TimeReference.Past);
    }

    private static TimeValue RelativePeriod(RuleMatch m) => m.Group("unit").ToLowerInvariant() switch
    {
        "year" => m.Anchor.Year(m.Direction),
        "month" => m.Anchor.Month(m.Direction),
        "week" => m.Anchor.Week(m.Direction),
        "quarter" => m.Anchor.Quarter(m.Direction),
        "decade" => m.Anchor.Decade(m.Direction),
        _ => m.Anchor.Century(m.Direction),
    };

    private static TimeValue? Duration(RuleMatch m)
    {
        // "a quarter of the vote" is a share, not three months.
        if (m.Unit == TimeUnit.Quarter && m.After.TrimStart().StartsWith("of ", StringComparison.OrdinalIgnoreCase)) return null;
        return new DurationValue(m.Number, m.Unit);
    }
}
