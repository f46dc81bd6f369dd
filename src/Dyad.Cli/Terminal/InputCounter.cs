namespace Dyad.Cli.Terminal;

/// <summary>Counts the files a batch will read, cheaply, so progress can show a total.</summary>
internal static class InputCounter
{
    /// <summary>The number of input files, or null when it cannot be known up front (standard input).</summary>
    public static int? CountFiles(IEnumerable<string> paths)
    {
        var count = 0;
        foreach (var path in paths)
        {
            if (path == "-") return null;
            if (Directory.Exists(path))
            {
                try { count += Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Count(); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
            }
            else count++;
        }
        return count;
    }
}
