using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Dyad.Fusion;

namespace Dyad.Tests.Fusion;

public sealed class TextSketchTests
{
    [Theory]
    [InlineData("")]
    [InlineData("One")]
    [InlineData("Two words")]
    [InlineData("Delegations from Arvandel and Brisk met for round 12 of their talks on river trade; the ministers agreed.")]
    [InlineData("Ankara — Türkiye's Dışişleri Bakanlığı said the 2016 Anadolu Kartalı drill, «a success», ended. 日本 and 中国 too.")]
    [InlineData("  ...leading, trailing and doubled   separators!!  ")]
    public void A_sketch_is_the_minimum_of_each_seeded_hash_over_the_five_word_shingles(string text) =>
        Assert.Equal(Reference(text), TextSketch.Compute(text));

    /// <summary>The sketch as first defined, one shingle string at a time: the fast path must give the same bytes.</summary>
    private static byte[] Reference(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0) words.Add(word.ToString());
        var seeds = new ulong[TextSketch.Size];
        var state = 0x9E3779B97F4A7C15UL;
        for (var k = 0; k < seeds.Length; k++) seeds[k] = state = Mix(state + 0x9E3779B97F4A7C15UL);
        var mins = Enumerable.Repeat(ulong.MaxValue, TextSketch.Size).ToArray();
        var width = Math.Min(5, Math.Max(1, words.Count));
        for (var i = 0; i + width <= words.Count; i++)
        {
            var hash = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(string.Concat(words.Skip(i).Take(width).Select(w => w + " "))));
            for (var k = 0; k < mins.Length; k++) mins[k] = Math.Min(mins[k], Mix(hash ^ seeds[k]));
        }
        var bytes = new byte[TextSketch.Size * 8];
        for (var k = 0; k < mins.Length; k++) BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(k * 8), mins[k]);
        return bytes;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
