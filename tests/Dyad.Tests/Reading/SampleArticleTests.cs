using Dyad.Documents;
using Dyad.Reading;

namespace Dyad.Tests.Reading;

/// <summary>The articles in samples/ are what the README's first command reads: they must all read cleanly.</summary>
public class SampleArticleTests
{
    private static readonly string Samples = Path.Combine(RepositoryRoot(), "samples");

    [Fact]
    public void Every_sample_reads_in_every_format_without_refusal_or_warning()
    {
        var options = new ReadOptions { Manifest = Manifest.Load(Path.Combine(Samples, "manifest.jsonl")) };
        var outcomes = new DocumentReader(options).Read([Samples]).ToList();

        var documents = outcomes.Select(o => Assert.IsType<ReadSucceeded>(o).Document).ToList();
        Assert.InRange(documents.Count, 6, 8);
        Assert.All(documents, d => Assert.Empty(d.Warnings));
        Assert.Equal(["feed", "html", "jsonl", "text"], documents.Select(d => d.Metadata.Format).Distinct().Order());
    }

    [Fact]
    public void Every_manifest_entry_matches_a_sample()
    {
        var manifest = Manifest.Load(Path.Combine(Samples, "manifest.jsonl"));
        var documents = new DocumentReader(new ReadOptions { Manifest = manifest }).Read([Samples])
            .OfType<ReadSucceeded>().Select(o => o.Document).ToList();

        var dated = documents.Count(d => d.Metadata.Published?.Basis == DateBasis.Manifest);
        Assert.Equal(manifest.Entries.Count(e => e.Published is not null), dated);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Dyad.slnx not found above " + AppContext.BaseDirectory);
    }
}
