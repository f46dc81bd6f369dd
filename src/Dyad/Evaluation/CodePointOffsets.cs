using System.Text.Json;

namespace Dyad.Evaluation;

/// <summary>
/// The scorer's utf16_to_cp: Dyad's offsets count UTF-16 code units, the gold's count code points (Python
/// string indices). An offset at a character boundary (or at the end) maps to its code-point index; any other
/// offset (inside a surrogate pair, past the end, negative, fractional) is kept as it is, exactly as the
/// scorer's table.get(off, off) keeps it. The two counts differ after every astral character (emoji, some CJK).
/// </summary>
public sealed class CodePointOffsets
{
    private readonly int[] _codePointAt; // by UTF-16 offset; -1 inside a surrogate pair

    public CodePointOffsets(string text)
    {
        _codePointAt = new int[text.Length + 1];
        var codePoint = 0;
        for (var unit = 0; unit < text.Length; unit++)
        {
            var pairTail = unit > 0 && char.IsSurrogatePair(text[unit - 1], text[unit]);
            _codePointAt[unit] = pairTail ? -1 : codePoint;
            if (!pairTail) codePoint++;
        }
        _codePointAt[text.Length] = codePoint;
    }

    /// <summary>conv(off) for a number as Python holds it (integral floats find their int key; True is 1).</summary>
    public double Convert(double offset)
    {
        if (offset >= 0 && offset < _codePointAt.Length && offset == Math.Floor(offset))
        {
            var mapped = _codePointAt[(int)offset];
            if (mapped >= 0) return mapped;
        }
        return offset;
    }

    /// <summary>conv(record.get(key, -1)).</summary>
    public double Convert(JsonElement? record, string key) =>
        Convert(PythonValue.Get(record, key) is { } value ? PythonValue.AsNumber(value) : -1);
}
