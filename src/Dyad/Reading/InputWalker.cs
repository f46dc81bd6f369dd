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
        foreach (var entry in entries)
        {
            var path = Join(directory, entry.Name);
            if (entry is DirectoryInfo)
            {
                foreach (var input in Walk(path, manifestPath)) yield return input;
                continue;
            }
            if (entry.Name.Equals(ManifestFileName, StringComparison.Ordinal)) continue;
            if (manifestPath is not null && string.Equals(entry.FullName, manifestPath, StringComparison.Ordinal)) continue;
            yield return new ReadInput(path, path);
        }
    }

    /// <summary>A folder's visible entries, sorted as their paths sort ordinally (a folder sorts as "name/").</summary>
    private static (List<FileSystemInfo> Entries, string? Problem) List(string directory)
    {
        try
        {
            var entries = new List<FileSystemInfo>();
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.')) continue;
                if (entry is DirectoryInfo && entry.LinkTarget is not null) continue;
                entries.Add(entry);
            }
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

    private static string SortKey(FileSystemInfo entry) => entry is DirectoryInfo ? entry.Name + "/" : entry.Name;

    private static string Join(string directory, string name) =>
        directory.EndsWith('/') || directory.EndsWith(Path.DirectorySeparatorChar) ? directory + name : directory + "/" + name;
}
