namespace Dyad.Cleaning;

/// <summary>Shapes of lines that are chrome by their form alone: dates standing alone, calendar rows, menus, mastheads.</summary>
internal static partial class LineShapes
{
    private static readonly char[] Separators = ['|', '>', '»', '·', '•', '/', '›'];

    /// <summary>
    /// A line of only a date and its company: month and weekday names, numbers, times, zones and words like
    /// 'Updated' ("March 2024", "Saturday, April 13, 2024", "Updated 10:42 IST"). Needs a month, a weekday or a year.
    /// </summary>
    public static bool IsDateLine(PageLine line)
    {
        var anchored = false;
        foreach (var token in Tokens(line.Text))
        {
            if (CleaningRules.MonthNames.Contains(token) || CleaningRules.WeekdayNames.Contains(token) && token.Length > 2)
            {
                anchored = true;
                continue;
            }
            if (IsNumber(token, out var year))
            {
                anchored |= year;
                continue;
            }
            if (CleaningRules.DateLineWords.Contains(token)) continue;
            return false;
        }
        return anchored;
    }

    /// <summary>A row of a calendar widget: weekday heads ("M T W T F S S", "Mo Tu We") or day numbers alone.</summary>
    public static bool IsCalendarRow(PageLine line)
    {
        var heads = 0;
        var numbers = 0;
        var months = 0;
        foreach (var token in Tokens(line.Text))
        {
            if (token.Length <= 3 && CleaningRules.WeekdayNames.Contains(token)) heads++;
            else if (token.All(char.IsAsciiDigit)) numbers++;
            else if (CleaningRules.MonthNames.Contains(token)) months++;
            else if (token is "«" or "»" or "<" or ">" or "‹" or "›") continue;
            else return false;
        }
        return heads >= 5 || (heads == 0 && numbers + months > 0);
    }

    /// <summary>
    /// A menu: section names alone ("Front page News Views"), or three or more short items between
    /// separators ("Home | National | World", "Menu > Nation > Defence").
    /// </summary>
    public static bool IsMenu(PageLine line)
    {
        if (line.EndsLikeSentence && line.Text[^1] is '.' or '?' or '!') return false;
        var items = line.Text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length >= 3 && items.All(i => WordCount(i) <= 4)) return true;
        var words = Tokens(line.Text).ToList();
        return words.Count >= 2 && words.All(w => CleaningRules.MenuWords.Contains(w));
    }

    /// <summary>A wire dateline standing alone: a place in capitals, then a date or an agency ("ISLAMABAD, Feb 12 (Wire News)").</summary>
    public static bool IsDateline(PageLine line) =>
        line.Words <= 8 && !line.Text.EndsWith('.') && DatelineShape().IsMatch(line.Text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}[\p{Lu} .'-]{2,}[,:]\s*\S")]
    private static partial System.Text.RegularExpressions.Regex DatelineShape();

    /// <summary>A site's name in capitals ("DECCAN DISPATCH"): few words, every letter upper case.</summary>
    public static bool IsMasthead(PageLine line) =>
        line.Words is >= 1 and <= 4 && !line.EndsLikeSentence
        && line.Text.Any(char.IsLetter) && line.Text.Where(char.IsLetter).All(char.IsUpper) && line.Text.Count(char.IsLetter) >= 4;

    private static IEnumerable<string> Tokens(string text) =>
        text.Split([' ', '\t', ',', '|', '-', '–', '—', '(', ')', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.TrimEnd('.', ':', ';').ToLowerInvariant())
            .Where(t => t.Length > 0);

    /// <summary>A day, year, ordinal or clock time: "13", "2024", "6th", "10:42".</summary>
    private static bool IsNumber(string token, out bool isYear)
    {
        var digits = token.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
        isYear = digits.Length == 4 && digits.All(char.IsAsciiDigit) && digits[0] is '1' or '2';
        if (digits.Length > 0 && digits.All(char.IsAsciiDigit)) return true;
        var colon = token.IndexOf(':');
        return colon > 0 && token.Replace(":", "").All(char.IsAsciiDigit);
    }

    private static int WordCount(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
