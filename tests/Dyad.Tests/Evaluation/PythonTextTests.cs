using System.Text.Json;
using Dyad.Evaluation;

namespace Dyad.Tests.Evaluation;

/// <summary>Python's string rules the scorer relies on; expected values are what CPython prints.</summary>
public sealed class PythonTextTests
{
    [Theory]
    [InlineData("  a \t b\n", "a b")]
    [InlineData("a\u00A0\u00A0b", "a b")]     // no-break space is white space
    [InlineData("a\u001Cb\u001Fc", "a b c")]  // so are the information separators, unlike in .NET
    [InlineData("a\u200Bb", "a\u200Bb")]      // a zero-width space is not
    [InlineData("", "")]
    public void Fold_white_space_joins_the_split_words_with_single_spaces(string input, string expected) =>
        Assert.Equal(expected, PythonText.FoldWhiteSpace(input));

    [Theory]
    [InlineData("\u0130", "i\u0307")]
    [InlineData("\u039F\u0394\u039F\u03A3", "\u03BF\u03B4\u03BF\u03C2")]       // a word-final sigma
    [InlineData("\u03A3\u039F", "\u03C3\u03BF")]                               // a sigma that starts a word
    [InlineData("\u039F\u03A3.", "\u03BF\u03C2.")]
    [InlineData("\U00010400", "\U00010428")]                                   // an astral capital (Deseret)
    [InlineData("Su-30", "su-30")]
    public void Lower_applies_the_full_mappings_python_applies(string input, string expected) =>
        Assert.Equal(expected, PythonText.Lower(input));

    [Theory]
    [InlineData("abc", 2, "ab")]
    [InlineData("\U0001F30Dabc", 2, "\U0001F30Da")] // an emoji is one character
    [InlineData("ab", 5, "ab")]
    public void Prefix_counts_code_points(string s, int count, string expected) =>
        Assert.Equal(expected, PythonText.Prefix(s, count));

    [Theory]
    [InlineData("aaaa", "aa", 2)]             // non-overlapping
    [InlineData("abc", "", 4)]                // the empty string occurs len + 1 times
    [InlineData("\U0001F30D", "", 2)]
    [InlineData("", "", 1)]
    public void Count_occurrences_counts_as_str_count(string s, string sub, int expected) =>
        Assert.Equal(expected, PythonText.CountOccurrences(s, sub));

    [Fact]
    public void Code_point_order_puts_astral_characters_after_the_whole_bmp() =>
        Assert.True(PythonText.CompareByCodePoint("\U0001F30D", "\uFF21") > 0);

    [Theory]
    [InlineData("\"x\"", "x")]
    [InlineData("null", "None")]
    [InlineData("true", "True")]
    [InlineData("7", "7")]
    [InlineData("-0", "0")]
    [InlineData("1.0", "1.0")]
    [InlineData("1e5", "100000.0")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("""["a", 1, null, "it's"]""", """['a', 1, None, "it's"]""")]
    [InlineData("""{"k": "v\n"}""", """{'k': 'v\n'}""")]
    public void Str_of_a_json_value_is_what_python_prints(string json, string expected) =>
        Assert.Equal(expected, PythonValue.Str(JsonDocument.Parse(json).RootElement));
}
