using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.Intrinsics;
using System.Text;

namespace Dyad.Fusion;

/// <summary>
/// A MinHash sketch of a text's five-word shingles (words folded to lower-case letters and digits): two
/// sketches estimate how much of their text two articles share, so a wire story a second outlet ran with
/// its own headline and sign-off is recognised as the same report.
/// </summary>
public static class TextSketch
{
    public const int Size = 32;
    private const int ShingleWords = 5;

    /// <summary>The sketch as <see cref="Size"/> little-endian 64-bit minimums.</summary>
    public static byte[] Compute(string text)
    {
        // The folded words as UTF-8, each followed by a space: a shingle ("w1 w2 w3 w4 w5 ") is then one slice of it.
        var folded = new char[text.Length + 1];
        var length = 0;
        var wordCount = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) folded[length++] = char.ToLowerInvariant(c);
            else if (length > 0 && folded[length - 1] != ' ')
            {
                folded[length++] = ' ';
                wordCount++;
            }
        }
        if (length > 0 && folded[length - 1] != ' ')
        {
            folded[length++] = ' ';
            wordCount++;
        }
        var utf8 = new byte[Encoding.UTF8.GetMaxByteCount(length)];
        var bytes = Encoding.UTF8.GetBytes(folded.AsSpan(0, length), utf8);
        var starts = new int[wordCount + 1];
        for (int b = 0, w = 0; b < bytes; b++)
            if (utf8[b] == (byte)' ') starts[++w] = b + 1; // word w + 1 starts after the space that ends word w

        // The Size minimums four at a time: one shingle's hash mixed with four seeds per vector operation.
        Span<Vector256<ulong>> mins = stackalloc Vector256<ulong>[SeedVectors.Length];
        mins.Fill(Vector256<ulong>.AllBitsSet);
        var width = Math.Min(ShingleWords, Math.Max(1, wordCount));
        for (var i = 0; i + width <= wordCount; i++)
        {
            var shingle = utf8.AsSpan(starts[i], starts[i + width] - starts[i]);
            var hash = Vector256.Create(XxHash64.HashToUInt64(shingle));
            for (var v = 0; v < mins.Length; v++) mins[v] = Vector256.Min(mins[v], Mix(hash ^ SeedVectors[v]));
        }
        var sketch = new byte[Size * 8];
        for (var k = 0; k < Size; k++) BinaryPrimitives.WriteUInt64LittleEndian(sketch.AsSpan(k * 8), mins[k / 4][k % 4]);
        return sketch;
    }

    /// <summary>The estimated share of shingles two texts have in common (Jaccard), 0..1.</summary>
    public static double Similarity(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != Size * 8 || b.Length != Size * 8) return 0;
        var same = 0;
        for (var k = 0; k < Size; k++)
        {
            var x = BinaryPrimitives.ReadUInt64LittleEndian(a[(k * 8)..]);
            if (x != ulong.MaxValue && x == BinaryPrimitives.ReadUInt64LittleEndian(b[(k * 8)..])) same++;
        }
        return (double)same / Size;
    }

    private static readonly ulong[] Seeds = MakeSeeds();

    private static readonly Vector256<ulong>[] SeedVectors =
        Enumerable.Range(0, Size / 4).Select(v => Vector256.Create(Seeds.AsSpan(v * 4, 4))).ToArray();

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        var state = 0x9E3779B97F4A7C15UL;
        for (var k = 0; k < Size; k++) seeds[k] = state = Mix(state + 0x9E3779B97F4A7C15UL);
        return seeds;
    }

    /// <summary>splitmix64's finalizer: a fixed, well-spread permutation of 64-bit values.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary><see cref="Mix(ulong)"/> of four values at once.</summary>
    private static Vector256<ulong> Mix(Vector256<ulong> z)
    {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >>> 31);
    }
}
