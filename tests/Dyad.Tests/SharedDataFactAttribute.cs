namespace Dyad.Tests;

/// <summary>
/// A fact that needs data from the shared folder beside the repository (../shared): it is skipped,
/// with the reason, when that folder is not there.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (SharedData.Find(relativePath) is null) Skip = $"shared data '{relativePath}' is not present beside the repository";
    }
}

public static class SharedData
{
    /// <summary>The path of ../shared/<paramref name="relativePath"/> from the repository root, or null when absent.</summary>
    public static string? Find(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) continue;
            // Worktrees live one level deeper (/work/wt/name), so look beside the root and beside its parents.
            for (var up = dir; up is not null; up = up.Parent)
            {
                var candidate = Path.Combine(up.FullName, "shared", relativePath);
                if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
            }
            return null;
        }
        return null;
    }
}
