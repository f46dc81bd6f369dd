using System.CommandLine;
using System.Runtime.CompilerServices;
using Dyad.Cli;
using Dyad.Cli.Commands;
using Dyad.Evaluation;

namespace Dyad.Tests.Cli.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dyad-evalcmd-").FullName;
    private string Gold => Path.Combine(_root, "gold");
    private string Corpus => Path.Combine(_root, "corpus");

    private const string Record =
        """{"source": "in/200_river.txt", "title": "River Notes", "published": {"value": "2022-05", "basis": "header"}, "text": "Chad and Niger met in 2022.", "entities": [{"type": "COUNTRY", "name": "Chad"}], "timexes": [{"start": 22, "end": 26, "value": "2022"}], "events": []}""";

    public EvalCommandTests()
    {
        Directory.CreateDirectory(Gold);
        Directory.CreateDirectory(Corpus);
        File.WriteAllText(Path.Combine(Corpus, "200_river.txt"), "River Notes\nChad and Niger met in 2022.\n");
        File.WriteAllText(Path.Combine(Gold, "documents.jsonl"),
            """{"doc": "200_river", "dct": "2022-05", "title": "River Notes", "metadata_lines": ["River Notes"], "boilerplate_lines": [], "duplicate_passages": []}""");
        File.WriteAllText(Path.Combine(Gold, "entities.jsonl"),
            """{"doc": "200_river", "type": "COUNTRY", "canonical": "TCD", "surface": ["Chad"]}""" + "\n" +
            """{"doc": "200_river", "type": "COUNTRY", "canonical": "NER", "surface": ["Niger"]}""");
        File.WriteAllText(Path.Combine(Gold, "timexes.jsonl"),
            """{"doc": "200_river", "text": "2022", "value": "2022", "type": "DATE", "start": 34, "end": 38}""");
        File.WriteAllText(Path.Combine(Gold, "events.jsonl"), "");
        File.WriteAllText(Path.Combine(_root, "analyze.jsonl"), Record + "\n");
    }

    [Fact]
    public void Eval_with_docs_prints_the_report_of_the_evaluator()
    {
        var (code, output, _) = Run(EvalCommand.Create(), "--gold", Gold, "--corpus", Corpus, "--docs", Path.Combine(_root, "analyze.jsonl"));

        var expected = ReportRenderer.ToText(Evaluator.Score(GoldSet.Load(Gold, Corpus), JsonLines.Read(Path.Combine(_root, "analyze.jsonl"))));
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(expected, output.Replace("\r\n", "\n"));
        Assert.Contains("    missed: 200 COUNTRY NER", output);
    }

    [Fact]
    public void Eval_with_json_prints_one_json_object()
    {
        var (code, output, _) = Run(EvalCommand.Create(), "--gold", Gold, "--corpus", Corpus, "--docs", Path.Combine(_root, "analyze.jsonl"), "--json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("""{"documents_missing": [], "documents": {"title": "1/1", """, output);
    }

    [Fact]
    public void Eval_without_docs_scores_what_the_in_process_analysis_yields()
    {
        FileInfo? seenManifest = null;
        async IAsyncEnumerable<string> Analyse(DirectoryInfo corpus, FileInfo? manifest, [EnumeratorCancellation] CancellationToken cancellation)
        {
            seenManifest = manifest;
            await Task.Yield();
            yield return Record;
        }
        var manifestPath = Path.Combine(_root, "manifest.jsonl");
        File.WriteAllText(manifestPath, "");

        var (code, output, _) = Run(EvalCommand.Create(Analyse), "--gold", Gold, "--corpus", Corpus, "--manifest", manifestPath);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(manifestPath, seenManifest!.FullName);
        Assert.StartsWith("documents: title=1/1", output);
    }

    [Fact]
    public void Eval_without_docs_or_an_analysis_is_a_usage_error()
    {
        var (code, _, error) = Run(EvalCommand.Create(analyzeCorpus: null), "--gold", Gold, "--corpus", Corpus);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--docs", error);
    }

    [Fact]
    public void A_docs_line_that_is_not_json_is_named_with_its_file_and_line()
    {
        var bad = Path.Combine(_root, "bad.jsonl");
        File.WriteAllText(bad, Record + "\n\n{oops\n");

        var (code, _, error) = Run(EvalCommand.Create(), "--gold", Gold, "--corpus", Corpus, "--docs", bad);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"{bad}:3: not JSON", error);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Code, string Output, string Error) Run(Command eval, params string[] args)
    {
        var root = new RootCommand("test") { eval };
        var output = new StringWriter();
        var error = new StringWriter();
        var parsed = root.Parse(["eval", .. args]);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine(problem.Message);
            return (ExitCodes.Usage, "", error.ToString());
        }
        var code = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}

public sealed class EvalTimeMLTests
{
    private static string TimeMLDir => Path.Combine(AppContext.BaseDirectory, "Evaluation", "TempEval");

    [Fact]
    public void Eval_timeml_scores_the_time_rules_on_timeml_files()
    {
        var (exit, output, error) = CliRun.Run("eval", "--timeml", TimeMLDir, "--json");

        Assert.True(exit == 0, error);
        var report = System.Text.Json.JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, report.GetProperty("documents").GetInt32());
        Assert.Equal(1.0, report.GetProperty("relaxed").GetProperty("f1").GetDouble());
        Assert.Equal(1.0, report.GetProperty("value_accuracy").GetDouble());
    }

    [Fact]
    public void Eval_timeml_json_prints_its_fields_in_snake_case_in_a_fixed_order()
    {
        var (exit, output, error) = CliRun.Run("eval", "--timeml", TimeMLDir, "--json");

        Assert.True(exit == 0, error);
        Assert.Equal("""{"documents":1,"strict":{"p":1,"r":1,"f1":1,"tp":2,"fp":0,"fn":0},"relaxed":{"p":1,"r":1,"f1":1,"tp":2,"fp":0,"fn":0},"value_accuracy":1,"value_f1":1,"type_accuracy":1}""",
            output.TrimEnd());
    }

    [Fact]
    public void Eval_needs_a_gold_set_or_timeml_files_but_not_both()
    {
        Assert.Equal(ExitCodes.Usage, CliRun.Run("eval").Exit);
        Assert.Equal(ExitCodes.Usage, CliRun.Run("eval", "--timeml", TimeMLDir, "--gold", TimeMLDir, "--corpus", TimeMLDir).Exit);
        Assert.Equal(ExitCodes.Usage, CliRun.Run("eval", "--timeml", Path.Combine(TimeMLDir, "missing")).Exit);
    }
}

public sealed class EvalOnSeedsTests
{
    [Dyad.Tests.Evaluation.ReferenceScorerFact]
    public void Dyad_eval_and_the_reference_scorer_print_the_same_figures_for_dyad_analyze_on_the_seeds()
    {
        var shared = Dyad.Tests.Evaluation.ReferenceScorer.SharedFolder!;
        var (gold, corpus) = (Path.Combine(shared, "gold", "seeds"), Path.Combine(shared, "corpus", "seeds"));
        var manifest = Path.Combine(corpus, "manifest.jsonl");
        var docs = Path.GetTempFileName();
        try
        {
            var analyze = CliRun.Run("analyze", corpus, "--manifest", manifest);
            File.WriteAllText(docs, analyze.Output);

            var ours = CliRun.Run("eval", "--gold", gold, "--corpus", corpus, "--manifest", manifest, "--json");
            var reference = Dyad.Tests.Evaluation.ReferenceScorer.Run("--gold", gold, "--corpus", corpus, "--docs", docs, "--json");

            Assert.Equal(0, ours.Exit);
            Assert.Equal(reference.Trim(), ours.Output.Trim());
        }
        finally
        {
            File.Delete(docs);
        }
    }
}
