using System.Globalization;

namespace Dyad.Knowledge;

/// <summary>
/// Reads the marker that follows an exercise name: a year ("Druzhba-2016"), an edition number in
/// Arabic or Roman numerals ("Druzhba VI", "Shaheen-9"), or a two-digit year ("Aman-17").
/// </summary>
public static class EditionMarker
{
    private static readonly (string Numeral, int Value)[] Roman =
        [("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90), ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1)];

    /// <summary>An edition number: "6" or "VI" (Roman numerals in upper case only, so a word is not read as one).</summary>
    public static int? ParseNumber(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n > 0 ? n : null;
        var value = 0;
        var rest = text;
        foreach (var (numeral, v) in Roman)
        {
            // At most three repeats of a single numeral; the pairs (CM, IV …) at most once.
            var repeats = numeral.Length == 1 ? 3 : 1;
            while (repeats-- > 0 && rest.StartsWith(numeral, StringComparison.Ordinal))
            {
                value += v;
                rest = rest[numeral.Length..];
            }
        }
        return rest.IsEmpty && value > 0 ? value : null;
    }

    /// <summary>The number in Roman numerals: 6 → "VI".</summary>
    public static string ToRoman(int number)
    {
        if (number is < 1 or > 3999) throw new ArgumentOutOfRangeException(nameof(number), number, "Roman numerals run from 1 to 3999");
        var sb = new System.Text.StringBuilder();
        foreach (var (numeral, v) in Roman)
            while (number >= v)
            {
                sb.Append(numeral);
                number -= v;
            }
        return sb.ToString();
    }

    /// <summary>
    /// How texts write a name with one edition: "Druzhba-2016", "Druzhba 2016", "Aman-17",
    /// and where the series counts editions "Druzhba-VI", "Druzhba VI", "Druzhba-6".
    /// </summary>
    public static IEnumerable<string> MarkedForms(string name, ExerciseEdition edition)
    {
        yield return $"{name}-{edition.Year}";
        yield return $"{name} {edition.Year}";
        if (edition.Number is { } n)
        {
            var roman = ToRoman(n);
            yield return $"{name}-{roman}";
            yield return $"{name} {roman}";
            yield return $"{name}-{n}";
        }
        else yield return $"{name}-{edition.Year % 100:D2}";
    }

    /// <summary>Splits a marker off its leading separators (space, hyphen, dash) and reads it as a year or a number.</summary>
    public static bool TryRead(ReadOnlySpan<char> marker, out int? year, out int? number)
    {
        year = null;
        number = null;
        marker = marker.TrimStart(" \t-\u2010\u2011\u2012\u2013\u2014").TrimEnd();
        if (marker.Length == 4 && int.TryParse(marker, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100)
        {
            year = y;
            return true;
        }
        number = ParseNumber(marker);
        if (number is null) return false;
        // Two digits written as digits may be a year ("Aman-17"); the caller tries the number first.
        if (marker.Length == 2 && char.IsAsciiDigit(marker[0])) year = 2000 + number;
        return true;
    }
}
