using System.Collections.Frozen;

namespace Dyad.Cleaning;

/// <summary>Shapes of lines that are chrome by their form alone: dates standing alone, calendar rows, menus, mastheads.</summary>
internal static partial class LineShapes
{
    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create("|>»·•/›");

    /// <summary>Room for a lower-cased token: longer tokens are no rule word (they are copied, and seldom met).</summary>
    private const int TokenBuffer = 32;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthNames = CleaningRules.MonthNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayNames = CleaningRules.WeekdayNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DateLineWords = CleaningRules.DateLineWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MenuWords = CleaningRules.MenuWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A line of only a date and its company: month and weekday names, numbers, times, zones and words like
    /// 'Updated' ("March 2024", "Saturday, April 13, 2024", "Updated 10:42 IST"). Needs a month, a weekday or a year.
    /// </summary>
    public static bool IsDateLine(PageLine line)
    {
        var anchored = false;
        foreach (var token in new LineTokens(line.Chars, stackalloc char[TokenBuffer]))
        {
            if (MonthNames.Contains(token) || WeekdayNames.Contains(token) && token.Length > 2)
            {
                anchored = true;
                continue;
            }
            if (IsNumber(token, out var year))
            {
                anchored |= year;
                continue;
            }
            if (DateLineWords.Contains(token)) continue;
            return false;
        }
        return anchored;
    }

    private static readonly string[] PublicationWords = ["published", "updated", "posted", "modified"];

    /// <summary>A date line that says it is the article's own ("Published: 12 March 2019", "Saturday, 6 October 2018 | Updated 10:42 IST").</summary>
    public static bool IsPublicationStamp(PageLine line)
    {
        if (!IsDateLine(line)) return false;
        foreach (var token in new LineTokens(line.Chars, stackalloc char[TokenBuffer]))
            foreach (var word in PublicationWords)
                if (token.SequenceEqual(word)) return true;
        return false;
    }

    /// <summary>A row of a calendar widget: weekday heads ("M T W T F S S", "Mo Tu We") or day numbers alone.</summary>
    public static bool IsCalendarRow(PageLine line)
    {
        var heads = 0;
        var numbers = 0;
        var months = 0;
        foreach (var token in new LineTokens(line.Chars, stackalloc char[TokenBuffer]))
        {
            if (token.Length <= 3 && WeekdayNames.Contains(token)) heads++;
            else if (!token.ContainsAnyExceptInRange('0', '9')) numbers++;
            else if (MonthNames.Contains(token)) months++;
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
        if (line.EndsLikeSentence && line.Chars[^1] is '.' or '?' or '!') return false;
        if (ShortItems(line.Chars) >= 3) return true;
        var words = 0;
        foreach (var token in new LineTokens(line.Chars, stackalloc char[TokenBuffer]))
        {
            if (!MenuWords.Contains(token)) return false;
            words++;
        }
        return words >= 2;
    }

    /// <summary>The number of items between separators when none has more than four words; 0 when one has.</summary>
    private static int ShortItems(ReadOnlySpan<char> text)
    {
        var items = 0;
        while (true)
        {
            var end = text.IndexOfAny(Separators);
            var item = (end < 0 ? text : text[..end]).Trim();
            if (!item.IsEmpty)
            {
                if (HasMoreWordsThan(item, 4)) return 0;
                items++;
            }
            if (end < 0) return items;
            text = text[(end + 1)..];
        }
    }

    /// <summary>A wire dateline standing alone: a place in capitals, then a date or an agency ("ISLAMABAD, Feb 12 (Wire News)").</summary>
    public static bool IsDateline(PageLine line) =>
        line.Words <= 8 && !line.Chars.EndsWith('.') && DatelineShape().IsMatch(line.Chars);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}[\p{Lu} .'-]{2,}[,:]\s*\S")]
    private static partial System.Text.RegularExpressions.Regex DatelineShape();

    /// <summary>A site's name in capitals ("DECCAN DISPATCH"): few words, every letter upper case.</summary>
    public static bool IsMasthead(PageLine line)
    {
        if (line.Words is < 1 or > 4 || line.EndsLikeSentence) return false;
        var letters = 0;
        foreach (var c in line.Chars)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 4;
    }

    /// <summary>A day, year, ordinal or clock time: "13", "2024", "6th", "10:42".</summary>
    private static bool IsNumber(ReadOnlySpan<char> token, out bool isYear)
    {
        var digits = token.TrimEnd("stndrh");
        var allDigits = !digits.ContainsAnyExceptInRange('0', '9');
        isYear = digits.Length == 4 && allDigits && digits[0] is '1' or '2';
        if (digits.Length > 0 && allDigits) return true;
        var colon = token.IndexOf(':');
        return colon > 0 && !token.ContainsAnyExcept(ClockCharacters);
    }

    private static readonly System.Buffers.SearchValues<char> ClockCharacters = System.Buffers.SearchValues.Create("0123456789:");

    /// <summary>Whether the text has more than <paramref name="limit"/> space-separated words holding a letter or digit.</summary>
    private static bool HasMoreWordsThan(ReadOnlySpan<char> text, int limit)
    {
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            foreach (var c in word)
                if (char.IsLetterOrDigit(c))
                {
                    if (++words > limit) return true;
                    break;
                }
        }
        return false;
    }
}
