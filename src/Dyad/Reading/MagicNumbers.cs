namespace Dyad.Reading;

/// <summary>
/// Signatures of binary formats people drop into article folders by mistake, so a refusal can
/// name what the file is. Each entry: where the signature starts, its bytes, and the kind.
/// </summary>
internal static class MagicNumbers
{
    // Weak signatures are short or printable, so plain text could begin with them: they count
    // only when the file also holds control bytes.
    private readonly record struct Signature(int Offset, byte[] Bytes, string Kind, bool Weak = false);

    private static readonly Signature[] Signatures =
    [
        new(0, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        new(0, [0xFF, 0xD8, 0xFF], "JPEG image"),
        new(0, "GIF87a"u8.ToArray(), "GIF image"),
        new(0, "GIF89a"u8.ToArray(), "GIF image"),
        new(0, [(byte)'I', (byte)'I', 0x2A, 0x00], "TIFF image"),
        new(0, [(byte)'M', (byte)'M', 0x00, 0x2A], "TIFF image"),
        new(8, "WEBP"u8.ToArray(), "WebP image", Weak: true),
        new(0, [0x00, 0x00, 0x01, 0x00], "icon", Weak: true),
        new(0, "%PDF-"u8.ToArray(), "PDF document"),
        new(0, "%!PS"u8.ToArray(), "PostScript document"),
        new(0, [(byte)'P', (byte)'K', 0x03, 0x04], "ZIP archive or Office document"),
        new(0, [(byte)'P', (byte)'K', 0x05, 0x06], "ZIP archive or Office document"),
        new(0, [(byte)'P', (byte)'K', 0x07, 0x08], "ZIP archive or Office document"),
        new(0, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "legacy Office document"),
        new(0, "{\\rtf"u8.ToArray(), "RTF document"),
        new(0, [0x1F, 0x8B], "gzip archive"),
        new(0, [(byte)'B', (byte)'Z', (byte)'h'], "bzip2 archive", Weak: true),
        new(0, [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00], "xz archive"),
        new(0, [0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
        new(0, [(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], "7-Zip archive"),
        new(0, [(byte)'R', (byte)'a', (byte)'r', (byte)'!', 0x1A, 0x07], "RAR archive"),
        new(257, "ustar"u8.ToArray(), "tar archive"),
        new(0, [0x7F, (byte)'E', (byte)'L', (byte)'F'], "ELF executable"),
        new(0, [(byte)'M', (byte)'Z'], "Windows executable", Weak: true),
        new(0, [0xCF, 0xFA, 0xED, 0xFE], "Mach-O executable"),
        new(0, [0xFE, 0xED, 0xFA, 0xCF], "Mach-O executable"),
        new(0, [0xCA, 0xFE, 0xBA, 0xBE], "Java class or Mach-O binary"),
        new(0, [0x00, (byte)'a', (byte)'s', (byte)'m'], "WebAssembly module"),
        new(0, "SQLite format 3\0"u8.ToArray(), "SQLite database"),
        new(0, "ID3"u8.ToArray(), "MP3 audio", Weak: true),
        new(0, "OggS"u8.ToArray(), "Ogg media", Weak: true),
        new(0, "fLaC"u8.ToArray(), "FLAC audio", Weak: true),
        new(8, "WAVE"u8.ToArray(), "WAV audio", Weak: true),
        new(8, "AVI "u8.ToArray(), "AVI video", Weak: true),
        new(4, "ftyp"u8.ToArray(), "MP4 or QuickTime media", Weak: true),
        new(0, [0x1A, 0x45, 0xDF, 0xA3], "Matroska or WebM video"),
        new(0, "wOFF"u8.ToArray(), "web font", Weak: true),
        new(0, "wOF2"u8.ToArray(), "web font", Weak: true),
    ];

    /// <summary>The kind of binary file the bytes start with, or null.</summary>
    public static string? Identify(ReadOnlySpan<byte> head, bool hasControlBytes)
    {
        foreach (var signature in Signatures)
        {
            var end = signature.Offset + signature.Bytes.Length;
            if (head.Length < end || !head[signature.Offset..end].SequenceEqual(signature.Bytes)) continue;
            if (signature.Weak && !hasControlBytes) continue;
            return signature.Kind;
        }
        return null;
    }
}
