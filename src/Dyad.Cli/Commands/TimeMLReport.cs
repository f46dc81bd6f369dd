using System.Text.Json;
using Dyad.Evaluation.TempEval;

namespace Dyad.Cli.Commands;

/// <summary>How `dyad eval --timeml` prints the TempEval-3 figures: a few lines, or one JSON object.</summary>
internal static class TimeMLReport
{
    public static int Write(TempEvalReport report, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                documents = report.Documents,
                strict = Figures(report.Strict),
                relaxed = Figures(report.Relaxed),
                value_accuracy = Math.Round(report.ValueAccuracy, 3),
                value_f1 = Math.Round(report.ValueF1, 3),
                type_accuracy = Math.Round(report.TypeAccuracy, 3),
            }));
        }
        else output.WriteLine(report.ToString());
        return ExitCodes.Success;
    }

    private static object Figures(PrecisionRecall m) => new
    {
        p = Math.Round(m.Precision, 3), r = Math.Round(m.Recall, 3), f1 = Math.Round(m.F1, 3),
        tp = m.TruePositives, fp = m.FalsePositives, fn = m.FalseNegatives,
    };
}
