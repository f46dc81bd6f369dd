using System.CommandLine;
using System.Text.Json;
using Dyad.Evaluation;

namespace Dyad.Cli.Commands;

/// <summary>
/// Analyses <paramref name="corpusDir"/> in process and yields one document record a line, as
/// <c>dyad analyze</c> prints them (DocumentRecordWriter.ToJsonLine); <paramref name="manifest"/> is eval's --manifest.
/// </summary>
public delegate IAsyncEnumerable<string> CorpusAnalysis(DirectoryInfo corpusDir, FileInfo? manifest, CancellationToken cancellation);

/// <summary>
/// <c>dyad eval --gold DIR --corpus DIR [--docs FILE] [--events FILE] [--manifest FILE] [--json]</c>:
/// scores analysis output against a gold set by the rules of shared/tools/score.py and prints the same report.
/// </summary>
public static class EvalCommand
{
    /// <summary>`dyad eval`; without --docs it analyses --corpus in process with the default pipeline.</summary>
    public static Command Create() => Create(AnalyzeInProcess);

    /// <summary>The corpus read, cleaned and annotated as `dyad analyze` would, one document record a line.</summary>
    private static async IAsyncEnumerable<string> AnalyzeInProcess(DirectoryInfo corpus, FileInfo? manifest,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        var options = new Dyad.Pipeline.AnalyzerOptions
        {
            Read = new Dyad.Reading.ReadOptions { Manifest = manifest is null ? null : Dyad.Reading.Manifest.Load(manifest.FullName) },
        };
        var analyzer = Dyad.Pipeline.Analyzer.ForBatch(options, Dyad.Knowledge.KnowledgeBase.Default);
        await foreach (var outcome in analyzer.AnalyzeAsync([corpus.FullName], cancellation))
            if (outcome is Dyad.Reading.ReadSucceeded read)
                yield return Dyad.Output.DocumentRecordWriter.ToJsonLine(read.Document);
    }

    /// <param name="analyzeCorpus">Runs the analysis when --docs is not given; without it, --docs is needed.</param>
    public static Command Create(CorpusAnalysis? analyzeCorpus)
    {
        var gold = new Option<DirectoryInfo?>("--gold") { Description = "Gold folder: documents, entities, timexes and events .jsonl." };
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = "The original texts, one <doc>.txt a gold document." };
        var timeml = new Option<DirectoryInfo?>("--timeml") { Description = "Instead of a gold set: score the time expression rules on TimeML files (TempEval-3) under this folder." };
        var docs = new Option<FileInfo?>("--docs") { Description = "Document records to score (dyad analyze output); when absent, --corpus is analysed now." };
        var events = new Option<FileInfo?>("--events") { Description = "Fused event records (dyad events --format jsonl) to score fusion." };
        var manifest = new Option<FileInfo?>("--manifest") { Description = "Manifest for analysing --corpus (path, published, publisher, url, title)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a report." };

        var command = new Command("eval", "Score analysis output against a gold set, figure for figure as the reference scorer.")
        {
            gold, corpus, docs, events, manifest, json, timeml,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(timeml) is { } t)
            {
                if (!t.Exists) result.AddError($"--timeml {t.FullName}: no such folder.");
                if (result.GetValue(gold) is not null || result.GetValue(corpus) is not null) result.AddError("--timeml scores TimeML files on its own: leave out --gold and --corpus.");
                return;
            }
            if (result.GetValue(gold) is null || result.GetValue(corpus) is null)
            {
                result.AddError("give --gold DIR and --corpus DIR (or --timeml DIR).");
                return;
            }
            if (result.GetValue(gold) is { Exists: false } g) result.AddError($"--gold {g.FullName}: no such folder.");
            if (result.GetValue(corpus) is { Exists: false } c) result.AddError($"--corpus {c.FullName}: no such folder.");
            foreach (var option in new[] { docs, events, manifest })
                if (result.GetValue(option) is { Exists: false } f) result.AddError($"{option.Name} {f.FullName}: no such file.");
            if (result.GetValue(docs) is null && analyzeCorpus is null)
                result.AddError("--docs is required: this build cannot analyse --corpus in process.");
        });

        command.SetAction(async (parsed, cancellation) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            if (parsed.GetValue(timeml) is { } timemlDir)
                return TimeMLReport.Write(new Dyad.Evaluation.TempEval.TempEvalScorer().ScoreFolder(timemlDir.FullName), parsed.GetValue(json), output);
            EvaluationReport report;
            try
            {
                var goldSet = GoldSet.Load(parsed.GetValue(gold)!.FullName, parsed.GetValue(corpus)!.FullName);
                var records = parsed.GetValue(docs) is { } docsFile
                    ? JsonLines.Read(docsFile.FullName)
                    : await AnalyseAsync(analyzeCorpus!, parsed.GetValue(corpus)!, parsed.GetValue(manifest), cancellation);
                var fused = parsed.GetValue(events) is { } eventsFile ? JsonLines.Read(eventsFile.FullName) : null;
                report = Evaluator.Score(goldSet, records, fused);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                error.WriteLine($"dyad: {e.Message}");
                return ExitCodes.Usage;
            }

            if (parsed.GetValue(json)) await output.WriteLineAsync(ReportRenderer.ToJson(report));
            else ReportRenderer.WriteText(report, output);
            await output.FlushAsync(cancellation);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<List<JsonElement>> AnalyseAsync(CorpusAnalysis analyze, DirectoryInfo corpus, FileInfo? manifest, CancellationToken cancellation)
    {
        var records = new List<JsonElement>();
        var origin = $"analysis of {corpus.FullName}";
        await foreach (var line in analyze(corpus, manifest, cancellation).WithCancellation(cancellation))
            records.Add(JsonLines.ParseLine(line, origin, records.Count + 1));
        return records;
    }
}
