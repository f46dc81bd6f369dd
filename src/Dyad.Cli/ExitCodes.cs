namespace Dyad.Cli;

/// <summary>What a script can read from dyad's exit status.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some inputs were refused (each named on stderr); the rest were processed.</summary>
    public const int SomeInputsRefused = 1;

    public const int Usage = 2;
}
