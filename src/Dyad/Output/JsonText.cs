using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Dyad.Output;

/// <summary>
/// Writes a long string, a document's text, as <see cref="Utf8JsonWriter.WriteString(string, string?)"/> writes it with
/// the writer's encoder, byte for byte, but faster: the writer escapes a string from its first character to escape to
/// its end a character at a time, while prose has a line break every few hundred characters and little else to escape.
/// Here the plain ASCII between two such characters is found by a vectorized search and narrowed straight to UTF-8;
/// the encoder decides every other character, as it would in the writer. Serves the relaxed encoder of compact records
/// (<see cref="DocumentRecordWriter.Options"/>); a writer with other options writes the string itself.
/// </summary>
internal static class JsonText
{
    /// <summary>Printable ASCII but the quote and the backslash: the relaxed encoder escapes nothing else of ASCII.</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).Where(c => c is not ('"' or '\\')).ToArray());

    /// <summary>A character takes at most six bytes written (\uXXXX); one left as it is, at most three.</summary>
    private const int LongestEscape = 6;

    public static void WriteString(Utf8JsonWriter json, string propertyName, string value) =>
        WriteString(json, JsonEncodedText.Encode(propertyName, json.Options.Encoder), value);

    public static void WriteString(Utf8JsonWriter json, JsonEncodedText propertyName, ReadOnlySpan<char> value)
    {
        var encoder = json.Options.Encoder;
        if (encoder != JavaScriptEncoder.UnsafeRelaxedJsonEscaping || json.Options.Indented)
        {
            json.WriteString(propertyName, value);
            return;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(value.Length * LongestEscape + 2);
        var length = 0;
        buffer[length++] = (byte)'"';
        Span<char> escape = stackalloc char[2 * LongestEscape];
        var rest = value;
        while (!rest.IsEmpty)
        {
            var plain = rest.IndexOfAnyExcept(PlainAscii);
            if (plain < 0) plain = rest.Length;
            length += System.Text.Encoding.ASCII.GetBytes(rest[..plain], buffer.AsSpan(length));
            rest = rest[plain..];
            if (rest.IsEmpty) break;
            var kept = 0; // characters past ASCII that the encoder leaves as they are: written as UTF-8, a run at a time
            while (kept < rest.Length && rest[kept] >= 0x80 && !char.IsSurrogate(rest[kept]) && !encoder.WillEncode(rest[kept])) kept++;
            if (kept > 0)
            {
                Utf8.FromUtf16(rest[..kept], buffer.AsSpan(length), out _, out var bytes);
                length += bytes;
                rest = rest[kept..];
                continue;
            }
            var c = rest[0];
            // A surrogate pair is one character to escape; a lone surrogate is one too. Escapes are ASCII.
            var take = rest.Length > 1 && char.IsSurrogatePair(c, rest[1]) ? 2 : 1;
            var status = encoder.Encode(rest[..take], escape, out var consumed, out var written, isFinalBlock: true);
            if (status != OperationStatus.Done) throw new InvalidOperationException($"the JSON encoder could not escape U+{(int)c:X4}: {status}");
            Utf8.FromUtf16(escape[..written], buffer.AsSpan(length), out _, out var escaped);
            length += escaped;
            rest = rest[consumed..];
        }
        buffer[length++] = (byte)'"';
        json.WritePropertyName(propertyName);
        json.WriteRawValue(buffer.AsSpan(0, length), skipInputValidation: true);
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
