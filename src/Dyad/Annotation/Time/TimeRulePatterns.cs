using System.Text.RegularExpressions;

namespace Dyad.Annotation.Time;

/// <summary>
/// The patterns of <see cref="TimeRules.All"/> expanded over their placeholders and source-generated, so no regex is
/// built at startup. <see cref="TimeRules.All"/> stays the spec: a test fails when a pattern here differs from the
/// expansion of its row (its message gives the new expansion to paste).
/// </summary>
internal static partial class TimeRulePatterns
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>ISO date</summary>
    [GeneratedRegex(@"\b(?<year>(?:1[5-9]|20)\d\d)(?!\d)-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])\b", Options)]
    private static partial Regex IsoDate();

    /// <summary>month day, year</summary>
    [GeneratedRegex(@"\b(?:(?<weekday>(?-i:(?:Wednesday|Thursday|Saturday|Tuesday|Monday|Friday|Sunday))),?\s+)?(?<month>(?-i:(?:September|December|November|February|October|January|August|April|March|Sept\.?|June|July|Nov\.?|Oct\.?|Aug\.?|Feb\.?|Jun\.?|May|Jan\.?|Dec\.?|Mar\.?|Apr\.?|Sep\.?|Jul\.?)))\s+(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d),?\s+(?<year>(?:1[5-9]|20)\d\d)(?!\d)\b", Options)]
    private static partial Regex MonthDayYear();

    /// <summary>day month year</summary>
    [GeneratedRegex(@"\b(?:(?<weekday>(?-i:(?:Wednesday|Thursday|Saturday|Tuesday|Monday|Friday|Sunday))),?\s+)?(?:the\s+)?(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)\s+(?:of\s+)?(?<month>(?-i:(?:September|December|November|February|October|January|August|April|March|Sept\.?|June|July|Nov\.?|Oct\.?|Aug\.?|Feb\.?|Jun\.?|May|Jan\.?|Dec\.?|Mar\.?|Apr\.?|Sep\.?|Jul\.?))),?\s+(?<year>(?:1[5-9]|20)\d\d)(?!\d)\b", Options)]
    private static partial Regex DayMonthYear();

    /// <summary>day.month.year</summary>
    [GeneratedRegex(@"(?<![\d.])(?<d>0?[1-9]|[12]\d|3[01])\.(?<m>0?[1-9]|1[0-2])\.(?<year>(?:1[5-9]|20)\d\d)(?!\d)\b", Options)]
    private static partial Regex DayDotMonthDotYear();

    /// <summary>numeric date with slashes</summary>
    [GeneratedRegex(@"(?<![\d/])(?<a>\d{1,2})/(?<b>\d{1,2})/(?<year>(?:1[5-9]|20)\d\d)(?!\d)\b", Options)]
    private static partial Regex NumericDateWithSlashes();

    /// <summary>month year</summary>
    [GeneratedRegex(@"\b(?<month>(?-i:(?:September|December|November|February|October|January|August|April|March|Sept\.?|June|July|Nov\.?|Oct\.?|Aug\.?|Feb\.?|Jun\.?|May|Jan\.?|Dec\.?|Mar\.?|Apr\.?|Sep\.?|Jul\.?))),?\s+(?:of\s+)?(?<year>(?:1[5-9]|20)\d\d)(?!\d)\b", Options)]
    private static partial Regex MonthYear();

    /// <summary>month of a relative year</summary>
    [GeneratedRegex(@"\b(?<month>(?-i:(?:September|February|November|December|January|October|August|March|April|June|July|May)))\s+(?:of\s+)?(?<dir>last|this|next)\s+year\b", Options)]
    private static partial Regex MonthOfARelativeYear();

    /// <summary>month day</summary>
    [GeneratedRegex(@"\b(?:(?<weekday>(?-i:(?:Wednesday|Thursday|Saturday|Tuesday|Monday|Friday|Sunday))),?\s+)?(?<month>(?-i:(?:September|December|November|February|October|January|August|April|March|Sept\.?|June|July|Nov\.?|Oct\.?|Aug\.?|Feb\.?|Jun\.?|May|Jan\.?|Dec\.?|Mar\.?|Apr\.?|Sep\.?|Jul\.?)))\s+(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)\b", Options)]
    private static partial Regex MonthDay();

    /// <summary>day month</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)\s+(?:of\s+)?(?<month>(?-i:(?:September|December|November|February|October|January|August|April|March|Sept\.?|June|July|Nov\.?|Oct\.?|Aug\.?|Feb\.?|Jun\.?|May|Jan\.?|Dec\.?|Mar\.?|Apr\.?|Sep\.?|Jul\.?)))(?!\w)", Options)]
    private static partial Regex DayMonth();

    /// <summary>relative month</summary>
    [GeneratedRegex(@"\b(?<dir>last|next|this|past|previous|coming)\s+(?<month>(?-i:(?:September|February|November|December|January|October|August|March|April|June|July|May)))\b", Options)]
    private static partial Regex RelativeMonth();

    /// <summary>month</summary>
    [GeneratedRegex(@"\b(?<month>(?-i:(?:September|February|November|December|January|October|August|April|June|July)))\b", Options)]
    private static partial Regex Month();

    /// <summary>ambiguous month after a time word</summary>
    [GeneratedRegex(@"(?<=\b(?:in|since|by|until|till|from|through|during|early|late|mid-?|before|after|of|last|next|this|each|every)\s+)(?<month>(?-i:(?:March|May)))\b", Options)]
    private static partial Regex AmbiguousMonthAfterATimeWord();

    /// <summary>season of a year</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<season>(?:spring|summer|autumn|winter|fall))\s+(?:of\s+)?(?<year>(?:1[5-9]|20)\d\d)(?!\d)\b", Options)]
    private static partial Regex SeasonOfAYear();

    /// <summary>relative season</summary>
    [GeneratedRegex(@"\b(?<dir>last|this|next)\s+(?<season>(?:spring|summer|autumn|winter|fall))\b", Options)]
    private static partial Regex RelativeSeason();

    /// <summary>quarter</summary>
    [GeneratedRegex(@"\b(?:(?:the\s+)?(?<ordinal>(?:twenty-first|seventeenth|nineteenth|thirteenth|fourteenth|eighteenth|fifteenth|twentieth|sixteenth|eleventh|seventh|twelfth|second|fourth|eighth|fifth|third|tenth|first|sixth|ninth|19th|20th|21st|1st|3rd|4th|2nd))\s+quarter\b(?:\s+of\s+(?<year>(?:1[5-9]|20)\d\d)(?!\d))?|(?<ordinal>(?:twenty-first|seventeenth|nineteenth|thirteenth|fourteenth|eighteenth|fifteenth|twentieth|sixteenth|eleventh|seventh|twelfth|second|fourth|eighth|fifth|third|tenth|first|sixth|ninth|19th|20th|21st|1st|3rd|4th|2nd))-quarter\b)", Options)]
    private static partial Regex Quarter();

    /// <summary>quarter code</summary>
    [GeneratedRegex(@"\bQ(?<q>[1-4])\s+(?<year>(?:1[5-9]|20)\d\d)(?!\d)\b", Options)]
    private static partial Regex QuarterCode();

    /// <summary>decade</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<decade>(?:1[5-9]|20)\d)0'?s\b", Options)]
    private static partial Regex Decade();

    /// <summary>decade in two digits</summary>
    [GeneratedRegex(@"(?:\bthe\s+)?['’](?<short>\d)0s\b", Options)]
    private static partial Regex DecadeInTwoDigits();

    /// <summary>century</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<ordinal>(?:twenty-first|seventeenth|nineteenth|thirteenth|fourteenth|eighteenth|fifteenth|twentieth|sixteenth|eleventh|seventh|twelfth|second|fourth|eighth|fifth|third|tenth|first|sixth|ninth|19th|20th|21st|1st|3rd|4th|2nd))[\s-]+century\b", Options)]
    private static partial Regex Century();

    /// <summary>relative calendar period</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<dir>last|previous|this|current|next|coming|following)\s+(?<unit>year|month|week|quarter|decade|century)\b", Options)]
    private static partial Regex RelativeCalendarPeriod();

    /// <summary>earlier or later in this period</summary>
    [GeneratedRegex(@"\b(?:earlier|later)\s+this\s+(?<unit>year|month|week)\b", Options)]
    private static partial Regex EarlierOrLaterInThisPeriod();

    /// <summary>day word</summary>
    [GeneratedRegex(@"\b(?<dayword>(?:yesterday|tomorrow|today))\b", Options)]
    private static partial Regex DayWord();

    /// <summary>weekday</summary>
    [GeneratedRegex(@"\b(?:(?<dir>last|next|this)\s+)?(?<weekday>(?-i:(?:Wednesday|Thursday|Saturday|Tuesday|Monday|Friday|Sunday)))\b", Options)]
    private static partial Regex Weekday();

    /// <summary>ago</summary>
    [GeneratedRegex(@"\b(?<num>\d+(?:\.\d+)?|(?:(?:seventy|eighty|twenty|thirty|ninety|sixty|forty|fifty)[\s-](?:a\s+couple\s+of|a\s+couple|seven|three|eight|five|four|nine|six|two|one)|(?:one\s+hundred|a\s+couple\s+of|seventeen|a\s+hundred|nineteen|a\s+couple|fourteen|thirteen|eighteen|seventy|hundred|sixteen|a\s+dozen|fifteen|eleven|twelve|eighty|twenty|thirty|ninety|sixty|seven|forty|three|fifty|eight|five|four|nine|six|two|ten|one|an|a))|(?:a\s+number\s+of|numerous|several|a\s+few|some|many|few))\s+(?<unit>(?:centuries|quarters|seconds|minutes|quarter|decades|century|minute|months|decade|hours|weeks|month|years|hour|days|week|year|day))\b\s+(?<way>ago|earlier|later)\b", Options)]
    private static partial Regex Ago();

    /// <summary>part of a day word</summary>
    [GeneratedRegex(@"\b(?<dayword>(?:yesterday|tomorrow|today))\s+(?<part>(?:afternoon|morning|evening|night))\b", Options)]
    private static partial Regex PartOfADayWord();

    /// <summary>part of this day</summary>
    [GeneratedRegex(@"\bthis\s+(?<part>(?:afternoon|morning|evening|night))\b", Options)]
    private static partial Regex PartOfThisDay();

    /// <summary>tonight</summary>
    [GeneratedRegex(@"\btonight\b", Options)]
    private static partial Regex Tonight();

    /// <summary>last night</summary>
    [GeneratedRegex(@"\blast\s+night\b", Options)]
    private static partial Regex LastNight();

    /// <summary>part of a weekday</summary>
    [GeneratedRegex(@"\b(?<weekday>(?-i:(?:Wednesday|Thursday|Saturday|Tuesday|Monday|Friday|Sunday)))\s+(?<part>(?:afternoon|morning|evening|night))\b", Options)]
    private static partial Regex PartOfAWeekday();

    /// <summary>year</summary>
    [GeneratedRegex(@"(?<![\w$£€#.,/])(?:the\s+year\s+)?(?<year>(?:1[5-9]|20)\d\d)(?!\d)\b(?![%]|[.,]\d|-\d)", Options)]
    private static partial Regex Year();

    /// <summary>a few periods back or ahead</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<dir>last|past|next|coming)\s+(?:few|several|many|couple\s+of)\s+(?<unit>years|months|weeks|days|decades)\b", Options)]
    private static partial Regex AFewPeriodsBackOrAhead();

    /// <summary>reference word</summary>
    [GeneratedRegex(@"\b(?<reference>(?:the\s+years\s+to\s+come|the\s+coming\s+months|the\s+coming\s+years|the\s+coming\s+weeks|the\s+months\s+ahead|the\s+years\s+ahead|the\s+coming\s+days|recent\s+decades|the\s+days\s+ahead|at\s+the\s+moment|recent\s+months|at\s+this\s+time|recent\s+years|recent\s+weeks|recent\s+days|at\s+present|these\s+days|the\s+future|currently|presently|nowadays|recently|the\s+past|lately|now))\b", Options)]
    private static partial Regex ReferenceWord();

    /// <summary>duration</summary>
    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:(?<dir>(?<!\b(?:will|would|to|can|could|may|might|should|must|did|does|do|not)\s+)last|past|next|first|coming|previous|following|final|initial)\s+)?(?<num>\d+(?:\.\d+)?|(?:(?:seventy|eighty|twenty|thirty|ninety|sixty|forty|fifty)[\s-](?:a\s+couple\s+of|a\s+couple|seven|three|eight|five|four|nine|six|two|one)|(?:one\s+hundred|a\s+couple\s+of|seventeen|a\s+hundred|nineteen|a\s+couple|fourteen|thirteen|eighteen|seventy|hundred|sixteen|a\s+dozen|fifteen|eleven|twelve|eighty|twenty|thirty|ninety|sixty|seven|forty|three|fifty|eight|five|four|nine|six|two|ten|one|an|a))|(?:a\s+number\s+of|numerous|several|a\s+few|some|many|few))\s+|(?<num>\d+(?:\.\d+)?|(?:(?:seventy|eighty|twenty|thirty|ninety|sixty|forty|fifty)[\s-](?:a\s+couple\s+of|a\s+couple|seven|three|eight|five|four|nine|six|two|one)|(?:one\s+hundred|a\s+couple\s+of|seventeen|a\s+hundred|nineteen|a\s+couple|fourteen|thirteen|eighteen|seventy|hundred|sixteen|a\s+dozen|fifteen|eleven|twelve|eighty|twenty|thirty|ninety|sixty|seven|forty|three|fifty|eight|five|four|nine|six|two|ten|one|an|a))|(?:a\s+number\s+of|numerous|several|a\s+few|some|many|few))-)(?<unit>(?:centuries|quarters|seconds|minutes|quarter|decades|century|minute|months|decade|hours|weeks|month|years|hour|days|week|year|day))\b(?!-old|\s+old\b|\s+ago\b)", Options)]
    private static partial Regex Duration();

    /// <summary>bare length after for</summary>
    [GeneratedRegex(@"(?<=\bfor\s+)(?<unit>years|decades|months|weeks|days|hours|centuries)\b", Options)]
    private static partial Regex BareLengthAfterFor();

    /// <summary>the past period</summary>
    [GeneratedRegex(@"\bthe\s+(?:past|last)\s+(?<unit>year|month|week|decade|century)\b(?!\s+ago)", Options)]
    private static partial Regex ThePastPeriod();

    /// <summary>frequency word</summary>
    [GeneratedRegex(@"\b(?<frequency>(?:annually|monthly|hourly|weekly|yearly|daily))\b", Options)]
    private static partial Regex FrequencyWord();

    /// <summary>every period</summary>
    [GeneratedRegex(@"\b(?:every|each)\s+(?:(?<num>\d+(?:\.\d+)?|(?:(?:seventy|eighty|twenty|thirty|ninety|sixty|forty|fifty)[\s-](?:a\s+couple\s+of|a\s+couple|seven|three|eight|five|four|nine|six|two|one)|(?:one\s+hundred|a\s+couple\s+of|seventeen|a\s+hundred|nineteen|a\s+couple|fourteen|thirteen|eighteen|seventy|hundred|sixteen|a\s+dozen|fifteen|eleven|twelve|eighty|twenty|thirty|ninety|sixty|seven|forty|three|fifty|eight|five|four|nine|six|two|ten|one|an|a))|(?:a\s+number\s+of|numerous|several|a\s+few|some|many|few))\s+)?(?<unit>(?:centuries|quarters|seconds|minutes|quarter|decades|century|minute|months|decade|hours|weeks|month|years|hour|days|week|year|day))\b", Options)]
    private static partial Regex EveryPeriod();

    /// <summary>One regex a row of <see cref="TimeRules.All"/>, in the table's order.</summary>
    public static readonly Regex[] InTableOrder = [IsoDate(), MonthDayYear(), DayMonthYear(), DayDotMonthDotYear(), NumericDateWithSlashes(), MonthYear(), MonthOfARelativeYear(), MonthDay(), DayMonth(), RelativeMonth(), Month(), AmbiguousMonthAfterATimeWord(), SeasonOfAYear(), RelativeSeason(), Quarter(), QuarterCode(), Decade(), DecadeInTwoDigits(), Century(), RelativeCalendarPeriod(), EarlierOrLaterInThisPeriod(), DayWord(), Weekday(), Ago(), PartOfADayWord(), PartOfThisDay(), Tonight(), LastNight(), PartOfAWeekday(), Year(), AFewPeriodsBackOrAhead(), ReferenceWord(), Duration(), BareLengthAfterFor(), ThePastPeriod(), FrequencyWord(), EveryPeriod()];
}
