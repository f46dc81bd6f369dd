using Dyad.Reading;
using static Dyad.Tests.Reading.ReadTestKit;

namespace Dyad.Tests.Reading;

public class RefusalTests
{
    public static TheoryData<string, byte[], string> BinaryFiles => new()
    {
        { "photo.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "binary file (PNG image)" },
        { "photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'], "binary file (JPEG image)" },
        { "anim.gif", [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00], "binary file (GIF image)" },
        { "report.txt", [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3], "binary file (PDF document)" },
        { "notes.docx", [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0], "binary file (ZIP archive or Office document)" },
        { "feed.xml", [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0], "binary file (gzip archive)" },
        { "tool", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0], "binary file (ELF executable)" },
        { "setup.exe", [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00], "binary file (Windows executable)" },
        { "blob.dat", [(byte)'a', 0x00, 0x00, 0x00, (byte)'b', 0x00, 0x00, 0x01, 0x00, (byte)'c'], "binary file (NUL bytes)" },
        { "noise.txt", [(byte)'a', 0x01, 0x02, 0x03, (byte)'b', 0x04, 0x05, 0x06, (byte)'c', 0x07], "binary file (control bytes)" },
    };

    [Theory]
    [MemberData(nameof(BinaryFiles))]
    public void Binary_files_are_refused_naming_their_kind(string name, byte[] bytes, string reason)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, bytes);
        var failed = RefuseOne(path);
        Assert.Equal(path, failed.Source);
        Assert.Equal(reason, failed.Reason);
    }

    [Fact]
    public void Prose_that_happens_to_start_like_a_weak_signature_is_read_as_text()
    {
        using var folder = new TempFolder();
        var document = ReadOne(folder.Write("mz.txt", "MZ stands for a set of initials in this note.\n")).Document;
        Assert.StartsWith("MZ stands", document.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n  ")]
    [InlineData("\uFEFF")]
    public void Empty_and_whitespace_only_files_are_refused(string content)
    {
        using var folder = new TempFolder();
        Assert.Equal("empty file", RefuseOne(folder.Write("blank.txt", content)).Reason);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_by_its_length_with_both_sizes()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.txt", "");
        using (var stream = File.OpenWrite(path)) stream.SetLength(21_000_000);

        var failed = RefuseOne(path);

        Assert.Equal("21,000,000 bytes, over the 10,485,760-byte limit (--max-bytes)", failed.Reason);
    }

    [Fact]
    public void The_limit_is_the_callers_to_set()
    {
        using var folder = new TempFolder();
        var path = folder.Write("small.txt", "twelve bytes");
        Assert.Equal("12 bytes, over the 11-byte limit (--max-bytes)", RefuseOne(path, new ReadOptions { MaxBytes = 11 }).Reason);
        Assert.Equal("twelve bytes", ReadOne(path, new ReadOptions { MaxBytes = 12 }).Document.Text);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_refused_as_given()
    {
        var failed = RefuseOne("no/such/place.txt");
        Assert.Equal("no/such/place.txt", failed.Source);
        Assert.Equal("no such file or directory", failed.Reason);
    }

    [Fact]
    public void A_file_that_vanishes_after_the_folder_was_listed_is_refused_and_the_batch_goes_on()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "first article");
        var gone = folder.Write("b.txt", "second article");
        folder.Write("c.txt", "third article");

        var outcomes = new List<ReadOutcome>();
        foreach (var outcome in new DocumentReader(new ReadOptions()).Read([folder.Path]))
        {
            outcomes.Add(outcome);
            if (outcomes.Count == 1) File.Delete(gone);
        }

        Assert.Equal(["first article", "third article"], outcomes.OfType<ReadSucceeded>().Select(o => o.Document.Text));
        var failed = Assert.Single(outcomes.OfType<ReadFailed>());
        Assert.Equal(folder.Path + "/b.txt", failed.Source);
        Assert.Equal("file vanished before it could be read", failed.Reason);
    }

    [Fact]
    public void XML_that_is_not_a_feed_is_refused()
    {
        using var folder = new TempFolder();
        var failed = RefuseOne(folder.Write("config.xml", "<?xml version=\"1.0\"?><settings><a>1</a></settings>"));
        Assert.Equal("XML that is not an RSS or Atom feed", failed.Reason);
    }

    [Fact]
    public void A_page_with_no_visible_text_is_refused()
    {
        using var folder = new TempFolder();
        var failed = RefuseOne(folder.Write("blank.html", "<html><head><title>Only a title</title><script>var x = 1;</script></head><body> </body></html>"));
        Assert.Equal("HTML page with no visible text", failed.Reason);
    }
}
