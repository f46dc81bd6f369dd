using System.Text;
using Dyad.Reading;

namespace Dyad.Tests.Reading;

/// <summary>A scratch folder for one test: files written into it, removed after.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "dyad-read-" + Guid.NewGuid().ToString("N"));

    public string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string relativePath, string text) => Write(relativePath, new UTF8Encoding(false).GetBytes(text));

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}

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
