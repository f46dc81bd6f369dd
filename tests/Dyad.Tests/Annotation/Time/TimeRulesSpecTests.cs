using Dyad.Annotation.Time;
using Dyad.Documents;

namespace Dyad.Tests.Annotation.Time;

/// <summary>Runs the specification in time-rules.spec: each line a text, a reference date and the one expression expected.</summary>
public sealed class TimeRulesSpecTests
{
    public static TheoryData<int, string, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string, string>();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Annotation", "Time", "time-rules.spec"));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            data.Add(i + 1, cells[0], cells[1], cells[2], cells[3]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Time_rules_read_as_specified(int line, string reference, string marked, string type, string value)
    {
        var open = marked.IndexOf('[');
        var close = marked.IndexOf(']');
        var text = marked.Replace("[", "").Replace("]", "");
        var anchor = reference == "-" ? (PartialDate?)null : PartialDate.ParseIso(reference);

        var found = TimeExpressionRecognizer.Default.Find(text, anchor);

        if (open < 0)
        {
            Assert.True(found.Count == 0, $"line {line}: expected nothing, found " + string.Join(", ", found.Select(f => $"'{f.Text}'={f.Value}")));
            return;
        }
        var expected = new TextSpan(open, close - 1);
        var expression = Assert.Single(found);
        Assert.Equal((expected, type, value), (expression.Span, expression.TypeName, expression.Value.ToTimex()));
    }
}
