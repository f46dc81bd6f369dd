using Dyad.Documents;
using Dyad.Reading;
using static Dyad.Tests.Reading.ReadTestKit;

namespace Dyad.Tests.Reading;

public class JsonLinesReadingTests
{
    private static readonly string Path = Fixture("records.jsonl");
    private static readonly List<ReadOutcome> Outcomes = ReadAll(null, Path);

    [Fact]
    public void Each_line_is_an_outcome_in_order_and_bad_lines_are_named_file_colon_line()
    {
        Assert.Equal([Path + "#1", Path + ":2", Path + "#3", Path + ":5", Path + ":6"], Outcomes.Select(o => o.Source));
        Assert.StartsWith("invalid JSON (", Assert.IsType<ReadFailed>(Outcomes[1]).Reason);
        Assert.Equal("record has no \"text\" or \"html\" field", Assert.IsType<ReadFailed>(Outcomes[3]).Reason);
        Assert.Equal("a record must be a JSON object, not an array", Assert.IsType<ReadFailed>(Outcomes[4]).Reason);
    }

    [Fact]
    public void A_text_record_keeps_its_text_as_written_and_its_fields_as_metadata()
    {
        var document = Assert.IsType<ReadSucceeded>(Outcomes[0]).Document;
        Assert.Equal("Russia agreed to sell four Mi-35M helicopters to Pakistan.\nThe contract followed talks that began in 2014.", document.Text);
        Assert.Equal(new SourceMetadata
        {
            Format = "jsonl",
            Title = "Helicopters for Pakistan",
            Url = "https://records.example/1",
            Author = "Ayesha Malik",
            Publisher = "Records Daily",
            Published = new PublicationDate(new PartialDate(2015, 8), DateBasis.Metadata),
        }, document.Metadata with { MainContent = [] });
    }

    [Fact]
    public void An_html_record_is_read_as_a_page_and_the_records_fields_beat_its_meta_tags()
    {
        var document = Assert.IsType<ReadSucceeded>(Outcomes[2]).Document;
        Assert.StartsWith("Home | World\n\nIndia signed a contract", document.Text);
        Assert.Equal("Air defence deal", document.Metadata.Title);
        Assert.Equal("https://records.example/3", document.Metadata.Url);
        Assert.Equal(new PartialDate(2018, 10, 5), document.Metadata.Published?.Date);
        Assert.StartsWith("India signed", document.Cover(Assert.Single(document.Metadata.MainContent)));
    }

    [Fact]
    public void A_file_with_no_usable_record_is_refused_as_a_whole()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.jsonl", "{\"title\": \"x\"}\n{oops\n");
        var outcomes = ReadAll(null, path);
        Assert.Equal([path + ":1", path + ":2", path], outcomes.Select(o => o.Source));
        Assert.Equal("no usable records (2 lines refused)", Assert.IsType<ReadFailed>(outcomes[^1]).Reason);
    }

    [Fact]
    public void A_field_of_the_wrong_kind_refuses_its_line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("typed.jsonl", "{\"text\": \"Body.\", \"title\": [\"a\"]}\n{\"text\": \"Fine.\"}\n");
        var outcomes = ReadAll(null, path);
        Assert.Equal("\"title\" must be a string, not an array", Assert.IsType<ReadFailed>(outcomes[0]).Reason);
        Assert.Equal("Fine.", Assert.IsType<ReadSucceeded>(outcomes[1]).Document.Text);
    }

    [Fact]
    public void The_size_limit_applies_to_each_record_so_a_file_of_many_records_is_read_whatever_its_size()
    {
        using var folder = new TempFolder();
        var record = "{\"text\": \"" + new string('a', 200) + "\"}\n";
        var path = folder.Write("many.jsonl", string.Concat(Enumerable.Repeat(record, 20)) + "{\"text\": \"" + new string('b', 400) + "\"}\n");

        var outcomes = new DocumentReader(new ReadOptions { MaxBytes = 300 }).Read([path]).ToList();

        Assert.Equal(20, outcomes.OfType<ReadSucceeded>().Count()); // the file is 4,700 bytes, each record under 300
        var refused = Assert.IsType<ReadFailed>(outcomes[^1]);
        Assert.Equal(path + ":21", refused.Source);
        Assert.Contains("300", refused.Reason);
    }
}
