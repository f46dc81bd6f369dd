using System.Text;
using Dyad.Reading;
using static Dyad.Tests.Reading.ReadTestKit;

namespace Dyad.Tests.Reading;

public class FolderReadingTests
{
    [Fact]
    public void A_mixed_folder_reads_the_good_files_names_the_bad_ones_in_ordinal_path_order()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "Second story.");
        folder.Write("a/z.txt", "Nested story.");
        folder.Write("a.txt", "First story.");
        folder.Write("B.html", "<p>Capital B page.</p>");
        folder.Write("c.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        folder.Write("d.txt", "   ");
        folder.Write("e.jsonl", "{\"text\": \"Record one.\"}\nnot json\n");
        folder.Write(".hidden.txt", "Never read.");
        folder.Write(".git/config.txt", "Never read either.");
        folder.Write("manifest.jsonl", "{\"path\": \"a.txt\", \"published\": \"2018\"}");

        var outcomes = ReadAll(null, folder.Path + "/");
        var summary = outcomes.Select(o => o switch
        {
            ReadSucceeded read => $"{Path.GetRelativePath(folder.Path, read.Source.Split('#')[0])}{Suffix(read.Source, '#')} ok: {read.Document.Text}",
            ReadFailed failed => $"{Path.GetRelativePath(folder.Path, failed.Source.Split('#')[0])} refused: {failed.Reason}",
            _ => throw new InvalidOperationException(),
        });

        Assert.Equal(
        [
            "B.html ok: Capital B page.",
            "a.txt ok: First story.",
            "a/z.txt ok: Nested story.",
            "b.txt ok: Second story.",
            "c.png refused: binary file (PNG image)",
            "d.txt refused: empty file",
            "e.jsonl#1 ok: Record one.",
            "e.jsonl:2 refused: invalid JSON ('not json' is an invalid JSON literal)",
        ], summary);
    }

    [Fact]
    public void A_link_to_a_file_is_read_and_a_link_to_a_folder_is_not_walked()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        var outside = elsewhere.Write("outside.txt", "Linked story.");
        elsewhere.Write("deep/inside.txt", "Never read through the link.");
        folder.Write("a.txt", "Own story.");
        File.CreateSymbolicLink(folder.File("b.txt"), outside);
        Directory.CreateSymbolicLink(folder.File("c"), Path.Combine(elsewhere.Path, "deep"));

        var read = ReadAll(null, folder.Path).Select(o => $"{Path.GetFileName(o.Source)}: {((ReadSucceeded)o).Document.Text}");

        Assert.Equal(["a.txt: Own story.", "b.txt: Linked story."], read);
    }

    [Fact]
    public void Sources_join_the_folder_as_given_with_the_path_inside_it()
    {
        using var folder = new TempFolder();
        folder.Write("seeds/sub/000_x.txt", "Text.");
        var given = Path.Combine(folder.Path, "seeds");

        Assert.Equal(given + "/sub/000_x.txt", ReadAll(null, given).Single().Source);
        Assert.Equal(given + "/sub/000_x.txt", ReadAll(null, given + "/").Single().Source);
    }

    [Fact]
    public void The_manifest_given_in_the_options_is_not_read_as_an_article_whatever_its_name()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "Story.");
        var manifestPath = folder.Write("dates.jsonl", "{\"path\": \"story.txt\", \"published\": \"2016-10\"}");
        var options = new ReadOptions { Manifest = Manifest.Load(manifestPath) };

        var read = Assert.IsType<ReadSucceeded>(Assert.Single(ReadAll(options, folder.Path)));

        Assert.Equal("2016-10", read.Document.Metadata.Published?.Date.ToString());
    }

    [Fact]
    public void Standard_input_is_read_when_the_path_is_a_dash()
    {
        var options = new ReadOptions { OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes("<html><body><p>From a pipe.</p></body></html>")) };
        var read = Assert.IsType<ReadSucceeded>(Assert.Single(ReadAll(options, "-")));
        Assert.Equal("-", read.Source);
        Assert.Equal("From a pipe.", read.Document.Text);
    }

    [Fact]
    public void Standard_input_over_the_limit_is_refused()
    {
        var options = new ReadOptions { MaxBytes = 4, OpenStandardInput = () => new MemoryStream("too long"u8.ToArray()) };
        var failed = Assert.IsType<ReadFailed>(Assert.Single(ReadAll(options, "-")));
        Assert.Equal("more than 8 bytes, over the 4-byte limit (--max-bytes)", failed.Reason);
    }

    [Fact]
    public void Reading_streams_so_taking_the_first_outcome_reads_no_other_file()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 200; i++) folder.Write($"f{i:D3}.txt", $"Article {i}.");
        var reader = new DocumentReader(new ReadOptions());

        using var outcomes = reader.Read([folder.Path]).GetEnumerator();
        Assert.True(outcomes.MoveNext());
        Assert.Equal("Article 0.", Assert.IsType<ReadSucceeded>(outcomes.Current).Document.Text);

        // Files changed after the first outcome was taken are read as they are now: nothing was read ahead.
        File.WriteAllText(Path.Combine(folder.Path, "f001.txt"), "Rewritten.");
        File.Delete(Path.Combine(folder.Path, "f002.txt"));
        Assert.True(outcomes.MoveNext());
        Assert.Equal("Rewritten.", Assert.IsType<ReadSucceeded>(outcomes.Current).Document.Text);
        Assert.True(outcomes.MoveNext());
        Assert.IsType<ReadFailed>(outcomes.Current);
    }

    [Fact]
    public void Nothing_is_read_before_the_first_outcome_is_asked_for()
    {
        using var folder = new TempFolder();
        folder.Write("late.txt", "x");
        var outcomes = new DocumentReader(new ReadOptions()).Read([folder.Path]);
        folder.Write("later.txt", "y");
        Assert.Equal(2, outcomes.Count());
    }

    private static string Suffix(string source, char mark) => source.Contains(mark) ? mark + source.Split(mark)[1] : "";
}
