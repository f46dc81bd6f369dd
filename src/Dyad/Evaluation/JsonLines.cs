using System.Text;
using System.Text.Json;

namespace Dyad.Evaluation;

/// <summary>
/// Reads JSON Lines as the reference scorer does: UTF-8, any line ending, blank lines skipped,
/// and a line that is not JSON is an error naming the file and the line.
/// </summary>
public static class JsonLines
{
    public static List<JsonElement> Read(string path) => Parse(PythonTextFile.Read(path), path);

    /// <summary>Parses JSON Lines already in memory; <paramref name="origin"/> names them in errors.</summary>
    public static List<JsonElement> Parse(string content, string origin)
    {
        var rows = new List<JsonElement>();
        var lines = content.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (!PythonText.HasNonWhiteSpace(line)) continue;
            rows.Add(ParseLine(line, origin, n + 1));
        }
        return rows;
    }

    /// <summary>Parses one line of JSON Lines; <paramref name="origin"/> and <paramref name="lineNumber"/> name it in errors.</summary>
    public static JsonElement ParseLine(string line, string origin, int lineNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(line.Trim(WhiteSpace));
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{origin}:{lineNumber}: not JSON: {e.Message}", e);
        }
    }

    // Python's str.strip() set; every such character lies below U+3001.
    private static readonly char[] WhiteSpace = Enumerable.Range(0, 0x3001).Select(i => (char)i).Where(PythonText.IsWhiteSpace).ToArray();
}
