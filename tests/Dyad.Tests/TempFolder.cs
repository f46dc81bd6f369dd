using System.Text;

namespace Dyad.Tests;

/// <summary>A fresh folder under the system temp folder for one test, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dyad-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>The full path of a file in the folder (not created).</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string relativePath, byte[] bytes)
    {
        var path = File(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string relativePath, string text) => Write(relativePath, new UTF8Encoding(false).GetBytes(text));

    public void Dispose() => Delete(Path);

    /// <summary>
    /// Deletes a test's folder. Clearing every SQLite connection pool of the process first would close the pooled
    /// readers of stores other tests are using at that moment (a web server's: its page then waited out the browser
    /// test's timeout), so pools are cleared only where open files block the delete (Windows); Linux deletes them open.
    /// </summary>
    public static void Delete(string path)
    {
        if (!Directory.Exists(path)) return;
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // pooled connections keep SQLite files open
            Directory.Delete(path, recursive: true);
        }
    }
}
