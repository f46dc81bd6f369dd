using System.Buffers.Binary;
using System.IO.Hashing;
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
        // Words folded into one buffer, each shingle's UTF-8 ("w1 w2 w3 w4 w5 ") hashed from a reused byte buffer.
        var folded = new char[text.Length];
        var words = new List<(int Start, int Length)>(text.Length / 5 + 1);
        var length = 0;
        var start = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) folded[length++] = char.ToLowerInvariant(c);
            else if (length > start)
            {
                words.Add((start, length - start));
                start = length;
            }
        }
        if (length > start) words.Add((start, length - start));

        var mins = new ulong[Size];
        Array.Fill(mins, ulong.MaxValue);
        var width = Math.Min(ShingleWords, Math.Max(1, words.Count));
        var shingle = new byte[256];
        for (var i = 0; i + width <= words.Count; i++)
        {
            var bytes = 0;
            for (var j = i; j < i + width; j++)
            {
                var word = folded.AsSpan(words[j].Start, words[j].Length);
                var need = bytes + Encoding.UTF8.GetMaxByteCount(word.Length) + 1;
                if (need > shingle.Length) Array.Resize(ref shingle, Math.Max(need, shingle.Length * 2));
                bytes += Encoding.UTF8.GetBytes(word, shingle.AsSpan(bytes));
                shingle[bytes++] = (byte)' ';
            }
            var hash = XxHash64.HashToUInt64(shingle.AsSpan(0, bytes));
            for (var k = 0; k < Size; k++)
            {
                var h = Mix(hash ^ Seeds[k]);
                if (h < mins[k]) mins[k] = h;
            }
        }
        var sketch = new byte[Size * 8];
        for (var k = 0; k < Size; k++) BinaryPrimitives.WriteUInt64LittleEndian(sketch.AsSpan(k * 8), mins[k]);
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
}
