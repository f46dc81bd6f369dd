namespace Dyad.Annotation.Events;

/// <summary>The event-reading tables shipped in the assembly (Annotation/Events/Data).</summary>
internal static class EventDataFiles
{
    private const string Prefix = "Dyad.Annotation.Events.Data.";

    public static TextReader Open(string fileName)
    {
        var stream = typeof(EventDataFiles).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"event data file '{fileName}' is not embedded in the assembly");
        return new StreamReader(stream);
    }

    /// <summary>The rows of a tab-separated table: blank lines and # comments skipped, cells trimmed, with their line numbers.</summary>
    public static IEnumerable<(int Line, string[] Cells)> ReadTable(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || line.AsSpan().Trim().IsEmpty) continue;
            var cells = line.Split('\t');
            for (var i = 0; i < cells.Length; i++) cells[i] = cells[i].Trim();
            yield return (number, cells);
        }
    }

    public static FormatException Error(string file, int line, string reason) => new($"{file}:{line}: {reason}");
}
