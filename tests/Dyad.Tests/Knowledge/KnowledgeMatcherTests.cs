using Dyad.Knowledge;

namespace Dyad.Tests.Knowledge;

public class KnowledgeMatcherTests
{
    /// <summary>Text → the names found, as "surface=id" in order, joined by " | "; empty when none.</summary>
    public static TheoryData<string, string> Cases => new()
    {
        // Whole words, leftmost-longest
        { "Russia and Pakistan signed.", "Russia=country:RUS | Pakistan=country:PAK" },
        { "The Russian Federation said.", "Russian Federation=country:RUS" },
        { "A Russian delegation", "Russian=country:RUS" },
        { "Russians and Prussians", "Russians=country:RUS" },
        { "the United States of America and the United States", "United States of America=country:USA | United States=country:USA" },
        // Hyphenated compounds give each country
        { "Russia-Pakistan ties", "Russia=country:RUS | Pakistan=country:PAK" },
        { "Pak-Russia cooperation", "Pak=country:PAK | Russia=country:RUS" },
        { "Pakistan–Russia talks", "Pakistan=country:PAK | Russia=country:RUS" },
        { "Sino-Indian border", "Sino=country:CHN | Indian=country:IND" },
        // …unless the compound names a body of its own
        { "the Russia-Pakistan Joint Military Consultative Committee met", "Russia-Pakistan Joint Military Consultative Committee=org:jmcc" },
        { "the Pakistan–Russia JMCC", "Pakistan–Russia JMCC=org:jmcc" },
        // Possessives
        { "Russia’s interests and Pakistan's army", "Russia=country:RUS | Pakistan=country:PAK" },
        { "the US’ failure", "US=country:USA" },
        // Acronyms match only in their case
        { "the US and the UN", "US=country:USA | UN=org:un" },
        { "let us go", "" },
        { "Us and them", "" },
        { "the threat of IS from Afghanistan", "IS=org:islamic-state | Afghanistan=country:AFG" },
        { "it is what it is", "" },
        { "THIS IS WAR", "" },
        { "the SCO summit", "SCO=org:sco" },
        { "the sco summit", "" },
        // Ordinary names only when capitalised
        { "roast turkey with chad and china plates", "" },
        { "Turkey and Chad", "Turkey=country:TUR | Chad=country:TCD" },
        { "The news reached The News", "The News=org:the-news" },
        { "THE New York Times reported", "THE New York Times=org:new-york-times" },
        { "an Afghan withdrawal", "Afghan=country:AFG" },
        { "an afghan blanket", "" },
        // Spacing and line breaks inside a name
        { "New  York\nTimes", "New  York\nTimes=org:new-york-times" },
        { "New York\n\nTimes", "New York=location:new-york" },
        // Equipment designations and their spellings
        { "four Mi-35M helicopters", "Mi-35M=equipment:mi-35m" },
        { "Mi-35 and Mi 35 and Mi35", "Mi-35=equipment:mi-35 | Mi 35=equipment:mi-35 | Mi35=equipment:mi-35" },
        { "Mi-171Sh and Mi-17", "Mi-171Sh=equipment:mi-171sh | Mi-17=equipment:mi-17" },
        { "the S-400 Triumf system", "S-400 Triumf=equipment:s-400-triumf" },
        { "a Mi-35X prototype", "" },
        // Exercises: a common word counts only with a known edition
        { "Druzhba VI in Krasnodar", "Druzhba VI=program:druzhba | Krasnodar=location:krasnodar" },
        { "Friendship-2016 at Cherat", "Friendship-2016=program:druzhba | Cherat=location:cherat" },
        { "Friendship between nations", "" },
        { "the Tsentr-2019 drills", "Tsentr-2019=program:tsentr" },
        { "Center for Strategic and International Studies", "Center for Strategic and International Studies=org:csis" },
        // People, with spelling variants
        { "Sergei Shoigu met Sergey Lavrov", "Sergei Shoigu=person:sergei-shoigu | Sergey Lavrov=person:sergey-lavrov" },
        { "Gen Qamar Javed Bajwa said Bajwa", "Qamar Javed Bajwa=person:qamar-javed-bajwa | Bajwa=person:qamar-javed-bajwa" },
        // A common first word of names ('the', 'a') starts one only with the name's second word, across any white space
        { "The Pentagon and the government", "The Pentagon=org:pentagon" },
        { "said The\nPentagon", "The\nPentagon=org:pentagon" },
        { "The  White House, the white paper", "The  White House=org:white-house" },
        // Misspelling in print
        { "a professor at John’s Hopkins University", "John’s Hopkins University=org:johns-hopkins-university" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_expected_names(string text, string expected)
    {
        var found = KnowledgeBase.Default.Matcher.Match(text);
        var actual = string.Join(" | ", found.Select(m => $"{text[m.Start..m.End]}={m.Entry.Id}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_capital_stands_for_its_country_and_for_the_city()
    {
        var match = Assert.Single(KnowledgeBase.Default.Matcher.Match("Moscow hosted the talks"));
        Assert.Equal(["country:RUS", "location:moscow"], match.Senses.Select(s => s.Entry.Id));
        Assert.Equal(AliasKind.Capital, match.Kind);
    }

    [Fact]
    public void Offsets_point_into_the_text_given()
    {
        const string text = "Talks in Islamabad.";
        var match = Assert.Single(KnowledgeBase.Default.Matcher.Match(text.AsSpan(9)));
        Assert.Equal((0, 9), (match.Start, match.End));
    }

    [Fact]
    public void Matching_adds_to_a_reused_list_without_clearing_it()
    {
        var into = new List<KnowledgeMatch>();
        KnowledgeBase.Default.Matcher.Match("Pakistan", into);
        KnowledgeBase.Default.Matcher.Match("India", into);
        Assert.Equal(["country:PAK", "country:IND"], into.Select(m => m.Entry.Id));
    }
}
