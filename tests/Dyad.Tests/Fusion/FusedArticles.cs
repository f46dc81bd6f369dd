using Dyad.Tests.Cli;

namespace Dyad.Tests.Fusion;

/// <summary>The fusion test articles (Articles/corpus) ingested once into a store shared by a test class.</summary>
public sealed class FusedArticles : IDisposable
{
    private readonly TempFolder _folder = new();

    public FusedArticles()
    {
        Db = _folder.File("fused.db");
        var (exit, _, error) = Ingest(Db, Corpus);
        Assert.True(exit == 0, error);
    }

    public static string Corpus => Path.Combine(AppContext.BaseDirectory, "Fusion", "Articles", "corpus");

    public static string Manifest => Path.Combine(Corpus, "manifest.jsonl");

    public static IReadOnlyList<string> Files => Directory.GetFiles(Corpus, "*.txt").Order(StringComparer.Ordinal).ToList();

    public string Db { get; }

    public string File(string name) => _folder.File(name);

    public static (int Exit, string Output, string Error) Ingest(string db, params string[] paths) =>
        CliRun.Run(["ingest", .. paths, "--manifest", Manifest, "--db", db]);

    public (int Exit, string Output, string Error) Run(params string[] args) => CliRun.Run([.. args, "--db", Db]);

    public void Dispose() => _folder.Dispose();
}
