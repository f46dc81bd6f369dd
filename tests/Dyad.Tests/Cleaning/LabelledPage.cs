namespace Dyad.Tests.Cleaning;

/// <summary>A page written for the tests with each line labelled by what a reader takes it for (see Pages/README.md).</summary>
internal sealed record LabelledPage(string Name, string Text, IReadOnlyList<(char Label, string Line)> Lines, string Title, string? Author)
{
    public static IEnumerable<LabelledPage> All() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Cleaning", "Pages"), "*.page").Order(StringComparer.Ordinal).Select(Load);

    public static LabelledPage Load(string path)
    {
        var title = "";
        string? author = null;
        var lines = new List<(char, string)>();
        var text = new List<string>();
        foreach (var raw in File.ReadAllLines(path))
        {
            if (raw.StartsWith("#title ", StringComparison.Ordinal)) { title = raw[7..]; continue; }
            if (raw.StartsWith("#author", StringComparison.Ordinal)) { author = raw.Length > 8 ? raw[8..] : null; continue; }
            if (raw.Length == 0) { text.Add(""); continue; }
            lines.Add((raw[0], raw[2..]));
            text.Add(raw[2..]);
        }
        return new LabelledPage(Path.GetFileNameWithoutExtension(path), string.Join('\n', text), lines, title, author);
    }

    public override string ToString() => Name;
}
