using Dyad.Documents;
using Dyad.Reading;

namespace Dyad.Bench;

/// <summary>
/// Article texts for throughput benchmarks: the repository's own sample articles repeated to about 1 MB, 1,000
/// generated articles (site chrome, repeated passages, syndicated copies), and the first 2,000 BBC News articles
/// when the shared data sits beside the repository. Documents are made from the
/// text alone (no metadata, no manifest), so a stage does its full work on every one.
/// </summary>
public static class BenchCorpus
{
    public const string Samples = "samples";
    public const string BbcNews = "bbc-news";
    public const string Generated = "generated";

    private const int SampleCharacters = 1_000_000;
    private const int BbcArticles = 2_000;
    private const int GeneratedArticles = 1_000;

    /// <summary>The corpora present on this machine.</summary>
    public static IEnumerable<string> Available()
    {
        yield return Samples;
        yield return Generated;
        if (FindUp(Path.Combine("shared", "data", "bbc-news", "bbc-fulltext.jsonl")) is not null) yield return BbcNews;
    }

    /// <summary>The texts of a corpus, each with its source name.</summary>
    public static List<(string Source, string Text)> Load(string corpus)
    {
        if (corpus == Generated)
            return new Dyad.Benchmarking.CorpusGenerator(Dyad.Knowledge.KnowledgeBase.Default, seed: 1, GeneratedArticles)
                .Generate(0, GeneratedArticles).Select(a => (a.Url, a.Text)).ToList();
        var path = corpus == BbcNews
            ? FindUp(Path.Combine("shared", "data", "bbc-news", "bbc-fulltext.jsonl"))!
            : FindUp("samples")!;
        var texts = new DocumentReader(new ReadOptions { MaxBytes = 100_000_000 }).Read([path])
            .OfType<ReadSucceeded>().Select(r => (r.Document.Source, r.Document.Text)).ToList();
        if (corpus == BbcNews) return texts.Take(BbcArticles).ToList();

        var repeated = new List<(string, string)>();
        for (var total = 0; total < SampleCharacters;)
            foreach (var (source, text) in texts)
            {
                repeated.Add((source, text));
                total += text.Length;
            }
        return repeated;
    }

    /// <summary>Fresh documents of the texts, without annotations.</summary>
    public static List<Document> Documents(List<(string Source, string Text)> texts) =>
        texts.Select(t => new Document(t.Source, t.Text)).ToList();

    /// <summary>Megabytes (million UTF-16 characters) of the texts, to turn a mean time into MB/s.</summary>
    public static double Megabytes(List<(string Source, string Text)> texts) => texts.Sum(t => (double)t.Text.Length) / 1e6;

    private static string? FindUp(string relative)
    {
        // Walks up from the binaries: past the repository root (samples/) to the folder that holds shared/.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
