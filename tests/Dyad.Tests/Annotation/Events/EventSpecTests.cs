using Dyad.Annotation.Events;

namespace Dyad.Tests.Annotation.Events;

/// <summary>Runs event-triggers.spec and event-status.spec: each line a sentence and the one event a careful reader takes from it.</summary>
public sealed class EventSpecTests
{
    public static TheoryData<int, string, string, string, string, string, string, string, string> Triggers() => Read("event-triggers.spec", 8);

    public static TheoryData<int, string, string, string, string, string, string, string, string> Statuses() => Read("event-status.spec", 4);

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Triggers_read_as_specified(int line, string published, string sentence, string type, string status, string countries, string direction, string date, string key) =>
        Check(line, published, sentence, type, status, countries, direction, date, key);

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Status_cues_read_as_specified(int line, string published, string sentence, string type, string status, string countries, string direction, string date, string key) =>
        Check(line, published, sentence, type, status, countries, direction, date, key);

    private static void Check(int line, string published, string sentence, string type, string status, string countries, string direction, string date, string key)
    {
        var document = EventReading.Analyze(sentence, published);
        var told = document.Events.Where(e => e.Status != EventStatus.Generic || status == "generic").ToList();
        var found = string.Join("; ", told.Select(Describe));
        if (type == "-")
        {
            Assert.True(told.Count == 0, $"line {line}: expected no event, found {found}");
            return;
        }
        Assert.True(EventTypeNames.TryParse(type, out var expectedType), $"line {line}: unknown type {type}");
        var matching = told.Where(e => e.Type == expectedType).ToList();
        Assert.True(matching.Count == 1, $"line {line}: expected one {type}, found {found}");
        var e = matching[0];
        if (status != "*") Assert.Equal((line, status), (line, e.Status.ToSchemaName()));
        if (countries != "*") Assert.Equal((line, countries), (line, string.Join(' ', e.Countries)));
        if (direction != "*") Assert.Equal((line, direction), (line, e.Source is null && e.Target is null ? "-" : $"{e.Source}>{e.Target}"));
        if (date != "*") Assert.Equal((line, date), (line, e.Date?.Value.ToString() ?? "-"));
        if (key != "*" && key != "-") Assert.Equal((line, key), (line, KeyOf(e, key)));
    }

    private static string KeyOf(Event e, string expected) => expected.Split(' ')[0] switch
    {
        "name" => "name " + e.Name,
        "round" => "round " + e.Round,
        _ => "equipment " + string.Join(", ", e.Equipment.Select(x => $"{x.Name} x{x.Quantity?.ToString() ?? "-"}")),
    };

    private static string Describe(Event e) =>
        $"{e.Type.ToSchemaName()} {e.Status.ToSchemaName()} [{string.Join(' ', e.Countries)}] {e.Source}>{e.Target} {e.Date?.Value}";

    private static TheoryData<int, string, string, string, string, string, string, string, string> Read(string file, int columns)
    {
        var data = new TheoryData<int, string, string, string, string, string, string, string, string>();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Annotation", "Events", file));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length != columns) throw new FormatException($"{file}:{i + 1}: expected {columns} cells, found {cells.Length}");
            string Cell(int at) => at < cells.Length ? cells[at] : "*";
            data.Add(i + 1, Cell(0), Cell(1), Cell(2), Cell(3), Cell(4), Cell(5), Cell(6), Cell(7));
        }
        return data;
    }
}
