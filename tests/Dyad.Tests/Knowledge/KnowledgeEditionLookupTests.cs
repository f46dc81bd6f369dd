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
}
