using Dyad.Cleaning;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Tests.Cleaning;

/// <summary>
/// Cleaning on pages written for the tests, scored as the reference scorer scores the seeds: a line counts
/// as kept when its text, whitespace folded, stands in the cleaned text; a repeated passage must stand once.
/// </summary>
public sealed class CleaningGoldenTests
{
    private static readonly DocumentPipeline Cleaning = new(CleaningStages.Create());

    public static TheoryData<string> Pages() => new(LabelledPage.All().Select(p => p.Name));

    private static (LabelledPage Page, Document Document, string Kept) Clean(string name)
    {
        var page = LabelledPage.All().Single(p => p.Name == name);
        var document = Cleaning.Process(new Document(name + ".txt", page.Text));
        return (page, document, Fold(document.CleanText()));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_body_line_is_kept_and_every_other_line_removed(string name)
    {
        var (page, _, kept) = Clean(name);

        var wrong = page.Lines
            .Where(l => l.Label is 'B' or 'T' or 'M' or 'C')
            .Where(l => kept.Contains(Fold(l.Line), StringComparison.Ordinal) != (l.Label == 'B'))
            .Select(l => $"{l.Label} {l.Line}")
            .ToList();
        Assert.True(wrong.Count == 0, "misjudged lines:\n" + string.Join('\n', wrong));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_repeated_passage_stands_once(string name)
    {
        var (page, _, kept) = Clean(name);

        foreach (var (_, line) in page.Lines.Where(l => l.Label == 'D'))
            Assert.Equal(1, Occurrences(kept, Fold(line)));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Title_and_author_are_read_as_a_reader_names_them(string name)
    {
        var (page, document, _) = Clean(name);

        Assert.Equal(page.Title, document.Title);
        Assert.Equal(page.Author, document.Author);
    }

    [Fact]
    public void Cleaning_marks_ranges_and_never_edits_the_text()
    {
        foreach (var page in LabelledPage.All())
        {
            var document = Cleaning.Process(new Document(page.Name, page.Text));
            Assert.Same(page.Text, document.Text);
            Assert.All(document.Removed, r => Assert.InRange(r.Span.End, r.Span.Start, page.Text.Length));
        }
    }

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int Occurrences(string text, string passage)
    {
        var count = 0;
        for (var at = text.IndexOf(passage, StringComparison.Ordinal); at >= 0; at = text.IndexOf(passage, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
