using Dyad.Knowledge;

namespace Dyad.Tests.Knowledge;

public class EditionLookupTests
{
    [Theory]
    [InlineData("Druzhba VI", 2021, "Krasnodar")]
    [InlineData("Druzhba-2016", 2016, "Cherat")]
    [InlineData("DRUZBA-III", 2018, "Pabbi")]
    [InlineData("Friendship 2017", 2017, "Mineralnye Vody")]
    [InlineData("Druzhba 2", 2017, "Mineralnye Vody")]
    [InlineData("AMAN-17", 2017, "Karachi")]
    [InlineData("Shaheen-IX", 2020, "Bholari")]
    public void A_known_edition_is_found_by_name_and_marker(string mention, int year, string place)
    {
        var found = KnowledgeBase.Default.FindEdition(mention);
        Assert.NotNull(found);
        Assert.Equal((year, place), (found.Edition.Year, found.Edition.Location));
    }

    [Theory]
    [InlineData("Druzhba", "VI", 2021)]
    [InlineData("Friendship", "2016", 2016)]
    [InlineData("druzhba", "-2018", 2018)]
    public void The_name_and_the_marker_may_be_given_apart(string name, string marker, int year) =>
        Assert.Equal(year, KnowledgeBase.Default.FindEdition(name, marker)?.Edition.Year);

    [Theory]
    [InlineData("Druzhba VII")]
    [InlineData("Druzhba")]
    [InlineData("Druzhba 2031")]
    [InlineData("Krasnodar 2016")]
    [InlineData("Indra vi")]
    public void An_unknown_edition_or_a_name_that_is_no_exercise_gives_nothing(string mention) =>
        Assert.Null(KnowledgeBase.Default.FindEdition(mention));

    [Theory]
    [InlineData("VI", 6)]
    [InlineData("IX", 9)]
    [InlineData("XIV", 14)]
    [InlineData("12", 12)]
    [InlineData("IIII", null)]
    [InlineData("vi", null)]
    [InlineData("Mix", null)]
    public void Edition_numbers_read_arabic_and_roman_numerals(string text, int? expected) =>
        Assert.Equal(expected, EditionMarker.ParseNumber(text));
}
