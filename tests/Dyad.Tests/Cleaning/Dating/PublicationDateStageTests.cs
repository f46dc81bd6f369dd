using Dyad.Cleaning.Dating;
using Dyad.Documents;

namespace Dyad.Tests.Cleaning.Dating;

public sealed class PublicationDateStageTests
{
    private static readonly PublicationDateStage Stage = new();

    private const string LabeledArticle = """
        Defence ministers meet in the capital
        Published: 12 March 2019

        The defence ministers of the two countries met to discuss training programmes agreed in 2018.
        """;

    private static Document Article(string text, SourceMetadata? metadata = null, params string[] boilerplateLines)
    {
        var document = new Document("test.txt", text, metadata);
        foreach (var line in boilerplateLines)
        {
            var at = text.IndexOf(line, StringComparison.Ordinal);
            document.Removed.Add(new Removal(new TextSpan(at, at + line.Length), RemovalReason.Boilerplate));
        }
        return document;
    }

    private static string? Dated(Document document, PublicationDateStage? stage = null)
    {
        (stage ?? Stage).Process(document);
        return document.Published is { } p ? $"{p.Date} {p.Basis}" : null;
    }

    [Fact]
    public void A_todays_date_above_the_title_does_not_date_the_article()
    {
        var document = Article("""
            Saturday, April 13, 2024

            Navies of the two states train together

            The two navies held a joint search and rescue drill in March 2018 off the southern coast.
            Officers said the drill was the first of its kind and that more would follow.
            """);

        Assert.Equal("2018-03 Content", Dated(document));
    }

    [Fact]
    public void A_date_line_under_the_title_is_the_header_date()
    {
        var document = Article("""
            Navies of the two states train together
            March 3, 2017 | 10:20 PM

            The two navies held a joint search and rescue drill off the southern coast in 2016 and again this week.
            """);

        Assert.Equal("2017-03-03 Header", Dated(document));
    }

    [Fact]
    public void A_labeled_publication_date_is_the_header_date()
    {
        var document = Article(LabeledArticle);

        Assert.Equal("2019-03-12 Header", Dated(document));
    }

    [Fact]
    public void A_wire_dateline_without_a_year_takes_the_year_from_the_content()
    {
        var document = Article("""
            Talks on training conclude

            ISLAMABAD, Aug 10 (APP): The two sides concluded talks on officer training that began in May 2017 in the capital.
            """);

        Assert.Equal("2017-08-10 Header", Dated(document));
    }

    [Fact]
    public void Without_a_header_the_latest_past_date_in_the_content_dates_the_article_to_the_month()
    {
        var document = Article("""
            A paper in the capital in its August 10, 2018 edition reported that training places had been cut.
            The officers who were to travel could not attend the courses in 2018, and aid had stopped in 2015.
            """);

        Assert.Equal("2018-08 Content", Dated(document));
    }

    [Fact]
    public void Dates_the_content_places_in_the_future_are_not_evidence()
    {
        var document = Article("""
            The two armies signed a training protocol in 2019 after long talks between their staffs.
            The next joint drill will be held in 2025 near the border, officials of both sides said.
            """);

        Assert.Equal("2019 Content", Dated(document));
    }

    [Fact]
    public void Last_year_beside_an_explicit_year_dates_the_article_to_the_year_after()
    {
        var document = Article("""
            Last year, in 2016, the two air forces flew their first joint sorties over the desert.
            Both sides have praised the results and the pilots who took part in them.
            """);

        Assert.Equal("2017 Content", Dated(document));
    }

    [Fact]
    public void An_article_without_any_evidence_has_no_publication_date()
    {
        var document = Article("""
            Navies of the two states train together

            The two navies held a joint search and rescue drill off the southern coast last December.
            Officers said the drill was the first of its kind and that more would follow.
            """);

        Assert.Null(Dated(document));
    }

    [Fact]
    public void The_manifest_beats_every_date_in_the_text()
    {
        var metadata = new SourceMetadata { Published = new PublicationDate(new PartialDate(2020, 5), DateBasis.Manifest) };
        var document = Article(LabeledArticle, metadata);

        Assert.Equal("2020-05 Manifest", Dated(document));
    }

    [Fact]
    public void Source_metadata_beats_the_header()
    {
        var metadata = new SourceMetadata { Published = new PublicationDate(new PartialDate(2019, 3, 14), DateBasis.Metadata) };
        var document = Article("""
            Defence ministers meet in the capital
            Published: 12 March 2019

            The ministers discussed training.
            """, metadata);

        Assert.Equal("2019-03-14 Metadata", Dated(document));
    }

    [Fact]
    public void A_header_date_more_than_a_year_from_the_content_gives_way_to_the_content()
    {
        var document = Article("""
            Navies of the two states train together
            Posted on April 13, 2024

            The two navies held a joint search and rescue drill in July 2018 off the southern coast.
            """);

        Assert.Equal("2018-07 Content", Dated(document));
    }

    [Fact]
    public void A_date_line_cleaning_marked_as_boilerplate_is_ignored()
    {
        var document = Article("""
            Navies of the two states train together
            June 1, 2024

            The two navies held a joint search and rescue drill in the summer of 2018 off the southern coast.
            """, null, "June 1, 2024");

        Assert.Equal("2018 Content", Dated(document));
    }

    [Fact]
    public void A_calendar_at_the_bottom_of_the_page_is_not_evidence()
    {
        var document = Article("""
            Navies of the two states train together

            The two navies held a joint search and rescue drill in July 2018 off the southern coast.

            March 2024
            M T W T F S S
            1 2 3
            """);

        Assert.Equal("2018-07 Content", Dated(document));
    }

    [Fact]
    public void A_known_edition_of_a_named_exercise_dates_the_article()
    {
        var stage = new PublicationDateStage(editions: new OneEdition("Sea Shield V", new PartialDate(2021, 9)));
        var document = Article("""
            The two navies are currently taking part in Sea Shield V off the southern coast, the first drill since 2014.
            """);

        Assert.Equal("2021-09 Content", Dated(document, stage));
    }

    /// <summary>A knowledge base of one edition, enough to show how the stage uses the lookup.</summary>
    private sealed class OneEdition(string name, PartialDate held) : INamedEditionLookup
    {
        public IEnumerable<NamedEdition> FindEditions(string text, TextSpan range)
        {
            var at = text.IndexOf(name, range.Start, range.Length, StringComparison.Ordinal);
            if (at >= 0) yield return new NamedEdition(new TextSpan(at, at + name.Length), name, held);
        }
    }
}
