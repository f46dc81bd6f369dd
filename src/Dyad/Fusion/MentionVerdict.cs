namespace Dyad.Fusion;

/// <summary>
/// Whether two mentions can tell one event, and why, in words a reader can check (<c>dyad explain</c>).
/// <see cref="Affinity"/> ranks the events a mention could join: shared keys count for, one-sided keys against.
/// </summary>
public sealed record MentionVerdict(bool Compatible, int Affinity, string Reason)
{
    public static MentionVerdict Apart(string reason) => new(false, int.MinValue, reason);
}
