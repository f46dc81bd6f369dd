using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Dyad.Evaluation;

/// <summary>
/// How the reference scorer sees a parsed JSON value: <c>d.get(key)</c>, <c>str(v)</c>, truth, equality with a
/// string. A missing key is a C# null; a JSON null is a <see cref="JsonElement"/> of kind Null (Python's None),
/// and the two differ where the scorer passes a default to get().
/// Where the scorer would stop with a TypeError on a malformed record, these helpers are lenient instead:
/// a non-object has no keys, a non-list holds nothing, and the record is scored as such.
/// </summary>
public static class PythonValue
{
    /// <summary><c>obj.get(key)</c>: the value, or null when the key is absent or <paramref name="obj"/> is not an object. The last duplicate key wins, as in Python.</summary>
    public static JsonElement? Get(JsonElement? obj, string key)
    {
        if (obj is not { ValueKind: JsonValueKind.Object } o) return null;
        JsonElement? found = null;
        foreach (var property in o.EnumerateObject())
            if (property.NameEquals(key)) found = property.Value;
        return found;
    }

    /// <summary><c>obj.get(key, [])</c> iterated: the items of a list; nothing for anything else.</summary>
    public static IEnumerable<JsonElement> Items(JsonElement? obj, string key) => ListItems(Get(obj, key));

    public static IEnumerable<JsonElement> ListItems(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray() : [];

    /// <summary>Python truth: None, False, 0, "", [] and {} are false.</summary>
    public static bool Truthy(JsonElement? value) => value is { } v && v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False => false,
        JsonValueKind.True => true,
        JsonValueKind.String => v.GetString()!.Length > 0,
        JsonValueKind.Number => !IsZero(v),
        JsonValueKind.Array => v.GetArrayLength() > 0,
        JsonValueKind.Object => v.EnumerateObject().Any(),
        _ => false,
    };

    /// <summary><c>str(value)</c>; a missing value (C# null) is "None", as get() without a default gives.</summary>
    public static string Str(JsonElement? value) => value is not { } v ? "None" : v.ValueKind switch
    {
        JsonValueKind.String => v.GetString()!,
        _ => Repr(v),
    };

    /// <summary><c>str(obj.get(key, default))</c>.</summary>
    public static string StrOr(JsonElement? obj, string key, string fallback) => Get(obj, key) is { } v ? Str(v) : fallback;

    /// <summary><c>value == text</c> where text is a string or None.</summary>
    public static bool EqualsText(JsonElement? value, string? text) => text is null
        ? value is null or { ValueKind: JsonValueKind.Null }
        : value is { ValueKind: JsonValueKind.String } v && v.GetString() == text;

    /// <summary>The string a value holds, or null when it is not a string (so it can equal no string).</summary>
    public static string? AsString(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    /// <summary>
    /// A number as Python compares it (True is 1, False is 0); NaN for anything that is not a number,
    /// which no comparison satisfies, where the scorer would stop on a TypeError.
    /// </summary>
    public static double AsNumber(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } v => v.TryGetInt64(out var whole) ? whole : v.GetDouble(),
        { ValueKind: JsonValueKind.True } => 1,
        { ValueKind: JsonValueKind.False } => 0,
        _ => double.NaN,
    };

    /// <summary>What iterating the value yields, as strings: a list's items (null for a non-string item), a string's code points, an object's keys.</summary>
    public static IReadOnlyList<string?> IterateAsStrings(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().Select(x => AsString(x)).ToList(),
        { ValueKind: JsonValueKind.String } s => PythonText.CodePoints(s.GetString()!).ToList<string?>(),
        { ValueKind: JsonValueKind.Object } o => o.EnumerateObject().Select(p => (string?)p.Name).Distinct().ToList(),
        _ => [],
    };

    /// <summary><c>repr(value)</c> for a value json.loads produced.</summary>
    public static string Repr(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => ReprString(value.GetString()!),
        JsonValueKind.Number => ReprNumber(value.GetRawText()),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Array => "[" + string.Join(", ", value.EnumerateArray().Select(Repr)) + "]",
        JsonValueKind.Object => "{" + string.Join(", ", value.EnumerateObject().Select(p => ReprString(p.Name) + ": " + Repr(p.Value))) + "}",
        _ => "None",
    };

    /// <summary>json.loads reads a number with '.', 'e' or 'E' as a float and any other as an int of any size.</summary>
    public static string ReprNumber(string raw)
    {
        if (raw.AsSpan().IndexOfAny('.', 'e', 'E') >= 0)
            return PythonFloat.Repr(double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture));
        return BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>repr(str): single quotes unless the text holds ' and no ", escapes for what is not printable.</summary>
    public static string ReprString(string s)
    {
        var quote = s.Contains('\'', StringComparison.Ordinal) && !s.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var repr = new StringBuilder(s.Length + 2).Append(quote);
        for (var i = 0; i < s.Length;)
        {
            var codePoint = char.IsSurrogatePair(s, i) ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
            var length = codePoint > 0xFFFF ? 2 : 1;
            switch (codePoint)
            {
                case '\\': repr.Append(@"\\"); break;
                case '\t': repr.Append(@"\t"); break;
                case '\n': repr.Append(@"\n"); break;
                case '\r': repr.Append(@"\r"); break;
                default:
                    if (codePoint == quote) repr.Append('\\').Append(quote);
                    else if (IsPrintable(codePoint)) repr.Append(s, i, length);
                    else if (codePoint < 0x100) repr.Append(CultureInfo.InvariantCulture, $"\\x{codePoint:x2}");
                    else if (codePoint < 0x10000) repr.Append(CultureInfo.InvariantCulture, $"\\u{codePoint:x4}");
                    else repr.Append(CultureInfo.InvariantCulture, $"\\U{codePoint:x8}");
                    break;
            }
            i += length;
        }
        return repr.Append(quote).ToString();
    }

    // Python's str.isprintable: not a control, format, surrogate, private-use, unassigned or separator (space excepted).
    private static bool IsPrintable(int codePoint)
    {
        if (codePoint == ' ') return true;
        var category = codePoint is >= 0xD800 and <= 0xDFFF
            ? UnicodeCategory.Surrogate
            : CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
    }

    private static bool IsZero(JsonElement number) =>
        number.TryGetDouble(out var d) ? d == 0 : !number.GetRawText().Any(c => c is >= '1' and <= '9');
}
