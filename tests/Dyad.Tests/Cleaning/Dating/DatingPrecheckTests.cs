using Dyad.Cleaning.Dating;
using Dyad.Documents;

namespace Dyad.Tests.Cleaning.Dating;

/// <summary>Dating asks the time recognizer only about lines that can date the article: what it skips must date nothing.</summary>
public sealed class DatingPrecheckTests
{
    [Theory]
    [InlineData("The talks were held in 2019.", true)]
    [InlineData("A base built in 1500 and rebuilt in 2099", true)]
    [InlineData("Troops numbered 1499 and later 2100", false)]
    [InlineData("It rose 76% to $1.13bn.", false)]
    [InlineData("No number at all", false)]
    [InlineData("12019", true)]
    public void A_line_may_hold_a_year_only_where_it_writes_one(string line, bool expected) =>
        Assert.Equal(expected, ContentDateEstimator.MayHoldYear(line));

    [Fact]
    public void The_longest_standing_header_date_is_still_read()
    {
        var document = new Document("test.txt", """
            Navies of the two states train together
            early Saturday, the 13th of April, 2024 at 10:42 p.m. PKT (APP)

            The navies of the two states began a week of joint drills in the Arabian Sea on Saturday.
            """);
        document.Title = "Navies of the two states train together";

        new PublicationDateStage().Process(document);

        Assert.Equal(new PartialDate(2024, 4, 13), document.Published?.Date);
        Assert.Equal(DateBasis.Header, document.Published?.Basis);
    }
}
