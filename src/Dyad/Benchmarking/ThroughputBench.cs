using System.Diagnostics;
using System.Runtime.InteropServices;
using Dyad.Documents;
using Dyad.Knowledge;
using Dyad.Output;
using Dyad.Pipeline;
using Dyad.Reading;
using Dyad.Storage;
using Dyad.Storage.Sqlite;

namespace Dyad.Benchmarking;

/// <summary>
/// Whole-pipeline throughput on real inputs, the way the commands run them: an analyze pass (read, clean,
/// annotate, write each document's JSON record) and an ingest pass (the same, stored in a fresh SQLite file).
/// Each pass reports its wall-clock MB/s and documents/s, the cores it kept busy, and per step the
/// core-seconds spent and the MB/s one core gets through that step.
/// </summary>
public sealed class ThroughputBench(AnalyzerOptions options, KnowledgeBase knowledge)
{
    public const string AnalyzePass = "analyze";
    public const string IngestPass = "ingest";
    public const string OutputStep = "output";

    /// <param name="scratch">A folder for the ingest pass's store; deleted after.</param>
    public BenchReport Run(IReadOnlyList<string> paths, IEnumerable<string> passes, string scratch, CancellationToken cancellation = default)
    {
        var started = DateTimeOffset.UtcNow;
        var figures = new List<PassFigures>();
        foreach (var pass in passes)
            figures.Add(pass switch
            {
                AnalyzePass => Measure(pass, analyzer => Analyze(analyzer, paths, cancellation)),
                IngestPass => Measure(pass, analyzer => Ingest(analyzer, paths, scratch, cancellation)),
                _ => throw new ArgumentException($"unknown pass '{pass}' (known: {AnalyzePass}, {IngestPass})", nameof(passes)),
            });
        using var process = Process.GetCurrentProcess();
        return new BenchReport(MachineName(), Environment.ProcessorCount, options.Degree, started, figures, process.PeakWorkingSet64 / 1e6);
    }

    private PassFigures Measure(string pass, Action<Analyzer> run)
    {
        var analyzer = Analyzer.ForBatch(options, knowledge);
        var profile = new StageProfile([.. analyzer.ProfileSteps, OutputStep, TimedStore.Step, TimedStore.FuseStep]);
        analyzer.Profile = profile;
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        run(analyzer);
        clock.Stop();
        process.Refresh();
        var megabytes = profile.Characters / 1e6;
        var steps = profile.Steps
            .Select(step => (step, seconds: profile.Seconds(step)))
            .Where(s => s.seconds > 0)
            .Select(s => new StepFigure(s.step, s.seconds, megabytes / s.seconds))
            .ToList();
        return new PassFigures(pass, profile.Documents, megabytes, clock.Elapsed.TotalSeconds,
            (process.TotalProcessorTime - cpu).TotalSeconds, steps);
    }

    private static void Analyze(Analyzer analyzer, IReadOnlyList<string> paths, CancellationToken cancellation)
    {
        var profile = analyzer.Profile!;
        Consume(analyzer.AnalyzeAsync(paths, cancellation), outcome =>
        {
            if (outcome is ReadSucceeded read)
                profile.Time(OutputStep, () =>
                {
                    DocumentRecordWriter.WriteJsonLine(Stream.Null, read.Document); // the bytes `dyad analyze` prints
                    return true;
                });
        });
    }

    private static void Ingest(Analyzer analyzer, IReadOnlyList<string> paths, string scratch, CancellationToken cancellation)
    {
        Directory.CreateDirectory(scratch);
        var path = Path.Combine(scratch, $"bench-{Environment.ProcessId}.db");
        try
        {
            using (var store = new TimedStore(SqliteDocumentStore.Open(path), analyzer.Profile!))
            {
                new DocumentIngestor(store).IngestAsync(analyzer, paths, cancellationToken: cancellation).GetAwaiter().GetResult();
                store.Fuse();
            }
        }
        finally
        {
            foreach (var file in Directory.EnumerateFiles(scratch, Path.GetFileName(path) + "*")) File.Delete(file);
        }
    }

    private static void Consume(IAsyncEnumerable<ReadOutcome> outcomes, Action<ReadOutcome> each)
    {
        Task.Run(async () =>
        {
            await foreach (var outcome in outcomes) each(outcome);
        }).GetAwaiter().GetResult();
    }

    private static string MachineName()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version} ({CompiledCode.Describe()})";
    }
}
