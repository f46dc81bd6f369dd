using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dyad.Evaluation;

/// <summary>The small matching rules of the reference scorer (score.py), each under the scorer's own name.</summary>
public static class ScoringRules
{
    /// <summary>The ten event types the gold set annotates; other types and generic statements are not scored.</summary>
    public static readonly IReadOnlySet<string> ScoredEventTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "VISIT", "MEETING", "DIALOGUE", "MECHANISM_ESTABLISHED", "AGREEMENT",
        "EXERCISE", "ARMS_TRANSFER", "TRAINING", "SANCTION", "SANCTION_LIFTED",
    };

    public static readonly IReadOnlySet<string> EntityTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "COUNTRY", "PERSON", "ORG", "LOCATION", "EQUIPMENT", "PROGRAM",
    };

    /// <summary>norm: lowercase, then only ASCII letters and digits. İ and the Kelvin sign are the two non-ASCII characters that lower into them.</summary>
    public static string Norm(string s)
    {
        var normalized = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') normalized.Append(c);
            else if (c is >= 'A' and <= 'Z') normalized.Append((char)(c + ('a' - 'A')));
            else if (c == '\u0130') normalized.Append('i');
            else if (c == '\u212A') normalized.Append('k');
        }
        return normalized.ToString();
    }

    /// <summary>names_match: the normalized system name equals, contains or is contained in a normalized gold alias.</summary>
    public static bool NamesMatch(string system, IEnumerable<string> goldAliases)
    {
        var a = Norm(system);
        if (a.Length == 0) return false;
        foreach (var alias in goldAliases)
        {
            var b = Norm(alias);
            if (b.Length > 0 && (a == b || b.Contains(a, StringComparison.Ordinal) || a.Contains(b, StringComparison.Ordinal)))
                return true;
        }
        return false;
    }

    /// <summary>year: the four decimal digits (any script, as Python's \d) a value starts with, or null.</summary>
    public static string? Year(string value)
    {
        var end = 0;
        for (var digits = 0; digits < 4; digits++)
        {
            if (end >= value.Length || Rune.DecodeFromUtf16(value.AsSpan(end), out var rune, out var consumed) != System.Buffers.OperationStatus.Done
                || Rune.GetUnicodeCategory(rune) != UnicodeCategory.DecimalDigitNumber)
                return null;
            end += consumed;
        }
        return value[..end];
    }

    /// <summary>year(value) of a JSON value: <c>str(value or "")</c> first.</summary>
    public static string? Year(JsonElement? value) => Year(PythonValue.Truthy(value) ? PythonValue.Str(value) : "");

    /// <summary>doc_key: a document's name is its file name without ".txt" (or without its last extension).</summary>
    public static string DocKey(string source)
    {
        var slash = source.LastIndexOf('/');
        var name = slash < 0 ? source : source[(slash + 1)..];
        if (name.EndsWith(".txt", StringComparison.Ordinal)) return name[..^4];
        // os.path.splitext: the last dot, unless every character before it is a dot.
        var dot = name.LastIndexOf('.');
        return dot > 0 && name.AsSpan(0, dot).ContainsAnyExcept('.') ? name[..dot] : name;
    }

    /// <summary>
    /// The date value of a record: the "value" of a {"value": …} object, or the field itself when it is given
    /// as a plain string (or anything else).
    /// </summary>
    public static JsonElement? DateValue(JsonElement? record, string key)
    {
        var field = PythonValue.Get(record, key);
        if (field is { ValueKind: JsonValueKind.Object }) return PythonValue.Get(field, "value");
        return field;
    }
}
