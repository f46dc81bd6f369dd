using System.Text;
using System.Text.RegularExpressions;

namespace Dyad.Annotation.Time;

/// <summary>
/// What a rule's regex can consume, read from its pattern text: the words of its literals and whether it takes digits;
/// and its lookarounds. Lookarounds only look, so their words ("will" in "will last", "for" before "years") are not consumed.
/// </summary>
internal static partial class PatternWords
{
    /// <summary>The letter runs the pattern can consume, without escapes (\b, \s), group names and inline options.</summary>
    public static IEnumerable<string> Words(string pattern)
    {
        var consumed = WithoutLookarounds(pattern);
        var letters = new StringBuilder(consumed.Length);
        for (var i = 0; i < consumed.Length; i++)
        {
            if (consumed[i] == '\\') i++;
            else if (IsGroupName(consumed, i)) i = consumed.IndexOf('>', i);
            else if (IsConditional(consumed, i)) i = ClosingParenthesis(consumed, i + 2); // a group's name, not text
            else if (InlineOptionsEnd(consumed, i) is { } end) i = end;
            else
            {
                letters.Append(consumed[i]);
                continue;
            }
            letters.Append(' ');
        }
        var text = letters.ToString();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i])) continue;
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            yield return text[start..i];
        }
    }

    /// <summary>A rule row's pattern with its placeholders ({month}, {num}) blanked out: what it spells out itself.</summary>
    public static string WithoutPlaceholders(string pattern) => Placeholder().Replace(pattern, " ");

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Placeholder();

    /// <summary>True when the pattern can consume a digit: a \d or a digit in a class or literal (a digit in a quantifier errs on the safe side).</summary>
    public static bool TakesDigits(string pattern)
    {
        var consumed = WithoutLookarounds(pattern);
        return consumed.Contains(@"\d", StringComparison.Ordinal) || consumed.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
    }

    /// <summary>The lookaround groups of the pattern, whole: "(?!\d)", "(?&lt;=\bfor\s+)".</summary>
    public static IEnumerable<string> Lookarounds(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (IsLookaround(pattern, i))
            {
                var close = ClosingParenthesis(pattern, i);
                yield return pattern[i..(close + 1)];
                i = close;
            }
        }
    }

    private static string WithoutLookarounds(string pattern)
    {
        var consumed = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                consumed.Append(pattern, i, 2);
                i++;
            }
            else if (IsLookaround(pattern, i)) i = ClosingParenthesis(pattern, i);
            else consumed.Append(pattern[i]);
        }
        return consumed.ToString();
    }

    private static bool IsLookaround(string pattern, int i)
    {
        var rest = pattern.AsSpan(i);
        return rest.StartsWith("(?=") || rest.StartsWith("(?!") || rest.StartsWith("(?<=") || rest.StartsWith("(?<!");
    }

    /// <summary>True when a conditional opens at <paramref name="i"/>: "(?(name)yes|no)".</summary>
    public static bool IsConditional(string pattern, int i) => pattern.AsSpan(i).StartsWith("(?(");

    private static bool IsGroupName(string pattern, int i) =>
        pattern.AsSpan(i).StartsWith("(?<") && i + 3 < pattern.Length && char.IsLetter(pattern[i + 3]);

    /// <summary>The end of "(?:" or "(?-i:" at <paramref name="i"/>, or null.</summary>
    private static int? InlineOptionsEnd(string pattern, int i)
    {
        if (!pattern.AsSpan(i).StartsWith("(?")) return null;
        var j = i + 2;
        while (j < pattern.Length && "imnsx-".Contains(pattern[j])) j++;
        return j < pattern.Length && pattern[j] == ':' ? j : null;
    }

    /// <summary>The index of the ')' that closes the group opening at <paramref name="open"/>.</summary>
    public static int ClosingParenthesis(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == '(') depth++;
            else if (pattern[i] == ')' && --depth == 0) return i;
        }
        throw new ArgumentException($"Unbalanced parenthesis in time rule pattern: {pattern}");
    }
}
