using System.Globalization;
using System.Text;

namespace Dyad.Evaluation;

/// <summary>
/// Prints an <see cref="EvaluationReport"/> exactly as score.py prints it: the text report
/// (<c>area: k=v  k=v</c> lines, then <c>    key: line</c> details) or, with --json, the one JSON object of
/// json.dumps (keys in the scorer's order, ", " and ": " separators, floats as Python writes them).
/// </summary>
public static class ReportRenderer
{
    public static void WriteText(EvaluationReport report, TextWriter output)
    {
        if (report.DocumentsMissing.Count > 0)
            output.WriteLine("documents missing from the output: " + string.Join(", ", report.DocumentsMissing));
        foreach (var (area, figures) in Areas(report))
        {
            var line = new StringBuilder(area).Append(": ");
            var first = true;
            foreach (var (key, value) in figures)
            {
                if (value is IReadOnlyList<string>) continue;
                if (!first) line.Append("  ");
                line.Append(key).Append('=').Append(PythonStr(value));
                first = false;
            }
            output.WriteLine(line.ToString());
            foreach (var (key, value) in figures)
                if (value is IReadOnlyList<string> details)
                    foreach (var detail in details)
                        output.WriteLine($"    {key}: {detail}");
        }
    }

    public static string ToText(EvaluationReport report)
    {
        var text = new StringWriter { NewLine = "\n" };
        WriteText(report, text);
        return text.ToString();
    }

    /// <summary>The report as the single line of JSON <c>score.py --json</c> prints, without the newline.</summary>
    public static string ToJson(EvaluationReport report)
    {
        var json = new StringBuilder("{");
        AppendJsonString(json, "documents_missing").Append(": ");
        AppendJsonValue(json, report.DocumentsMissing);
        foreach (var (area, figures) in Areas(report))
        {
            json.Append(", ");
            AppendJsonString(json, area).Append(": ");
            AppendJsonObject(json, figures);
        }
        return json.Append('}').ToString();
    }

    // The areas in the scorer's order, each with its figures in the scorer's key order.
    private static IEnumerable<(string Area, List<(string Key, object Value)> Figures)> Areas(EvaluationReport report)
    {
        var d = report.Documents;
        yield return ("documents", [
            ("title", d.Title.ToString()), ("published_month", d.PublishedMonth.ToString()), ("published_year", d.PublishedYear.ToString()),
            ("boilerplate_removal", d.BoilerplateRemoval), ("duplicate_passages_kept_once", d.DuplicatePassagesKeptOnce.ToString())]);
        yield return ("entities", [.. Prf(report.Entities.Match), ("missed", report.Entities.Missed)]);
        var t = report.Timexes;
        yield return ("timexes", [.. Prf(t.Match), ("value_accuracy", t.ValueAccuracy), ("value_f1", t.ValueF1), ("errors", t.Errors)]);
        var e = report.Events;
        yield return ("events", [.. Prf(e.Match),
            ("status_accuracy", e.StatusAccuracy.ToString()), ("direction_accuracy", e.DirectionAccuracy.ToString()),
            ("date_year", e.DateYear.ToString()), ("date_exact", e.DateExact.ToString()), ("notes", e.Notes)]);
        if (report.Fusion is { } f)
            yield return ("fusion", [.. Prf(f.Pairs),
                ("fused_events", f.FusedEvents), ("gold_clusters", f.GoldClusters),
                ("wrong_merges", f.WrongMerges), ("missed_merges", f.MissedMerges)]);
    }

    private static List<(string Key, object Value)> Prf(PrecisionRecall m) =>
        [("p", m.P), ("r", m.R), ("f1", m.F1), ("tp", m.Tp), ("fp", m.Fp), ("fn", m.Fn)];

    // str(v) of a figure: a nested prf dict prints as Python's dict repr.
    private static string PythonStr(object value) => value switch
    {
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        double x => PythonFloat.Repr(x),
        PrecisionRecall m => "{" + string.Join(", ", Prf(m).Select(f => PythonValue.ReprString(f.Key) + ": " + PythonStr(f.Value))) + "}",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "not a report figure"),
    };

    private static void AppendJsonObject(StringBuilder json, List<(string Key, object Value)> figures)
    {
        json.Append('{');
        for (var i = 0; i < figures.Count; i++)
        {
            if (i > 0) json.Append(", ");
            AppendJsonString(json, figures[i].Key).Append(": ");
            AppendJsonValue(json, figures[i].Value);
        }
        json.Append('}');
    }

    private static void AppendJsonValue(StringBuilder json, object value)
    {
        switch (value)
        {
            case string s: AppendJsonString(json, s); break;
            case int or double: json.Append(PythonStr(value)); break;
            case PrecisionRecall m: AppendJsonObject(json, Prf(m)); break;
            case IReadOnlyList<string> list:
                json.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0) json.Append(", ");
                    AppendJsonString(json, list[i]);
                }
                json.Append(']');
                break;
            default: throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "not a report figure");
        }
    }

    // json.dumps(ensure_ascii=False): only the quote, the backslash and control characters are escaped.
    private static StringBuilder AppendJsonString(StringBuilder json, string s)
    {
        json.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append(@"\\"); break;
                case '\n': json.Append(@"\n"); break;
                case '\r': json.Append(@"\r"); break;
                case '\t': json.Append(@"\t"); break;
                case '\b': json.Append(@"\b"); break;
                case '\f': json.Append(@"\f"); break;
                default:
                    if (c < ' ') json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    else json.Append(c);
                    break;
            }
        }
        return json.Append('"');
    }
}
