using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Dyad.Reading;

/// <summary>
/// Decides whether bytes are text and decodes them: byte order marks first, then UTF-16 told by
/// its NUL pattern, then UTF-8 (replacing stray invalid bytes), else Windows-1252. Binary files are
/// refused with their kind. Bytes that are not UTF-8 follow the charset the file declares, if any
/// (&lt;meta charset&gt;, an XML declaration). The text is kept as decoded (line endings too), less any BOM.
/// </summary>
internal static partial class TextDecoder
{
    private const int SampleLength = 8192;

    // Share of control bytes above which a file without a known signature is taken for binary.
    private const double ControlByteShare = 0.05;

    // UTF-16 without a BOM: ASCII-range text puts a NUL in one byte of most pairs and almost never in the other.
    private const double Utf16NulShare = 0.2;
    private const double Utf16StrayNulShare = 0.02;

    // Warnings name each replaced run up to this many, then sum up the rest.
    private const int MaxReplacementWarnings = 10;

    private static readonly Encoding Windows1252;

    static TextDecoder()
    {
        // Code pages beyond Latin-1 come from a provider: Windows-1252 and declared charsets (windows-1251, koi8-r, shift_jis).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    private static readonly (byte[] Bom, Encoding Encoding, string Name)[] ByteOrderMarks =
    [
        ([0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(bigEndian: false, byteOrderMark: false), "UTF-32LE"),
        ([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: false), "UTF-32BE"),
        ([0xEF, 0xBB, 0xBF], new UTF8Encoding(false), "UTF-8"),
        ([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: false), "UTF-16LE"),
        ([0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: false), "UTF-16BE"),
    ];

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return DecodedText.Refused("empty file");

        foreach (var (bom, encoding, name) in ByteOrderMarks)
        {
            if (!bytes.StartsWith(bom)) continue;
            var body = bytes[bom.Length..];
            return name == "UTF-8" ? DecodeUtf8(body, bom.Length) : Checked(encoding.GetString(body), name, []);
        }

        var sample = bytes[..Math.Min(bytes.Length, SampleLength)];
        var counts = CountBytes(sample);
        var kind = MagicNumbers.Identify(bytes[..Math.Min(bytes.Length, 512)], counts.Control + counts.EvenNul + counts.OddNul > 0);
        if (kind is not null) return DecodedText.Refused($"binary file ({kind})");

        if (counts.EvenNul + counts.OddNul > 0)
        {
            var pairs = sample.Length / 2.0;
            if (counts.OddNul >= Utf16NulShare * pairs && counts.EvenNul <= Utf16StrayNulShare * pairs)
                return Checked(new UnicodeEncoding(false, false).GetString(EvenLength(bytes)), "UTF-16LE", []);
            if (counts.EvenNul >= Utf16NulShare * pairs && counts.OddNul <= Utf16StrayNulShare * pairs)
                return Checked(new UnicodeEncoding(true, false).GetString(EvenLength(bytes)), "UTF-16BE", []);
            return DecodedText.Refused("binary file (NUL bytes)");
        }
        if (counts.Control > ControlByteShare * sample.Length)
            return DecodedText.Refused("binary file (control bytes)");

        return DecodeUtf8(bytes, 0);
    }

    /// <summary>Strict UTF-8 when valid; stray invalid bytes replaced when the rest is UTF-8; Windows-1252 otherwise.</summary>
    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, int offsetInFile)
    {
        if (Utf8.IsValid(bytes)) return Checked(Encoding.UTF8.GetString(bytes), "UTF-8", []);
        if (DeclaredEncoding(bytes) is { } declared)
            return Checked(declared.GetString(bytes), declared.WebName, [$"not valid UTF-8: read as {declared.WebName}, as the file declares"]);

        var multibyte = 0;
        var invalid = 0;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (status == OperationStatus.Done) { if (consumed > 1) multibyte++; }
            else invalid++;
            rest = rest[Math.Max(consumed, 1)..];
        }

        if (invalid > multibyte)
            return Checked(Windows1252.GetString(bytes), "Windows-1252", ["not valid UTF-8: read as Windows-1252"]);
        return DecodeUtf8Replacing(bytes, offsetInFile);
    }

    private static DecodedText DecodeUtf8Replacing(ReadOnlySpan<byte> bytes, int offsetInFile)
    {
        var text = new StringBuilder(bytes.Length);
        var warnings = new List<string>();
        int extraRuns = 0, extraBytes = 0;
        Span<char> chars = stackalloc char[2];
        var at = 0;
        while (at < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[at..], out var rune, out var consumed);
            if (status == OperationStatus.Done)
            {
                text.Append(chars[..rune.EncodeToUtf16(chars)]);
                at += consumed;
                continue;
            }
            // One invalid run: consecutive invalid sequences, each replaced by one U+FFFD.
            var runStart = at;
            while (at < bytes.Length)
            {
                status = Rune.DecodeFromUtf8(bytes[at..], out _, out consumed);
                if (status == OperationStatus.Done) break;
                text.Append('\uFFFD');
                at += Math.Max(consumed, 1);
            }
            var length = at - runStart;
            if (warnings.Count < MaxReplacementWarnings)
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte {runStart + offsetInFile}: replaced {length} {(length == 1 ? "byte" : "bytes")}"));
            else { extraRuns++; extraBytes += length; }
        }
        if (extraRuns > 0)
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 in {extraRuns} more places: replaced {extraBytes} bytes"));
        return Checked(text.ToString(), "UTF-8", warnings);
    }

    /// <summary>A charset other than UTF-8 named near the top of the file, when .NET knows it.</summary>
    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var match = CharsetDeclaration().Match(head);
        if (!match.Success) return null;
        try
        {
            var encoding = Encoding.GetEncoding(match.Groups["name"].Value);
            return encoding.CodePage == Encoding.UTF8.CodePage ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("""(?:charset|encoding)\s*=\s*["']?(?<name>[A-Za-z0-9_.:-]+)""", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CharsetDeclaration();

    private static DecodedText Checked(string text, string encodingName, IReadOnlyList<string> warnings) =>
        string.IsNullOrWhiteSpace(text) ? DecodedText.Refused("empty file") : new DecodedText(text, encodingName, warnings);

    private static ReadOnlySpan<byte> EvenLength(ReadOnlySpan<byte> bytes) => bytes[..(bytes.Length & ~1)];

    private readonly record struct ByteCounts(int EvenNul, int OddNul, int Control);

    /// <summary>The bytes <see cref="CountBytes"/> counts: NUL, control bytes but tab, line feed, carriage return and form feed, and DEL.</summary>
    private static readonly SearchValues<byte> CountedBytes = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(b => b is not ('\t' or '\n' or '\r' or '\f')).Select(b => (byte)b), (byte)0x7F]);

    private static ByteCounts CountBytes(ReadOnlySpan<byte> sample)
    {
        if (!sample.ContainsAny(CountedBytes)) return default; // text: one vectorized search
        int evenNul = 0, oddNul = 0, control = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            var b = sample[i];
            if (b == 0) { if ((i & 1) == 0) evenNul++; else oddNul++; }
            else if (b is < 0x20 and not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f') or 0x7F) control++;
        }
        return new ByteCounts(evenNul, oddNul, control);
    }
}
