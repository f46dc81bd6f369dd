using System.CommandLine;
using System.Text.Json;
using Dyad.Benchmarking;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad bench PATH… [--passes analyze,ingest] [--json]</c>: whole-pipeline throughput on the given articles,
/// per pass and per step, with peak memory and the machine it ran on.
/// </summary>
public static class BenchCommand
{
    private static readonly ReportJsonContext Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    });

    public static Command Create()
    {
        var inputs = new InputOptions();
        var passes = new Option<string[]>("--passes")
        {
            Description = $"Passes to run, in order: {ThroughputBench.AnalyzePass} (read, clean, annotate, JSON) and {ThroughputBench.IngestPass} (the same into a fresh SQLite store).",
            DefaultValueFactory = _ => [ThroughputBench.AnalyzePass, ThroughputBench.IngestPass],
            AllowMultipleArgumentsPerToken = true,
        };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object, for tracking over time." };
        var generate = new Option<int?>("--generate") { Description = "Measure on N articles generated for the run (deterministic; see `dyad generate`) instead of PATHs." };
        var seed = GenerateCommand.SeedOption();
        var command = new Command("bench", "Measure whole-pipeline throughput on articles: MB/s, documents/s, cores used, peak memory, time per step.")
        {
            passes, json, generate, seed,
        };
        inputs.AddTo(command);
        inputs.Paths.Arity = ArgumentArity.ZeroOrMore;
        command.Validators.Add(result =>
        {
            var paths = result.GetValue(inputs.Paths) ?? [];
            if (result.GetValue(generate) is { } n ? n < 1 || paths.Length > 0 : paths.Length == 0)
                result.AddError("give PATHs to measure on, or --generate N (N ≥ 1), not both.");
        });
        passes.Validators.Add(result =>
        {
            foreach (var pass in result.GetValueOrDefault<string[]>() ?? [])
                if (pass is not (ThroughputBench.AnalyzePass or ThroughputBench.IngestPass))
                    result.AddError($"--passes: unknown pass '{pass}' (known: {ThroughputBench.AnalyzePass}, {ThroughputBench.IngestPass}).");
        });
        command.SetAction((parsed, cancellation) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            var setup = AnalyzerSetup.TryCreate(parsed, inputs, error);
            if (setup is null) return Task.FromResult(ExitCodes.Usage);

            var bench = new ThroughputBench(setup.Options, setup.Knowledge);
            var scratch = Path.Combine(Path.GetTempPath(), $"dyad-bench-{Environment.ProcessId}");
            try
            {
                IReadOnlyList<string> paths = parsed.GetValue(generate) is { } n
                    ? CorpusWriter.Write(Path.Combine(scratch, "corpus"), n, parsed.GetValue(seed), setup.Knowledge)
                    : parsed.GetValue(inputs.Paths)!;
                var report = bench.Run(paths, parsed.GetValue(passes)!, scratch, cancellation);
                if (parsed.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(report, Json.BenchReport));
                else Write(report, output);
            }
            finally
            {
                if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void Write(BenchReport report, TextWriter output)
    {
        output.WriteLine($"machine: {report.Machine}; {report.Jobs} jobs");
        foreach (var pass in report.Passes)
        {
            output.WriteLine();
            output.WriteLine($"{pass.Pass}: {pass.Documents:N0} documents, {pass.Megabytes:0.0} MB in {pass.WallSeconds:0.00} s: " +
                             $"{pass.MegabytesPerSecond:0.00} MB/s, {pass.DocumentsPerSecond:N0} documents/s, {pass.CoresUsed:0.00} cores busy");
            output.WriteLine($"  {"step",-18} {"core-s",8} {"share",6} {"MB/s a core",12}");
            var total = pass.Steps.Sum(s => s.Seconds);
            foreach (var step in pass.Steps)
                output.WriteLine($"  {step.Step,-18} {step.Seconds,8:0.00} {step.Seconds / total,6:P0} {step.MegabytesPerCoreSecond,12:0.0}");
        }
        output.WriteLine();
        output.WriteLine($"peak memory: {report.PeakMemoryMegabytes:0} MB");
    }
}
