namespace Dyad.Reading;

/// <summary>
/// One input to read: a file (<see cref="FilePath"/>), standard input (neither path nor problem),
/// or a path that cannot be read at all (<see cref="Problem"/>).
/// </summary>
internal sealed record ReadInput(string Source, string? FilePath, string? Problem = null)
{
    public const string StandardInput = "-";

    public bool IsStandardInput => FilePath is null && Problem is null;
}
