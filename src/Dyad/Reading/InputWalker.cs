using System.IO.Enumeration;

namespace Dyad.Reading;

/// <summary>
/// Expands the paths a user gives into the inputs to read, lazily: files as they are, folders
/// recursively in ordinal order of their relative paths, "-" for standard input. A folder walk
/// skips hidden entries, the manifest and symbolic links to folders (which could loop).
/// </summary>
internal static class InputWalker
{
    // A manifest kept beside the articles is about them, not one of them; a folder walk never reads it.
    private const string ManifestFileName = "manifest.jsonl";

    public static IEnumerable<ReadInput> Expand(IEnumerable<string> paths, string? manifestPath)
    {
        foreach (var path in paths)
        {
            if (path == ReadInput.StandardInput)
            {
                yield return new ReadInput(path, null);
                continue;
            }
            if (Directory.Exists(path))
            {
                foreach (var input in Walk(path, manifestPath)) yield return input;
                continue;
            }
            yield return File.Exists(path)
                ? new ReadInput(path, path)
                : new ReadInput(path, null, "no such file or directory");
        }
    }

    private static IEnumerable<ReadInput> Walk(string directory, string? manifestPath)
    {
        var (entries, problem) = List(directory);
        if (problem is not null)
        {
            yield return new ReadInput(directory, null, problem);
            yield break;
        }
        var fullDirectory = manifestPath is null ? null : Path.GetFullPath(directory);
        foreach (var entry in entries)
        {
            var path = Join(directory, entry.Name);
            if (entry.IsDirectory)
            {
                foreach (var input in Walk(path, manifestPath)) yield return input;
                continue;
            }
            if (entry.Name.Equals(ManifestFileName, StringComparison.Ordinal)) continue;
            if (fullDirectory is not null && string.Equals(Path.Join(fullDirectory, entry.Name), manifestPath, StringComparison.Ordinal)) continue;
            yield return new ReadInput(path, path);
        }
    }

    /// <summary>A folder's entry: its name, and whether it is a folder to walk into.</summary>
    private readonly record struct Entry(string Name, bool IsDirectory);

    /// <summary>A folder's visible entries, sorted as their paths sort ordinally (a folder sorts as "name/").</summary>
    private static (List<Entry> Entries, string? Problem) List(string directory)
    {
        try
        {
            // Names and kinds straight from the directory listing: no FileInfo, and no stat but for folders
            // (to pass over a link to one).
            var listing = new FileSystemEnumerable<Entry>(directory, static (ref FileSystemEntry e) => new Entry(e.FileName.ToString(), e.IsDirectory),
                new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
            {
                ShouldIncludePredicate = static (ref FileSystemEntry e) =>
                    !e.FileName.StartsWith('.') && !(e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) != 0),
            };
            var entries = listing.ToList();
            entries.Sort((a, b) => string.CompareOrdinal(SortKey(a), SortKey(b)));
            return (entries, null);
        }
        catch (UnauthorizedAccessException)
        {
            return ([], "folder cannot be read (permission denied)");
        }
        catch (IOException e)
        {
            return ([], $"folder cannot be read ({e.Message})");
        }
    }

    private static string SortKey(Entry entry) => entry.IsDirectory ? entry.Name + "/" : entry.Name;

    private static string Join(string directory, string name) =>
        directory.EndsWith('/') || directory.EndsWith(Path.DirectorySeparatorChar) ? directory + name : directory + "/" + name;
}
