namespace Dyad.Benchmarking;

/// <summary>One step of a pass: core-seconds spent in it, and the throughput one core gets through it.</summary>
public sealed record StepFigure(string Step, double Seconds, double MegabytesPerCoreSecond);

/// <summary>
/// One whole run over the inputs (analyze: read, clean, annotate, write JSON; ingest: the same into a store):
/// end-to-end throughput by the wall clock, cores used (CPU time over wall time) and each step's share.
/// </summary>
public sealed record PassFigures(
    string Pass,
    long Documents,
    double Megabytes,
    double WallSeconds,
    double CpuSeconds,
    IReadOnlyList<StepFigure> Steps)
{
    public double MegabytesPerSecond => WallSeconds > 0 ? Megabytes / WallSeconds : 0;
    public double DocumentsPerSecond => WallSeconds > 0 ? Documents / WallSeconds : 0;
    public double CoresUsed => WallSeconds > 0 ? CpuSeconds / WallSeconds : 0;
}

/// <summary>What `dyad bench` measured, with the machine it ran on: figures mean little without it.</summary>
public sealed record BenchReport(
    string Machine,
    int Cores,
    int Jobs,
    DateTimeOffset Started,
    IReadOnlyList<PassFigures> Passes,
    double PeakMemoryMegabytes);
