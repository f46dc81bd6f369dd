using System.Diagnostics;

namespace Dyad.Tests.Evaluation;

/// <summary>The reference scorer, shared/tools/score.py, run with python3; absent when either is missing.</summary>
internal static class ReferenceScorer
{
    public static readonly string? SharedFolder = LocateShared();
    public static readonly string? ScriptPath = SharedFolder is null ? null : Path.Combine(SharedFolder, "tools", "score.py");
    public static readonly bool Available = ScriptPath is not null && File.Exists(ScriptPath) && PythonRuns();

    /// <summary>Runs score.py with the given arguments and returns what it printed; fails the test on a non-zero exit.</summary>
    public static string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ScriptPath!);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"score.py failed ({process.ExitCode}): {stderr}");
        return stdout.Result;
    }

    // The shared folder sits beside the repository (../shared) or higher up for a worktree.
    private static string? LocateShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "tools", "score.py"))) return candidate;
        }
        return null;
    }

    private static bool PythonRuns()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("python3", "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
            process!.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>A fact that needs score.py and python3; skipped cleanly when they are absent.</summary>
public sealed class ReferenceScorerFactAttribute : FactAttribute
{
    public ReferenceScorerFactAttribute()
    {
        if (!ReferenceScorer.Available) Skip = "python3 or ../shared/tools/score.py is not available";
    }
}
