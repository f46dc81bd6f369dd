using System.Text.Json;

namespace Dyad.Evaluation;

/// <summary>A gold document: its publication month, title and the lines that are not body text (gold/README.md).</summary>
public sealed record GoldDocument(
    string Doc, string Dct, string? Title,
    IReadOnlyList<string> MetadataLines, IReadOnlyList<string> BoilerplateLines, IReadOnlyList<string> DuplicatePassages);

public sealed record GoldEntity(string Doc, string Type, string Canonical, IReadOnlyList<string> Surface);

/// <summary>A gold time expression; <see cref="Start"/> and <see cref="End"/> are code-point offsets.</summary>
public sealed record GoldTimex(string Doc, string Text, string Value, int Start, int End);

/// <summary>A gold event mention; <see cref="Start"/> and <see cref="End"/> are code-point offsets of its quote.</summary>
public sealed record GoldEvent(
    string Doc, string Id, string Type, IReadOnlyList<string> AltTypes, IReadOnlyList<string> Countries,
    string? Source, string? Target, string? Date, IReadOnlyList<string> AltDates, string Status,
    IReadOnlyList<string> Names, IReadOnlyList<string> Equipment, string Cluster, string Quote, int Start, int End)
{
    /// <summary>The type and its alternatives: a system event of any of them may match.</summary>
    public bool AcceptsType(string? type) => type is not null && (type == Type || AltTypes.Contains(type));
}

/// <summary>
/// A gold set: the four JSON Lines files of a gold folder and the original texts of its documents,
/// read as the reference scorer reads them (see <see cref="PythonTextFile"/>).
/// </summary>
public sealed class GoldSet
{
    public required IReadOnlyList<GoldDocument> Documents { get; init; }
    public required IReadOnlyList<GoldEntity> Entities { get; init; }
    public required IReadOnlyList<GoldTimex> Timexes { get; init; }
    public required IReadOnlyList<GoldEvent> Events { get; init; }

    /// <summary>The original text of each gold document, by document name.</summary>
    public required IReadOnlyDictionary<string, string> Texts { get; init; }

    /// <summary>Loads documents, entities, timexes and events .jsonl from <paramref name="goldDir"/> and each document's &lt;doc&gt;.txt from <paramref name="corpusDir"/>.</summary>
    public static GoldSet Load(string goldDir, string corpusDir)
    {
        var documents = Rows(goldDir, "documents", row => new GoldDocument(
            Text(row, "doc"), Text(row, "dct"), OptionalText(row, "title"),
            TextList(row, "metadata_lines"), TextList(row, "boilerplate_lines"), TextList(row, "duplicate_passages")));
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
            texts[document.Doc] = PythonTextFile.Read(Path.Combine(corpusDir, document.Doc + ".txt"));
        return new GoldSet
        {
            Documents = documents,
            Texts = texts,
            Entities = Rows(goldDir, "entities", row => new GoldEntity(
                Text(row, "doc"), Text(row, "type"), Text(row, "canonical"), TextList(row, "surface"))),
            Timexes = Rows(goldDir, "timexes", row => new GoldTimex(
                Text(row, "doc"), Text(row, "text"), Text(row, "value"), Offset(row, "start"), Offset(row, "end"))),
            Events = Rows(goldDir, "events", row => new GoldEvent(
                Text(row, "doc"), Text(row, "id"), Text(row, "type"), TextList(row, "alt_types"), TextList(row, "countries"),
                OptionalText(row, "source"), OptionalText(row, "target"), OptionalText(row, "date"), TextList(row, "alt_dates"),
                Text(row, "status"), TextList(row, "names"), TextList(row, "equipment"), Text(row, "cluster"), Text(row, "quote"),
                Offset(row, "start"), Offset(row, "end"))),
        };
    }

    private static List<T> Rows<T>(string goldDir, string name, Func<JsonElement, T> read)
    {
        var path = Path.Combine(goldDir, name + ".jsonl");
        var rows = JsonLines.Read(path);
        var result = new List<T>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                result.Add(read(rows[i]));
            }
            catch (GoldFieldException e)
            {
                throw new InvalidDataException($"{path}: record {i + 1}: {e.Message}");
            }
        }
        return result;
    }

    private static string Text(JsonElement row, string key) =>
        OptionalText(row, key) ?? throw new GoldFieldException($"'{key}' is missing or null");

    private static string? OptionalText(JsonElement row, string key) => PythonValue.Get(row, key) switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        _ => throw new GoldFieldException($"'{key}' must be a string"),
    };

    private static IReadOnlyList<string> TextList(JsonElement row, string key) => PythonValue.Get(row, key) switch
    {
        null or { ValueKind: JsonValueKind.Null } => [],
        { ValueKind: JsonValueKind.Array } list when list.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String) =>
            list.EnumerateArray().Select(x => x.GetString()!).ToList(),
        _ => throw new GoldFieldException($"'{key}' must be a list of strings"),
    };

    private static int Offset(JsonElement row, string key) =>
        PythonValue.Get(row, key) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var offset)
            ? offset
            : throw new GoldFieldException($"'{key}' must be an integer offset");

    private sealed class GoldFieldException(string message) : Exception(message);
}
