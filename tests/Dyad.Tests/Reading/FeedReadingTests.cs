using Dyad.Documents;
using Dyad.Reading;
using static Dyad.Tests.Reading.ReadTestKit;

namespace Dyad.Tests.Reading;

public class FeedReadingTests
{
    [Fact]
    public void Each_RSS_item_is_a_document_named_by_its_number()
    {
        var path = Fixture("two-items.rss");
        var documents = ReadAll(null, path).Select(o => Assert.IsType<ReadSucceeded>(o).Document).ToList();

        Assert.Equal([path + "#1", path + "#2"], documents.Select(d => d.Source));
        Assert.All(documents, d => Assert.Equal("feed", d.Metadata.Format));
        Assert.All(documents, d => Assert.Equal("Capital Wire", d.Metadata.Publisher));
    }

    [Fact]
    public void An_items_text_is_its_title_then_its_richest_content_as_visible_text()
    {
        var first = ReadAll(null, Fixture("two-items.rss")).OfType<ReadSucceeded>().First().Document;
        Assert.Equal("""
            Moscow and Islamabad agree on officer training

            Pakistani officers will train at Russian military institutions under an agreement signed in Rawalpindi.

            The signing closed the first meeting of a joint consultative committee.
            """.ReplaceLineEndings("\n"), first.Text);
        var body = Assert.Single(first.Metadata.MainContent);
        Assert.StartsWith("Pakistani officers", first.Cover(body));
    }

    [Fact]
    public void RSS_items_carry_link_date_and_author()
    {
        var documents = ReadAll(null, Fixture("two-items.rss")).OfType<ReadSucceeded>().Select(o => o.Document).ToList();

        Assert.Equal("https://wire.example/2018/08/training", documents[0].Metadata.Url);
        Assert.Equal(new PublicationDate(new PartialDate(2018, 8, 8), DateBasis.Metadata), documents[0].Metadata.Published);
        Assert.Equal("Hamid Raza", documents[0].Metadata.Author);

        Assert.Equal("New Delhi confirms air defence purchase", documents[1].Metadata.Title);
        Assert.Equal(new PartialDate(2018, 10, 5), documents[1].Metadata.Published?.Date);
        Assert.Equal("Meera Nair", documents[1].Metadata.Author);
        Assert.EndsWith("India and Russia signed a contract for the S-400 air defence system & its support.", documents[1].Text);
    }

    [Fact]
    public void Atom_entries_take_the_alternate_link_the_published_date_and_the_author_name()
    {
        var document = ReadOne(Fixture("one-entry.atom")).Document;
        Assert.Equal("Defence ministers sign cooperation agreement\n\nRussia and Pakistan signed a defence cooperation agreement in Rawalpindi.", document.Text);
        Assert.Equal("https://review.example/2014/11/agreement", document.Metadata.Url);
        Assert.Equal(new PartialDate(2014, 11, 20), document.Metadata.Published?.Date);
        Assert.Equal("Olga Petrova", document.Metadata.Author);
        Assert.Equal("Steppe and Sea Review", document.Metadata.Publisher);
    }

    [Fact]
    public void A_feed_is_recognised_by_its_root_element_whatever_its_extension()
    {
        using var folder = new TempFolder();
        var path = folder.Write("download.txt", File.ReadAllBytes(Fixture("one-entry.atom")));
        Assert.Equal(path + "#1", ReadOne(path).Document.Source);
    }

    [Fact]
    public void An_item_without_title_or_text_is_refused_and_its_neighbours_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.rss", """
            <rss version="2.0"><channel><title>T</title>
            <item><title>First</title><description>Body one.</description></item>
            <item><link>https://x.example/empty</link></item>
            <item><title>Third</title><pubDate>not a date</pubDate></item>
            </channel></rss>
            """);
        var outcomes = ReadAll(null, path);

        Assert.Equal([path + "#1", path + "#2", path + "#3"], outcomes.Select(o => o.Source));
        Assert.Equal("feed item with no title or text", Assert.IsType<ReadFailed>(outcomes[1]).Reason);
        var third = Assert.IsType<ReadSucceeded>(outcomes[2]).Document;
        Assert.Equal("Third", third.Text);
        Assert.Equal(["unreadable feed date \"not a date\""], third.Warnings);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>", "feed with no items")]
    [InlineData("<rss version=\"2.0\"><channel><item></item><item><title> </title></item></channel></rss>", "feed with no usable items (all 2 empty)")]
    [InlineData("<rss version=\"2.0\"><channel><item><title>A & B</title></item></channel></rss>", "malformed feed XML (line 1: An error occurred while parsing EntityName)")]
    public void A_feed_with_nothing_usable_is_refused_with_its_reason(string xml, string reason)
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.xml", xml);
        var failed = Assert.IsType<ReadFailed>(ReadAll(null, path)[^1]);
        Assert.Equal(path, failed.Source);
        Assert.Equal(reason, failed.Reason);
    }
}
