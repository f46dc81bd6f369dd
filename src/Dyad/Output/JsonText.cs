using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dyad.Output;

/// <summary>
/// Writes a long string, a document's text, as <see cref="Utf8JsonWriter.WriteString(string, string?)"/> writes it with
/// the writer's encoder, byte for byte, but faster: the writer escapes a string from its first character to escape to
/// its end a character at a time, while prose has a line break every few hundred characters and little else to escape.
/// Here the plain ASCII between two such characters is found by a vectorized search and copied; the encoder decides
/// every other character, as it would in the writer. Serves the relaxed encoder of compact records
/// (<see cref="DocumentRecordWriter.Options"/>); a writer with other options writes the string itself.
/// </summary>
internal static class JsonText
{
    /// <summary>Printable ASCII but the quote and the backslash: the relaxed encoder escapes nothing else of ASCII.</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).Where(c => c is not ('"' or '\\')).ToArray());

    /// <summary>An escape is at most six characters (\uXXXX) a character.</summary>
    private const int LongestEscape = 6;

    public static void WriteString(Utf8JsonWriter json, string propertyName, string value)
    {
        var encoder = json.Options.Encoder;
        if (encoder != JavaScriptEncoder.UnsafeRelaxedJsonEscaping || json.Options.Indented)
        {
            json.WriteString(propertyName, value);
            return;
        }
        var buffer = ArrayPool<char>.Shared.Rent(value.Length * LongestEscape + 2);
        var length = 0;
        buffer[length++] = '"';
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            var plain = rest.IndexOfAnyExcept(PlainAscii);
            if (plain < 0) plain = rest.Length;
            rest[..plain].CopyTo(buffer.AsSpan(length));
            length += plain;
            rest = rest[plain..];
            if (rest.IsEmpty) break;
            var c = rest[0];
            if (c >= 0x80 && !char.IsSurrogate(c) && !encoder.WillEncode(c))
            {
                buffer[length++] = c;
                rest = rest[1..];
                continue;
            }
            // A surrogate pair is one character to escape; a lone surrogate is one too.
            var take = rest.Length > 1 && char.IsSurrogatePair(c, rest[1]) ? 2 : 1;
            var status = encoder.Encode(rest[..take], buffer.AsSpan(length), out var consumed, out var written, isFinalBlock: true);
            if (status != OperationStatus.Done) throw new InvalidOperationException($"the JSON encoder could not escape U+{(int)c:X4}: {status}");
            length += written;
            rest = rest[consumed..];
        }
        buffer[length++] = '"';
        json.WritePropertyName(propertyName);
        json.WriteRawValue(buffer.AsSpan(0, length), skipInputValidation: true);
        ArrayPool<char>.Shared.Return(buffer);
    }
}
