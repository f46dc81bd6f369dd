using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Tests.Knowledge;

public sealed class KnowledgeEditionLookupTests
{
    private static readonly KnowledgeEditionLookup Lookup = new(KnowledgeBase.Default);

    [Theory]
    [InlineData("Troops are engaged in Druzhba VI in the south.", "Druzhba VI", 2021)]
    [InlineData("The first drills, Druzhba-2016, were held at Cherat.", "Druzhba-2016", 2016)]
    [InlineData("Special forces trained together in Friendship-2017.", "Friendship-2017", 2017)]
    public void An_edition_the_knowledge_base_dates_is_found_with_its_year(string text, string mention, int year)
    {
        var found = Lookup.FindEditions(text, new TextSpan(0, text.Length)).Single();

        Assert.Equal(mention, found.Name);
        Assert.Equal(new PartialDate(year), found.Held);
    }

    [Theory]
    [InlineData("Druzhba exercises have taken place every year.")]
    [InlineData("The friendship between the two armies is old.")]
    [InlineData("Druzhba XLII was never held.")]
    public void A_series_named_without_a_known_edition_dates_nothing(string text)
    {
        Assert.Empty(Lookup.FindEditions(text, new TextSpan(0, text.Length)));
    }

    [Fact]
    public void Each_line_of_an_article_finds_what_the_line_alone_finds()
    {
        // The lookup searches the whole text once for where series names may start and each line from there: lines
        // without one, with one, with a dash outside ASCII, and the text's first and last lines.
        string[] lines =
        [
            "Druzhba-2016 opened the series.",
            "The two armies met again.",
            "Troops are engaged in Druzhba VI in the south, not Friendship-2017.",
            "Nothing here but friends.",
            "The first drills, Druzhba\u20112016, were held at Cherat.",
            "Friendship-2017 followed.",
        ];
        var text = string.Join('\n', lines);
        var start = 0;
        foreach (var line in lines)
        {
            var inText = Lookup.FindEditions(text, new TextSpan(start, start + line.Length)).Select(e => (e.Name, e.Held));
            var alone = Lookup.FindEditions(line, new TextSpan(0, line.Length)).Select(e => (e.Name, e.Held));
            Assert.Equal(alone, inText);
            start += line.Length + 1;
        }
        Assert.Equal(5, lines.Sum(line => Lookup.FindEditions(line, new TextSpan(0, line.Length)).Count()));
    }
}
