using System.Text.Json;
using Dyad.Evaluation;

namespace Dyad.Tests.Evaluation;

/// <summary>The scorer's small rules as a spec; expected values are what score.py's functions return.</summary>
public sealed class ScoringRulesTests
{
    [Theory]
    [InlineData("Druzhba-VI", "druzhbavi")]
    [InlineData("Su-30 MKI", "su30mki")]
    [InlineData("\u0130zmir", "izmir")]       // İ lowers to i + a combining dot; the dot goes
    [InlineData("\u212Aelvin", "kelvin")]     // the Kelvin sign lowers to k
    [InlineData("\u00C9T\u00C9 2019", "t2019")] // other letters go
    [InlineData("", "")]
    public void Norm_keeps_lowercase_ascii_letters_and_digits(string input, string expected) =>
        Assert.Equal(expected, ScoringRules.Norm(input));

    [Theory]
    [InlineData("Druzhba VI", true)]          // equal after norm
    [InlineData("the Druzhba-VI exercise", true)] // contains an alias
    [InlineData("Druzh", true)]               // is contained in an alias
    [InlineData("JMCC", true)]
    [InlineData("Shaheen", false)]
    [InlineData("---", false)]                // nothing left after norm matches nothing
    [InlineData("", false)]
    public void Names_match_when_one_normalized_name_contains_the_other(string system, bool expected) =>
        Assert.Equal(expected, ScoringRules.NamesMatch(system, ["Druzhba VI", "JMCC", "!!"]));

    [Theory]
    [InlineData("2018-08-10", "2018")]
    [InlineData("2018", "2018")]
    [InlineData("198", null)]                 // a decade has no year
    [InlineData(" 2018", null)]               // anchored at the start
    [InlineData("\u0662\u0660\u0661\u0668-03", "\u0662\u0660\u0661\u0668")] // \d is any decimal digit
    [InlineData("\U0001D7D0\U0001D7CE\U0001D7CF\U0001D7D6", "\U0001D7D0\U0001D7CE\U0001D7CF\U0001D7D6")] // astral digits too
    [InlineData("PAST_REF", null)]
    public void Year_is_the_four_digits_a_value_starts_with(string value, string? expected) =>
        Assert.Equal(expected, ScoringRules.Year(value));

    [Theory]
    [InlineData("2019", "2019")]
    [InlineData("\"2019-03\"", "2019")]
    [InlineData("201903", "2019")]            // str(201903)
    [InlineData("0", null)]                   // falsy: str("")
    [InlineData("null", null)]
    [InlineData("2019.5", "2019")]
    public void Year_of_a_json_value_reads_its_python_str(string json, string? expected) =>
        Assert.Equal(expected, ScoringRules.Year(JsonDocument.Parse(json).RootElement));

    [Theory]
    [InlineData("corpus/seeds/000_x.txt", "000_x")]
    [InlineData("x.jsonl", "x")]
    [InlineData("a.b.c", "a.b")]
    [InlineData(".bashrc", ".bashrc")]
    [InlineData("..txt", ".")]
    [InlineData("dir/.hidden.txt", ".hidden")]
    [InlineData("dir/..x", "..x")]
    [InlineData("x", "x")]
    [InlineData(@"a\b.txt", @"a\b")]         // only '/' separates, as on POSIX
    [InlineData("x.TXT", "x")]
    public void Doc_key_is_the_file_name_without_its_extension(string source, string expected) =>
        Assert.Equal(expected, ScoringRules.DocKey(source));

    [Theory]
    [InlineData("""{"published": {"value": "2019-03", "basis": "manifest"}}""", "\"2019-03\"")]
    [InlineData("""{"published": "2019-03-15"}""", "\"2019-03-15\"")]
    [InlineData("""{"published": {}}""", null)]
    [InlineData("""{"published": null}""", "null")]
    [InlineData("""{}""", null)]
    public void Published_is_read_from_an_object_or_taken_as_given(string record, string? expectedJson)
    {
        var value = ScoringRules.DateValue(JsonDocument.Parse(record).RootElement, "published");
        Assert.Equal(expectedJson, value?.GetRawText());
    }
}
