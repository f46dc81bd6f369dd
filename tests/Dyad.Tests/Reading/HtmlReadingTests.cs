using Dyad.Documents;
using Dyad.Reading;
using static Dyad.Tests.Reading.ReadTestKit;

namespace Dyad.Tests.Reading;

public class HtmlReadingTests
{
    private static readonly Document Page = ReadOne(Fixture("article-page.html")).Document;

    [Fact]
    public void A_page_reads_as_its_visible_text_with_block_breaks_and_chrome_kept()
    {
        const string expected = """
            Frontier Ledger

            Pakistan
            World
            Defence

            Russian and Pakistani troops end first joint drill

            By Sana Qureshi · 10 October 2016

            Soldiers from Russia and Pakistan wrapped up two weeks of mountain training at Cherat on Monday, closing the first exercise the two armies have held together.

            The drill, named Druzhba, or “friendship”, brought about seventy Russian troops to the hills north-west of Islamabad. Officers said the programme covered counter-terrorism tactics, hostage rescue and the use of helicopters in narrow valleys.
            A closing ceremony was attended by senior officers of both sides.

            Exercise Druzhba 2016
            Place Cherat

            Most read

            Wheat prices climb again
            Rain expected this week

            © 2016 Frontier Ledger. All rights reserved.
            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), Page.Text);
    }

    [Fact]
    public void Scripts_styles_templates_svg_noscript_and_hidden_elements_are_not_text()
    {
        foreach (var invisible in new[] { "analytics", "font-family", "Template text", "svg label", "enable JavaScript", "Advertisement", "Hidden teaser" })
            Assert.DoesNotContain(invisible, Page.Text);
    }

    [Fact]
    public void The_main_content_is_the_article_element_and_leaves_out_navigation_and_footer()
    {
        var span = Assert.Single(Page.Metadata.MainContent);
        var article = Page.Cover(span);
        Assert.StartsWith("Russian and Pakistani troops end first joint drill", article);
        Assert.EndsWith("Place Cherat", article);
        Assert.DoesNotContain("Most read", article);
    }

    [Fact]
    public void Meta_tags_give_title_author_publisher_date_and_canonical_url()
    {
        var metadata = Page.Metadata;
        Assert.Equal("html", metadata.Format);
        Assert.Equal("Russian and Pakistani troops end first joint drill", metadata.Title);
        Assert.Equal("Sana Qureshi", metadata.Author);
        Assert.Equal("Frontier Ledger", metadata.Publisher);
        Assert.Equal(new PublicationDate(new PartialDate(2016, 10, 10), DateBasis.Metadata), metadata.Published);
        Assert.Equal("https://ledger.example/defence/druzhba-2016", metadata.Url);
    }

    [Fact]
    public void Reading_metadata_leaves_the_documents_own_fields_to_cleaning()
    {
        Assert.Null(Page.Title);
        Assert.Null(Page.Published);
    }

    [Fact]
    public void JSON_LD_fills_what_meta_tags_leave_out()
    {
        var metadata = ReadOne(Fixture("div-soup.html")).Document.Metadata;
        Assert.Equal("Pakistan signs for four Russian attack helicopters", metadata.Title);
        Assert.Equal("Imran Baig", metadata.Author);
        Assert.Equal("The Morning Courier", metadata.Publisher);
        Assert.Equal(new PartialDate(2015, 8, 20), metadata.Published?.Date);
    }

    [Fact]
    public void Without_article_markup_readability_scoring_finds_the_story_among_the_chrome()
    {
        var document = ReadOne(Fixture("div-soup.html")).Document;
        Assert.NotEmpty(document.Metadata.MainContent);
        var covered = string.Join("\n", document.Metadata.MainContent.Select(document.Cover));
        Assert.Contains("four Mi-35M attack helicopters", covered);
        Assert.Contains("lifted its embargo", covered);
        foreach (var chrome in new[] { "Home", "Cricket board", "Terms of use" })
            Assert.DoesNotContain(chrome, covered);
    }

    [Theory]
    [InlineData("<title>Pakistan and Russia sign pact | The Daily Sample</title>", "Pakistan and Russia sign pact")]
    [InlineData("<title>Pakistan and Russia sign pact - World - Sample</title>", "Pakistan and Russia sign pact")]
    [InlineData("<title>Pakistan - Russia ties</title>", "Pakistan - Russia ties")]
    [InlineData("<title>Talks resume | a long section name that is surely part of the headline</title>", "Talks resume | a long section name that is surely part of the headline")]
    [InlineData("<meta property=\"og:site_name\" content=\"Ledger\"><title>Talks | Ledger</title>", "Talks")]
    public void The_title_element_loses_its_site_name_but_keeps_its_own_words(string head, string title) =>
        Assert.Equal(title, MetadataOfPageWith(head).Title);

    [Theory]
    [InlineData("<meta name=\"pubdate\" content=\"2018-08-08\">", "2018-08-08")]
    [InlineData("<meta name=\"DC.date\" content=\"2014-11\">", "2014-11")]
    [InlineData("<meta itemprop=\"datePublished\" content=\"2016-09-24T08:00:00Z\">", "2016-09-24")]
    [InlineData("<meta name=\"date\" content=\"Thu, 20 Nov 2014 12:00:00 GMT\">", "2014-11-20")]
    public void Publication_dates_come_from_any_of_the_common_meta_tags(string meta, string date) =>
        Assert.Equal(date, MetadataOfPageWith(meta).Published?.Date.ToString());

    private static SourceMetadata MetadataOfPageWith(string head)
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.html", $"<html><head>{head}</head><body><p>Body text.</p></body></html>");
        return ReadOne(path).Document.Metadata;
    }

    [Fact]
    public void A_time_element_in_the_article_header_dates_the_page_but_one_in_the_site_header_does_not()
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.html", """
            <body><header>Today is <time datetime="2024-03-01">1 March 2024</time></header>
            <article><header><h1>Talks</h1><time datetime="2018-08-07">7 August 2018</time></header><p>Body.</p></article></body>
            """);
        Assert.Equal("2018-08-07", ReadOne(path).Document.Metadata.Published?.Date.ToString());

        var siteOnly = folder.Write("site.html", """<body><header><time datetime="2024-03-01">1 March 2024</time></header><p>Body.</p></body>""");
        Assert.Null(ReadOne(siteOnly).Document.Metadata.Published);
    }

    [Fact]
    public void Malformed_markup_is_read_as_well_as_it_can_be_and_never_throws()
    {
        var document = ReadOne(Fixture("malformed.html")).Document;
        Assert.Contains("First paragraph without an end", document.Text);
        Assert.Contains("Second bold and italic text runs on", document.Text);
        Assert.Contains("cell one cell two", document.Text);
        Assert.Contains("deep & unclosed — &nosuchentity; text", document.Text);
        Assert.Contains("tail paragraph", document.Text);
    }

    [Fact]
    public void Thousands_of_unclosed_tags_do_not_overflow_the_stack()
    {
        using var folder = new TempFolder();
        var path = folder.Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 20_000)) + "bottom</body></html>");
        Assert.EndsWith("bottom", ReadOne(path).Document.Text);
    }

    [Fact]
    public void A_txt_file_holding_HTML_is_read_as_HTML()
    {
        using var folder = new TempFolder();
        var path = folder.Write("saved-page.txt", "\n  <!DOCTYPE html><html><body><p>One &amp; two</p><p>Three</p></body></html>");
        var document = ReadOne(path).Document;
        Assert.Equal("One & two\n\nThree", document.Text);
        Assert.Equal("html", document.Metadata.Format);
    }

    [Fact]
    public void Prose_mentioning_a_tag_in_a_txt_file_stays_plain_text()
    {
        using var folder = new TempFolder();
        var text = "<b> is the bold tag, wrote the editor.\n  Indents stay.";
        var document = ReadOne(folder.Write("note.txt", text)).Document;
        Assert.Equal(text, document.Text);
        Assert.Equal("text", document.Metadata.Format);
    }

    [Fact]
    public void Line_breaks_and_preformatted_text_are_shown_as_on_the_page()
    {
        using var folder = new TempFolder();
        var path = folder.Write("pre.html", "<body><p>a<br>b<br><br>c</p><pre>  x\n    y</pre><p>d   \n  e</p></body>");
        Assert.Equal("a\nb\n\nc\n\n  x\n    y\n\nd e", ReadOne(path).Document.Text);
    }
}
