namespace Dyad.Reading;

/// <summary>How <see cref="DocumentReader"/> reads its inputs.</summary>
public sealed record ReadOptions
{
    /// <summary>Files longer than this are refused before a byte is read (the CLI's --max-bytes).</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>What the user says about the documents; its fields beat what the sources say.</summary>
    public Manifest? Manifest { get; init; }

    /// <summary>Opens what "-" stands for; standard input unless a caller supplies another stream.</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Read ahead as if every probed file lay on disk (<see cref="ReadAhead"/>): tests run the bursts so.</summary>
    internal bool AlwaysReadAhead { get; init; }
}
