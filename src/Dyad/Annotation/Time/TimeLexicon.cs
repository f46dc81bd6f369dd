using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Dyad.Annotation.Time;

/// <summary>
/// The words time expressions are made of, as tables: month and weekday names, number words,
/// units, seasons, modifiers, and the words that tell a year from a count. The rules in
/// <see cref="TimeRules"/> are written over these tables, so a new spelling is one table entry.
/// </summary>
internal static class TimeLexicon
{
    /// <summary>Month names and the abbreviations newspapers use (a trailing dot is allowed by the pattern).</summary>
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["January"] = 1, ["February"] = 2, ["March"] = 3, ["April"] = 4, ["May"] = 5, ["June"] = 6,
        ["July"] = 7, ["August"] = 8, ["September"] = 9, ["October"] = 10, ["November"] = 11, ["December"] = 12,
        ["Jan"] = 1, ["Feb"] = 2, ["Mar"] = 3, ["Apr"] = 4, ["Jun"] = 6, ["Jul"] = 7, ["Aug"] = 8,
        ["Sep"] = 9, ["Sept"] = 9, ["Oct"] = 10, ["Nov"] = 11, ["Dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Full month names only: a bare month stands alone only when spelled out.</summary>
    public static readonly string[] FullMonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Month names that are also everyday words or names ("May", "March"): alone they need a time word before them.</summary>
    public static readonly string[] AmbiguousMonthNames = ["May", "March"];

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday, ["Wednesday"] = DayOfWeek.Wednesday,
        ["Thursday"] = DayOfWeek.Thursday, ["Friday"] = DayOfWeek.Friday, ["Saturday"] = DayOfWeek.Saturday,
        ["Sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, Season> Seasons = new Dictionary<string, Season>(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = Season.Spring, ["summer"] = Season.Summer, ["fall"] = Season.Fall, ["autumn"] = Season.Fall, ["winter"] = Season.Winter,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, PartOfDay> PartsOfDay = new Dictionary<string, PartOfDay>(StringComparer.OrdinalIgnoreCase)
    {
        ["morning"] = PartOfDay.Morning, ["afternoon"] = PartOfDay.Afternoon, ["evening"] = PartOfDay.Evening, ["night"] = PartOfDay.Night,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Unit words, singular and plural, with what they count.</summary>
    public static readonly FrozenDictionary<string, TimeUnit> Units = new Dictionary<string, TimeUnit>(StringComparer.OrdinalIgnoreCase)
    {
        ["seconds"] = TimeUnit.Second, ["minute"] = TimeUnit.Minute, ["minutes"] = TimeUnit.Minute,
        ["hour"] = TimeUnit.Hour, ["hours"] = TimeUnit.Hour, ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day,
        ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week, ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month,
        ["quarter"] = TimeUnit.Quarter, ["quarters"] = TimeUnit.Quarter, ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year,
        ["decade"] = TimeUnit.Decade, ["decades"] = TimeUnit.Decade, ["century"] = TimeUnit.Century, ["centuries"] = TimeUnit.Century,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Units that name a calendar period ("last year", "this week"), as opposed to a mere length.</summary>
    public static readonly string[] CalendarUnits = ["year", "month", "week", "decade", "century", "quarter"];

    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["a hundred"] = 100, ["one hundred"] = 100, ["a dozen"] = 12, ["a couple of"] = 2, ["a couple"] = 2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Quantities that say "some" without saying how many: the value's amount is X.</summary>
    public static readonly string[] VagueQuantities = ["a few", "few", "several", "some", "many", "a number of", "numerous"];

    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15,
        ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["twenty-first"] = 21,
        ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4, ["19th"] = 19, ["20th"] = 20, ["21st"] = 21,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Which way a relative expression points: "last year" -1, "this year" 0, "next year" +1.</summary>
    public static readonly FrozenDictionary<string, int> Directions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["last"] = -1, ["previous"] = -1, ["past"] = -1, ["this"] = 0, ["current"] = 0, ["next"] = 1, ["coming"] = 1,
        ["following"] = 1, ["first"] = 0,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Day words that point a number of days from the reference.</summary>
    public static readonly FrozenDictionary<string, int> DayWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["today"] = 0, ["yesterday"] = -1, ["tomorrow"] = 1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that on their own refer to the past, present or future.</summary>
    public static readonly FrozenDictionary<string, TimeReference> ReferenceWords = new Dictionary<string, TimeReference>(StringComparer.OrdinalIgnoreCase)
    {
        ["now"] = TimeReference.Present, ["currently"] = TimeReference.Present,
        ["at present"] = TimeReference.Present, ["presently"] = TimeReference.Present, ["nowadays"] = TimeReference.Present,
        ["these days"] = TimeReference.Present, ["at the moment"] = TimeReference.Present, ["at this time"] = TimeReference.Present,
        ["recently"] = TimeReference.Past, ["lately"] = TimeReference.Past, ["the past"] = TimeReference.Past,
        ["recent years"] = TimeReference.Past, ["recent months"] = TimeReference.Past, ["recent weeks"] = TimeReference.Past,
        ["recent days"] = TimeReference.Past, ["recent decades"] = TimeReference.Past,
        ["the future"] = TimeReference.Future, ["the years to come"] = TimeReference.Future, ["the years ahead"] = TimeReference.Future,
        ["the coming years"] = TimeReference.Future, ["the coming months"] = TimeReference.Future, ["the coming weeks"] = TimeReference.Future,
        ["the coming days"] = TimeReference.Future, ["the days ahead"] = TimeReference.Future, ["the months ahead"] = TimeReference.Future,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words for "every": "daily" is P1D as a SET.</summary>
    public static readonly FrozenDictionary<string, TimeUnit> Frequencies = new Dictionary<string, TimeUnit>(StringComparer.OrdinalIgnoreCase)
    {
        ["hourly"] = TimeUnit.Hour, ["daily"] = TimeUnit.Day, ["weekly"] = TimeUnit.Week, ["monthly"] = TimeUnit.Month,
        ["annually"] = TimeUnit.Year, ["yearly"] = TimeUnit.Year,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words before an expression that belong to it (TIMEX3 keeps them in the extent): "early 2018", "mid-1996",
    /// "the end of the year", "nearly two years", "since 2014" (a start point: the seed annotations keep it).
    /// </summary>
    public static readonly string[] DatePrefixes = LongestFirst(
        ["early", "late", "early-", "late-", "mid-", "mid", "the end of", "the beginning of", "the start of", "the middle of", "the first half of",
         "the second half of", "fiscal", "the early", "the late", "the mid-", "since", "ever since"]);

    public static readonly string[] DurationPrefixes =
        LongestFirst(["nearly", "almost", "more than", "less than", "at least", "at most", "up to", "no more than", "over"]);

    /// <summary>Prefix lists are tried longest first, so "the late" wins over "late".</summary>
    private static string[] LongestFirst(string[] words) => words.OrderByDescending(w => w.Length).ToArray();

    /// <summary>
    /// Words that may stand capitalized right before a year without making it part of a name:
    /// "In 2014", "Since 2014", "By 2030", "Fiscal 1989".
    /// </summary>
    public static readonly FrozenSet<string> WordsBeforeAYear = new[]
    {
        "in", "since", "by", "until", "till", "from", "to", "of", "the", "and", "or", "at", "on", "for", "during", "before", "after",
        "through", "between", "early", "late", "mid", "fiscal", "circa", "about", "around", "year", "spring", "summer", "autumn",
        "fall", "winter", "than", "as", "but", "when", "until", "unlike", "throughout", "within", "beyond", "only", "also", "then",
        "calendar", "financial", "end", "beginning", "start", "middle", "half", "quarter", "q1", "q2", "q3", "q4", "ad", "bc",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Labels after which a four-digit number is a number, not a year: "No. 2014", "$2000", "#1999".</summary>
    /// <summary>
    /// Words that may follow "the future" or "the past" used as a noun ("the future of", "in the past, …");
    /// any other word after them makes them an adjective ("the future energy corridor", "the past legacy"), not a time.
    /// </summary>
    public static readonly FrozenSet<string> WordsAfterNominalReference = new[]
    {
        "of", "and", "or", "but", "nor", "is", "was", "will", "would", "may", "might", "can", "could", "should", "has", "had", "have",
        "when", "as", "with", "for", "to", "in", "at", "by", "on", "from", "that", "which", "who", "where", "than", "too", "again",
        "into", "onto", "over", "under", "after", "before", "about", "through", "throughout", "without", "within", "beyond",
        "ahead", "alone", "itself", "here", "there", "so", "then", "if", "because", "while", "though", "although", "unless", "until",
        "remains", "lies", "looks", "holds", "seems", "belongs", "depends", "rests",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reference words that are also adjectives.</summary>
    public static readonly string[] AdjectivalReferenceWords = ["future", "past"];

    public static readonly string[] NumberLabels = ["No.", "No", "Nos.", "no.", "Number", "number", "#", "$", "£", "€", "Rs", "Rs.", "Resolution", "resolution", "Flight", "flight", "Route", "route", "Room", "room", "Article", "article"];

    /// <summary>Nouns a count goes with: "2000 troops" is a number of troops, not a year.</summary>
    public static readonly FrozenSet<string> CountNouns = new[]
    {
        "troops", "soldiers", "people", "personnel", "men", "women", "children", "officers", "officials", "persons", "civilians",
        "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "tons", "tonnes", "kg", "kilograms", "barrels",
        "dollars", "rupees", "roubles", "rubles", "euros", "yuan", "pounds", "units", "pieces", "vehicles", "tanks", "aircraft",
        "jets", "missiles", "rounds", "shells", "casualties", "deaths", "dead", "cases", "votes", "seats", "members", "students",
        "workers", "refugees", "hours", "hrs", "gmt", "utc", "points", "percent", "per", "times", "employees", "jobs", "shares",
        "acres", "hectares", "megawatts", "mw", "households", "families", "villages", "sorties",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// An alternation of the words in reverse alphabetical order: a word comes before the words it extends, so the regex
    /// prefers "a couple of" to "a couple" and "a" as longest first would, and words with a first letter in common stand
    /// side by side, where the regex engine merges them into one branch instead of trying each word at every position.
    /// </summary>
    public static string Alternation(IEnumerable<string> words, bool dotAfterAbbreviation = false)
    {
        var sb = new StringBuilder("(?:");
        var first = true;
        foreach (var word in words.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).Reverse())
        {
            if (!first) sb.Append('|');
            first = false;
            sb.Append(Regex.Escape(word).Replace("\\ ", "\\s+", StringComparison.Ordinal));
            if (dotAfterAbbreviation && word.Length <= 4 && !FullMonthNames.Contains(word, StringComparer.OrdinalIgnoreCase)) sb.Append(@"\.?");
        }
        return sb.Append(')').ToString();
    }

    /// <summary>A case-sensitive alternation of proper names in Capitalized and UPPER case ("August", "AUGUST").</summary>
    public static string ProperNames(IEnumerable<string> names, bool dotAfterAbbreviation = false) =>
        "(?-i:" + Alternation(ProperForms(names), dotAfterAbbreviation) + ")";

    /// <summary>The spellings <see cref="ProperNames"/> reads a name in, case kept: Capitalized and UPPER.</summary>
    public static IEnumerable<string> ProperForms(IEnumerable<string> names) =>
        names.SelectMany(n => new[] { char.ToUpperInvariant(n[0]) + n[1..].ToLowerInvariant(), n.ToUpperInvariant() });

    /// <summary>Reads a number as digits or words ("18", "six", "twenty-five", "a"); null for vague quantities.</summary>
    public static decimal? ParseNumber(string text)
    {
        var s = text.Trim();
        if (decimal.TryParse(s, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var d))
            return d;
        if (NumberWords.TryGetValue(s, out var n)) return n;
        var parts = s.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && NumberWords.TryGetValue(parts[0], out var tens) && NumberWords.TryGetValue(parts[1], out var ones)
            && tens is >= 20 and < 100 && tens % 10 == 0 && ones is > 0 and < 10)
            return tens + ones;
        return null;
    }
}
