using System.Collections.Concurrent;

namespace Dyad.Annotation.Time;

/// <summary>
/// The rows of <see cref="TimeRules.Expanded"/> that may match in a candidate window, by the window's trigger kinds and
/// cues. Windows fall into few such combinations (a year: a digit and a number cue), so each combination's rows are
/// worked out once instead of every row's needs being checked in every window. Thread-safe.
/// </summary>
internal static class RuleChoices
{
    /// <summary>For each row, what a window must offer for the row to run there.</summary>
    public static readonly RuleNeeds[] Needs =
        Array.ConvertAll(TimeRules.Expanded, rule => RuleNeeds.Of(rule.Rule, rule.Regex.Pattern));

    /// <summary>How many combinations are remembered; past it (a text of unusual windows) the rows are chosen afresh.</summary>
    private const int RememberedCombinations = 4096;

    private static readonly ConcurrentDictionary<(TriggerKinds Kinds, ulong Cues), int[]> Remembered = new();

    /// <summary>The rows that may match in <paramref name="window"/>, in table order.</summary>
    public static int[] For(CandidateWindow window)
    {
        var key = (window.Kinds, window.Cues);
        if (Remembered.TryGetValue(key, out var rows)) return rows;
        rows = Choose(window.Kinds, window.Cues);
        if (Remembered.Count < RememberedCombinations) Remembered.TryAdd(key, rows);
        return rows;
    }

    private static int[] Choose(TriggerKinds kinds, ulong cues)
    {
        var rows = new List<int>();
        for (var index = 0; index < Needs.Length; index++)
            if (Needs[index].CanMatchIn(kinds, cues)) rows.Add(index);
        return [.. rows];
    }
}
