using Dyad.Reading;

namespace Dyad.Tests.Reading;

/// <summary>Shortcuts the read tests share.</summary>
internal static class ReadTestKit
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Reading", "Fixtures", name);

    public static List<ReadOutcome> ReadAll(ReadOptions? options = null, params string[] paths) =>
        new DocumentReader(options ?? new ReadOptions()).Read(paths).ToList();

    public static ReadSucceeded ReadOne(string path, ReadOptions? options = null) =>
        Assert.IsType<ReadSucceeded>(Assert.Single(ReadAll(options, path)));

    public static ReadFailed RefuseOne(string path, ReadOptions? options = null) =>
        Assert.IsType<ReadFailed>(Assert.Single(ReadAll(options, path)));

    /// <summary>The text a span covers.</summary>
    public static string Cover(this Dyad.Documents.Document document, Dyad.Documents.TextSpan span) =>
        document.Text[span.Start..span.End];
}
