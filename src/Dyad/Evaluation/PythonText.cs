using System.Globalization;
using System.Text;

namespace Dyad.Evaluation;

/// <summary>
/// Python's own string rules, where the reference scorer leans on them: whitespace (str.split, str.strip),
/// lower(), slicing and counting by code point, and sorting by code point. The scorer's figures depend on
/// these details, so they are reproduced here rather than approximated with .NET's nearest equivalents.
/// </summary>
public static class PythonText
{
    /// <summary>Python's str.isspace: .NET's white space plus the four information separators U+001C–U+001F.</summary>
    public static bool IsWhiteSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    /// <summary><c>" ".join(s.split())</c>: runs of white space become one space, none at either end.</summary>
    public static string FoldWhiteSpace(string s)
    {
        var folded = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && IsWhiteSpace(s[i])) i++;
            var start = i;
            while (i < s.Length && !IsWhiteSpace(s[i])) i++;
            if (i == start) break;
            if (folded.Length > 0) folded.Append(' ');
            folded.Append(s, start, i - start);
        }
        return folded.ToString();
    }

    /// <summary><c>bool(s.strip())</c>: the string holds something besides white space.</summary>
    public static bool HasNonWhiteSpace(string s)
    {
        foreach (var c in s)
            if (!IsWhiteSpace(c)) return true;
        return false;
    }

    /// <summary><c>s[:count]</c>: the first <paramref name="count"/> code points (a surrogate pair is one).</summary>
    public static string Prefix(string s, int count)
    {
        var i = 0;
        for (var taken = 0; taken < count && i < s.Length; taken++)
            i += char.IsSurrogatePair(s, i) ? 2 : 1;
        return i >= s.Length ? s : s[..i];
    }

    /// <summary>The number of code points in <paramref name="s"/>: Python's len().</summary>
    public static int CodePointCount(string s)
    {
        var count = 0;
        for (var i = 0; i < s.Length; i += char.IsSurrogatePair(s, i) ? 2 : 1) count++;
        return count;
    }

    /// <summary><c>s.count(sub)</c>: non-overlapping occurrences; an empty <paramref name="sub"/> occurs len(s)+1 times.</summary>
    public static int CountOccurrences(string s, string sub)
    {
        if (sub.Length == 0) return CodePointCount(s) + 1;
        var count = 0;
        for (var at = s.IndexOf(sub, StringComparison.Ordinal); at >= 0; at = s.IndexOf(sub, at + sub.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    /// <summary>
    /// Python's str.lower(): the simple lowercase of each code point, except that İ becomes "i̇" and a
    /// capital sigma ending a word becomes ς (the two full mappings Unicode applies without a language).
    /// </summary>
    public static string Lower(string s)
    {
        var lower = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out var consumed);
            if (consumed == 1 && char.IsSurrogate(s[i])) lower.Append(s[i]); // a lone surrogate stays as it is
            else if (rune.Value == 0x0130) lower.Append("i\u0307");
            else if (rune.Value == 0x03A3) lower.Append(IsFinalSigma(s, i) ? '\u03C2' : '\u03C3');
            else lower.Append(Rune.ToLowerInvariant(rune).ToString());
            i += consumed;
        }
        return lower.ToString();
    }

    /// <summary>Orders strings as Python does: by code point, so astral characters sort after all of the BMP.</summary>
    public static readonly IComparer<string> CodePointOrder = Comparer<string>.Create(CompareByCodePoint);

    public static int CompareByCodePoint(string? a, string? b)
    {
        if (a is null || b is null) return a is null ? (b is null ? 0 : -1) : 1;
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = CodePointAt(a, i, out var xLength);
            var y = CodePointAt(b, j, out var yLength);
            if (x != y) return x < y ? -1 : 1;
            i += xLength;
            j += yLength;
        }
        return (i < a.Length ? 1 : 0) - (j < b.Length ? 1 : 0);
    }

    /// <summary>The code points of a string, each as a string: what iterating a Python str yields.</summary>
    public static IEnumerable<string> CodePoints(string s)
    {
        for (var i = 0; i < s.Length;)
        {
            var length = char.IsSurrogatePair(s, i) ? 2 : 1;
            yield return s.Substring(i, length);
            i += length;
        }
    }

    private static int CodePointAt(string s, int index, out int length)
    {
        if (char.IsSurrogatePair(s, index))
        {
            length = 2;
            return char.ConvertToUtf32(s[index], s[index + 1]);
        }
        length = 1;
        return s[index];
    }

    // Unicode's Final_Sigma: a cased letter comes before (skipping case-ignorable marks) and none after.
    private static bool IsFinalSigma(string s, int index)
    {
        var before = index - 1;
        while (before >= 0 && IsCaseIgnorable(s[before])) before--;
        if (before < 0 || !IsCased(s[before])) return false;
        var after = index + 1;
        while (after < s.Length && IsCaseIgnorable(s[after])) after++;
        return after >= s.Length || !IsCased(s[after]);
    }

    private static bool IsCased(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) => c is '\'' or '.' or ':' or '^' or '`' or '\u00B7' or '\u2018' or '\u2019' or '\u2024' ||
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
}
