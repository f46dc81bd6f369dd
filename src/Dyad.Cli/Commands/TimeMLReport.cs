using System.Text.Json;
using Dyad.Evaluation.TempEval;

namespace Dyad.Cli.Commands;

/// <summary>How `dyad eval --timeml` prints the TempEval-3 figures: a few lines, or one JSON object.</summary>
internal static class TimeMLReport
{
    /// <summary>The JSON object's fields are the properties' names in snake case, in this order.</summary>
    private static readonly ReportJsonContext Json = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });

    public static int Write(TempEvalReport report, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new Summary(
                report.Documents, Figures.Of(report.Strict), Figures.Of(report.Relaxed),
                Math.Round(report.ValueAccuracy, 3), Math.Round(report.ValueF1, 3), Math.Round(report.TypeAccuracy, 3)), Json.Summary));
        }
        else output.WriteLine(report.ToString());
        return ExitCodes.Success;
    }

    internal sealed record Summary(int Documents, Figures Strict, Figures Relaxed, double ValueAccuracy, double ValueF1, double TypeAccuracy);

    internal sealed record Figures(double P, double R, double F1, int Tp, int Fp, int Fn)
    {
        public static Figures Of(PrecisionRecall m) =>
            new(Math.Round(m.Precision, 3), Math.Round(m.Recall, 3), Math.Round(m.F1, 3), m.TruePositives, m.FalsePositives, m.FalseNegatives);
    }
}
