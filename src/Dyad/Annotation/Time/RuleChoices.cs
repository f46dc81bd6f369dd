namespace Dyad.Annotation.Time;

/// <summary>
/// The rows of <see cref="TimeRules.Expanded"/> that may match in a candidate window, by the window's trigger kinds and
/// cues. Windows hold few combinations of kinds (a year: a digit and a year), so what each combination decides is worked
/// out once: the rows its kinds admit alone, and for the rows that depend on cues, which cues they need. A window then
/// costs a few bit tests, with no table of its own combination of cues (thousands of them, "the", "of" and "last" apart,
/// a shared dictionary of which took 1% of a run's samples). Thread-safe.
/// </summary>
internal static class RuleChoices
{
    /// <summary>For each row, what a window must offer for the row to run there.</summary>
    public static readonly RuleNeeds[] Needs = TimeRules.Expanded.Length <= RowSet.Capacity
        ? Array.ConvertAll(TimeRules.Expanded, rule => RuleNeeds.Of(rule.Rule, rule.Regex.Pattern))
        : throw new InvalidOperationException($"the time rule table has {TimeRules.Expanded.Length} rows; a window's choice holds {RowSet.Capacity}");

    /// <summary>What each combination of trigger kinds decides, worked out when a window first holds it.</summary>
    private static readonly KindsChoice?[] ByKinds = new KindsChoice?[(int)TriggerKinds.All + 1];

    /// <summary>The rows that may match in <paramref name="window"/>, in table order.</summary>
    public static RowSet For(CandidateWindow window)
    {
        // Two threads may work out the same combination at once: both get equal, immutable choices.
        var choice = ByKinds[(int)window.Kinds] ??= KindsChoice.Of(window.Kinds);
        var rows = choice.Admitted;
        foreach (var (row, needed) in choice.DependOnCues)
            if (HoldsOneOfEach(window.Cues, needed)) rows |= 1UL << row;
        return new RowSet(rows);
    }

    private static bool HoldsOneOfEach(ulong cues, ulong[] needed)
    {
        foreach (var any in needed)
            if ((cues & any) == 0) return false;
        return true;
    }

    /// <summary>The rows a window's trigger kinds admit alone, and the rows they leave to its cues with the cues each needs.</summary>
    private sealed record KindsChoice(ulong Admitted, (int Row, ulong[] Needed)[] DependOnCues)
    {
        public static KindsChoice Of(TriggerKinds kinds)
        {
            var admitted = 0UL;
            var dependOnCues = new List<(int, ulong[])>();
            for (var row = 0; row < Needs.Length; row++)
            {
                if (Needs[row].CuesNeededBeside(kinds) is not { } needed) continue;
                if (needed.Length == 0) admitted |= 1UL << row;
                else dependOnCues.Add((row, needed));
            }
            return new KindsChoice(admitted, [.. dependOnCues]);
        }
    }
}
