using System.Collections.Frozen;
using System.Reflection;

namespace Dyad.Cleaning;

/// <summary>
/// The cleaning rules shipped as data (Cleaning/Rules/*.txt, embedded): word lists and pattern
/// tables, read once. A line starting with '#' is a comment; blank lines are skipped.
/// </summary>
internal static class CleaningRules
{
    public static FrozenSet<string> MenuWords { get; } = Words("menu-words.txt");
    public static FrozenSet<string> Honorifics { get; } = Words("honorifics.txt");
    public static FrozenSet<string> NameParticles { get; } = Words("name-particles.txt");
    public static FrozenSet<string> NewsroomRoles { get; } = Words("newsroom-roles.txt");
    public static FrozenSet<string> MonthNames { get; } = Words("month-names.txt");
    public static FrozenSet<string> WeekdayNames { get; } = Words("weekday-names.txt");
    public static FrozenSet<string> DateLineWords { get; } = Words("date-line-words.txt");
    public static FrozenSet<string> Stopwords { get; } = Words("stopwords.txt");

    /// <summary>The rows of a table file, each split on '|' into trimmed columns (the last column may itself hold '|').</summary>
    public static IEnumerable<string[]> Table(string file, int columns)
    {
        foreach (var line in Lines(file))
        {
            var cells = line.Split('|', columns, StringSplitOptions.TrimEntries);
            if (cells.Length != columns)
                throw new InvalidDataException($"Cleaning/Rules/{file}: '{line}' has {cells.Length} columns, expected {columns}");
            yield return cells;
        }
    }

    public static IEnumerable<string> Lines(string file)
    {
        using var stream = typeof(CleaningRules).Assembly.GetManifestResourceStream("Dyad.Cleaning.Rules." + file)
            ?? throw new InvalidDataException($"Cleaning/Rules/{file} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            yield return trimmed;
        }
    }

    private static FrozenSet<string> Words(string file) =>
        Lines(file).Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
