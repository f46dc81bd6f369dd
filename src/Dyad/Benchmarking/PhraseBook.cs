using System.Reflection;

namespace Dyad.Benchmarking;

/// <summary>The generator's phrases by section, read from the embedded article-phrases.txt.</summary>
internal sealed class PhraseBook
{
    private readonly Dictionary<string, string[]> _sections;

    private PhraseBook(Dictionary<string, string[]> sections) => _sections = sections;

    public static PhraseBook Default { get; } = Load();

    public string[] this[string section] => _sections.TryGetValue(section, out var lines)
        ? lines
        : throw new KeyNotFoundException($"article-phrases.txt has no [{section}] section");

    private static PhraseBook Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("article-phrases.txt", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
                sections[line[1..^1]] = current = [];
            else
                (current ?? throw new InvalidDataException("article-phrases.txt: a phrase before the first [section]")).Add(line);
        }
        return new PhraseBook(sections.ToDictionary(s => s.Key, s => s.Value.ToArray(), StringComparer.Ordinal));
    }
}
