using System.Text.RegularExpressions;

namespace Dyad.Cleaning;

/// <summary>
/// Reads a title line as sites write it: "Military Cooperation | Editorial" (a section after a bar),
/// "Pak-Russia Defence Cooperation By Dr Muhammad Khan" (a byline run on).
/// </summary>
internal static partial class TitleLine
{
    public static (string Title, string? Author) Read(string line)
    {
        var title = line.Trim();
        string? author = null;
        var byline = RunOnByline().Match(title);
        if (byline.Success && PersonNames.Clean(byline.Groups["author"].Value) is { } name)
        {
            author = name;
            title = byline.Groups["title"].Value.Trim();
        }
        // "Title | Section | Site": the title is the longest part; the others are short labels.
        var parts = title.Split([" | ", " :: "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1)
        {
            var longest = parts.MaxBy(p => p.Length)!;
            if (parts.Where(p => p != longest).All(p => p.Split(' ').Length <= 4)) title = longest;
        }
        return (title, author);
    }

    [GeneratedRegex(@"^(?<title>.{8,}?)\s+[Bb]y\s+(?<author>\p{Lu}[\p{L}.'’-]*(\s+[\p{L}.'’()-]+){1,6})$")]
    private static partial Regex RunOnByline();
}
