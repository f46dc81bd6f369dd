using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dyad.Annotation;

/// <summary>
/// A hash of a word's characters read four at a time, a multiply for each four: a scan finds a word's end, then hashes
/// it, where folding its characters into a hash one after another chained a multiply to each. Word tables and the
/// knowledge matcher's first-word filters hash the words they hold (folded to one case by their own rule) with
/// <see cref="Of"/>; a scan of an ASCII word hashes it as it stands in the text with <see cref="OfLowered"/>.
/// </summary>
internal static class WordHash
{
    /// <summary>Each character's 0x20 bit: set, it lower-cases an ASCII letter and leaves digits, '-' and '\'' as they are.</summary>
    private const ulong LowerCaseBits = 0x0020_0020_0020_0020;

    /// <summary>The hash of the characters as they stand.</summary>
    public static uint Of(ReadOnlySpan<char> chars)
    {
        var hash = Seed(chars.Length);
        var i = 0;
        for (; i + 4 <= chars.Length; i += 4) hash = Step(hash, ReadFour(chars, i));
        if (i < chars.Length) hash = Step(hash, ReadRest(chars, i, chars.Length - i));
        return Finish(hash);
    }

    /// <summary>
    /// The hash <see cref="Of"/> gives <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>] with each
    /// character's 0x20 bit set: of a word of ASCII letters, digits, hyphens and apostrophes, the hash of its lower case.
    /// Reads four characters at a time from the text, beyond the word's end where the text goes on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint OfLowered(ReadOnlySpan<char> text, int start, int end)
    {
        var hash = Seed(end - start);
        var i = start;
        for (; i + 4 <= end; i += 4) hash = Step(hash, ReadFour(text, i) | LowerCaseBits);
        if (i < end)
        {
            var rest = end - i;
            var four = i + 4 <= text.Length ? ReadFour(text, i) : ReadRest(text, i, rest);
            hash = Step(hash, (four | LowerCaseBits) & (ulong.MaxValue >> (16 * (4 - rest))));
        }
        return Finish(hash);
    }

    /// <summary>Two words' hashes as one, for a filter over the first two words of names.</summary>
    public static uint Pair(uint first, uint second) => Finish(Step(Seed((int)first), second));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Seed(int length) => (ulong)length * 0x9E3779B97F4A7C15;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ulong hash, ulong four) => (hash ^ four) * 0xFF51AFD7ED558CCD;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(ulong hash) => (uint)(hash >> 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadFour(ReadOnlySpan<char> chars, int at) =>
        Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(chars), at)));

    /// <summary>One to three characters from <paramref name="at"/>, the first in the lowest bits, as <see cref="ReadFour"/> places them.</summary>
    private static ulong ReadRest(ReadOnlySpan<char> chars, int at, int count)
    {
        var four = 0UL;
        for (var k = count - 1; k >= 0; k--) four = four << 16 | chars[at + k];
        return four;
    }
}
