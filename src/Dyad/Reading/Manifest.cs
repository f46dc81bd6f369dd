using System.Globalization;
using System.Text.Json;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>
/// What the user states about documents (--manifest): JSON Lines with <c>path</c>, <c>published</c>
/// (YYYY, YYYY-MM or YYYY-MM-DD), <c>publisher</c>, <c>url</c>, <c>title</c> and optionally <c>author</c>.
/// An entry matches a document by its path relative to the manifest's folder, else by file name;
/// a feed item or JSON Lines record is named <c>file#N</c>. Its fields beat what the source says.
/// </summary>
public sealed class Manifest
{
    private readonly Dictionary<string, ManifestEntry> _byRelativePath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ManifestEntry> _byFileName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ambiguousFileNames = new(StringComparer.Ordinal);

    private Manifest(string directory, string? filePath, IEnumerable<ManifestEntry> entries)
    {
        Directory = directory;
        FilePath = filePath;
        foreach (var entry in entries)
        {
            _byRelativePath[entry.Path] = entry;
            // A file name shared by two entries names neither: only the relative path can tell them apart.
            var name = FileName(entry.Path);
            if (!_byFileName.TryAdd(name, entry)) _ambiguousFileNames.Add(name);
        }
        Entries = _byRelativePath.Values.ToList();
    }

    /// <summary>The folder entry paths are relative to: the manifest's own.</summary>
    public string Directory { get; }

    /// <summary>The manifest file's full path, so a folder walk does not read it as an article; null when parsed from text.</summary>
    public string? FilePath { get; }

    public IReadOnlyList<ManifestEntry> Entries { get; }

    /// <summary>Reads a manifest file. Throws <see cref="FormatException"/> naming file:line for a bad line.</summary>
    public static Manifest Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        using var reader = new StreamReader(full);
        return Parse(reader, System.IO.Path.GetDirectoryName(full)!, full, path);
    }

    /// <summary>Reads manifest lines whose paths are relative to <paramref name="directory"/>.</summary>
    public static Manifest Parse(TextReader lines, string directory, string? filePath = null, string? displayName = null)
    {
        var entries = new List<ManifestEntry>();
        var number = 0;
        for (var line = lines.ReadLine(); line is not null; line = lines.ReadLine())
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                entries.Add(ParseEntry(line));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                throw new FormatException($"{displayName ?? "manifest"}:{number}: {e.Message}", e);
            }
        }
        return new Manifest(System.IO.Path.GetFullPath(directory), filePath, entries);
    }

    /// <summary>The entry for a document read from <paramref name="path"/> (item <paramref name="item"/> of a feed or JSON Lines file), or null.</summary>
    public ManifestEntry? Find(string path, int? item = null)
    {
        var relative = System.IO.Path.GetRelativePath(Directory, System.IO.Path.GetFullPath(path)).Replace('\\', '/');
        var suffix = item is { } n ? "#" + n.ToString(CultureInfo.InvariantCulture) : "";
        if (_byRelativePath.TryGetValue(relative + suffix, out var entry)) return entry;
        var name = System.IO.Path.GetFileName(path) + suffix;
        return !_ambiguousFileNames.Contains(name) && _byFileName.TryGetValue(name, out entry) ? entry : null;
    }

    /// <summary>The source's metadata with this manifest's entry laid over it: the manifest's fields win, its date has the Manifest basis.</summary>
    public static SourceMetadata Apply(ManifestEntry? entry, SourceMetadata metadata) => entry is null ? metadata : metadata with
    {
        Title = entry.Title ?? metadata.Title,
        Author = entry.Author ?? metadata.Author,
        Publisher = entry.Publisher ?? metadata.Publisher,
        Url = entry.Url ?? metadata.Url,
        Published = entry.Published is { } date ? new PublicationDate(date, DateBasis.Manifest) : metadata.Published,
    };

    private static ManifestEntry ParseEntry(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("each line must be a JSON object");
        var path = Field(root, "path") ?? throw new FormatException("the \"path\" field is missing");
        var publishedText = Field(root, "published");
        PartialDate? published = null;
        if (publishedText is not null)
            published = PartialDate.ParseIso(publishedText) is { } date && publishedText.Trim().Length <= 10
                ? date
                : throw new FormatException($"\"published\" must be YYYY, YYYY-MM or YYYY-MM-DD, not \"{publishedText}\"");
        return new ManifestEntry(NormalizePath(path), published, Field(root, "publisher"), Field(root, "url"), Field(root, "title"), Field(root, "author"));
    }

    private static string? Field(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        // A year written as a number (2018) is as clear as "2018".
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new FormatException($"\"{name}\" must be a string"),
        };
        return text.Length == 0 ? null : text;
    }

    private static string NormalizePath(string path)
    {
        path = path.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        return path;
    }

    private static string FileName(string entryPath)
    {
        var hash = entryPath.IndexOf('#');
        var file = hash < 0 ? entryPath : entryPath[..hash];
        return System.IO.Path.GetFileName(file) + (hash < 0 ? "" : entryPath[hash..]);
    }
}
