using Dyad.Documents;
using Dyad.Reading;
using static Dyad.Tests.Reading.ReadTestKit;

namespace Dyad.Tests.Reading;

public class ManifestTests
{
    private const string Page = """
        <html><head><meta property="og:title" content="Meta title"><meta property="og:site_name" content="Meta Site">
        <meta name="author" content="Meta Author"><meta property="article:published_time" content="2019-03-04"></head>
        <body><p>Body.</p></body></html>
        """;

    [Fact]
    public void Manifest_fields_beat_the_pages_metadata_and_its_date_has_the_manifest_basis()
    {
        using var folder = new TempFolder();
        var page = folder.Write("news/page.html", Page);
        var manifest = folder.Write("manifest.jsonl",
            """{"path": "news/page.html", "published": "2018-08", "publisher": "Manifest Press", "url": "https://m.example/1", "title": "Manifest title"}""");

        var metadata = ReadOne(page, new ReadOptions { Manifest = Manifest.Load(manifest) }).Document.Metadata;

        Assert.Equal("Manifest title", metadata.Title);
        Assert.Equal("Manifest Press", metadata.Publisher);
        Assert.Equal("https://m.example/1", metadata.Url);
        Assert.Equal(new PublicationDate(new PartialDate(2018, 8), DateBasis.Manifest), metadata.Published);
        Assert.Equal("Meta Author", metadata.Author);
    }

    [Fact]
    public void What_the_manifest_leaves_out_the_source_still_gives()
    {
        using var folder = new TempFolder();
        var page = folder.Write("page.html", Page);
        var manifest = folder.Write("list.jsonl", """{"path": "page.html", "published": "2018"}""");

        var metadata = ReadOne(page, new ReadOptions { Manifest = Manifest.Load(manifest) }).Document.Metadata;

        Assert.Equal("Meta title", metadata.Title);
        Assert.Equal("Meta Site", metadata.Publisher);
        Assert.Equal(new PublicationDate(new PartialDate(2018), DateBasis.Manifest), metadata.Published);
    }

    [Fact]
    public void An_entry_matches_by_relative_path_first_and_by_file_name_otherwise()
    {
        using var folder = new TempFolder();
        var nested = folder.Write("a/story.txt", "Nested story.");
        var elsewhere = folder.Write("b/other.txt", "Other story.");
        var manifestPath = folder.Write("meta/manifest.jsonl", """
            {"path": "../a/story.txt", "title": "By relative path"}
            {"path": "story.txt", "title": "By file name"}
            {"path": "./c/other.txt", "title": "By file name only"}
            """);
        var options = new ReadOptions { Manifest = Manifest.Load(manifestPath) };

        Assert.Equal("By relative path", ReadOne(nested, options).Document.Metadata.Title);
        Assert.Equal("By file name only", ReadOne(elsewhere, options).Document.Metadata.Title);
    }

    [Fact]
    public void A_file_name_that_two_entries_share_matches_neither()
    {
        using var folder = new TempFolder();
        var story = folder.Write("x/story.txt", "Story.");
        var manifestPath = folder.Write("manifest.jsonl", """
            {"path": "a/story.txt", "title": "One"}
            {"path": "b/story.txt", "title": "Two"}
            """);
        Assert.Null(ReadOne(story, new ReadOptions { Manifest = Manifest.Load(manifestPath) }).Document.Metadata.Title);
    }

    [Fact]
    public void Feed_items_and_records_match_entries_named_with_their_number()
    {
        using var folder = new TempFolder();
        var records = folder.Write("records.jsonl", "{\"text\": \"One.\", \"title\": \"Own one\"}\n{\"text\": \"Two.\", \"title\": \"Own two\"}\n");
        var manifestPath = folder.Write("manifest.jsonl", """{"path": "records.jsonl#2", "title": "Manifest two"}""");

        var titles = ReadAll(new ReadOptions { Manifest = Manifest.Load(manifestPath) }, records)
            .Select(o => Assert.IsType<ReadSucceeded>(o).Document.Metadata.Title);

        Assert.Equal(["Own one", "Manifest two"], titles);
    }

    [Theory]
    [InlineData("{\"path\": \"a.txt\", \"published\": \"August 2018\"}", "m.jsonl:2: \"published\" must be YYYY, YYYY-MM or YYYY-MM-DD, not \"August 2018\"")]
    [InlineData("{\"published\": \"2018\"}", "m.jsonl:2: the \"path\" field is missing")]
    [InlineData("{\"path\": \"a.txt\"", "m.jsonl:2: ")]
    public void A_bad_manifest_line_is_an_error_naming_file_and_line(string line, string message)
    {
        using var folder = new TempFolder();
        var path = folder.Write("m.jsonl", "{\"path\": \"ok.txt\"}\n" + line + "\n");
        var error = Assert.Throws<FormatException>(() => Manifest.Load(path));
        Assert.StartsWith(folder.Path + "/" + message, error.Message);
    }

    [Fact]
    public void The_seed_manifest_format_loads()
    {
        var manifest = Manifest.Parse(new StringReader("""
            {"path": "000_a.txt", "published": "2021-10", "publisher": "The Nation"}
            {"path": "001_b.txt", "published": "2018-08"}
            """), "/corpus");
        Assert.Equal(2, manifest.Entries.Count);
        Assert.Equal(new PartialDate(2021, 10), manifest.Find("/corpus/000_a.txt")?.Published);
        Assert.Equal("The Nation", manifest.Find("/elsewhere/000_a.txt")?.Publisher);
        Assert.Null(manifest.Find("/corpus/002_c.txt"));
    }
}
