using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dyad.Annotation.Events;

/// <summary>
/// The runs of letters and digits of a text, found eight characters at a time, and the text with its ASCII letters
/// lower-cased (other characters as they are), padded so that a run's hash can read its characters four at a time.
/// </summary>
internal static class LetterRuns
{
    /// <summary>Characters after the text in <c>folded</c>, so that a hash may read four characters from any run.</summary>
    public const int Padding = 3;

    /// <summary>
    /// Writes the text, ASCII letters lower-cased, to <paramref name="folded"/> (the text's length plus <see cref="Padding"/>)
    /// and the start and end of each run of letters and digits to <paramref name="runs"/> (at least half the text's length
    /// plus one); returns the number of runs.
    /// </summary>
    public static int Find(ReadOnlySpan<char> text, Span<char> folded, Span<(int Start, int End)> runs)
    {
        var blocks = (text.Length + 63) >> 6;
        Span<ulong> letters = blocks <= 16 ? stackalloc ulong[blocks] : new ulong[blocks];
        Classify(text, folded, letters);
        folded.Slice(text.Length, Padding).Clear();

        var count = 0;
        var start = -1;
        for (var block = 0; block < blocks; block++)
        {
            var bits = letters[block];
            // The edges in this block: where a run starts (a letter after no letter) or ends (no letter after a letter).
            var previous = block > 0 ? letters[block - 1] >> 63 : 0;
            var edges = bits ^ ((bits << 1) | previous);
            for (; edges != 0; edges &= edges - 1)
            {
                var at = (block << 6) + BitOperations.TrailingZeroCount(edges);
                if (start < 0) start = at;
                else
                {
                    runs[count++] = (start, at);
                    start = -1;
                }
            }
        }
        if (start >= 0) runs[count++] = (start, text.Length);
        return count;
    }

    /// <summary>Sets the bit of each letter or digit of the text (bit i of block i / 64) and writes its folded characters.</summary>
    private static void Classify(ReadOnlySpan<char> text, Span<char> folded, Span<ulong> letters)
    {
        letters.Clear();
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(folded));
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var chars = Vector128.LoadUnsafe(ref source, (nuint)i);
                var lower = chars | Vector128.Create((ushort)0x20);
                var letter = Vector128.LessThanOrEqual(lower - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
                var digit = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
                Vector128.ConditionalSelect(letter, lower, chars).StoreUnsafe(ref target, (nuint)i);
                var bits = (letter | digit).ExtractMostSignificantBits();
                // Outside ASCII neither test holds (and the character stays itself): Unicode says whether it is a letter.
                var outside = Vector128.GreaterThanOrEqual(chars, Vector128.Create((ushort)128)).ExtractMostSignificantBits();
                for (; outside != 0; outside &= outside - 1)
                {
                    var lane = BitOperations.TrailingZeroCount(outside);
                    if (char.IsLetterOrDigit(text[i + lane])) bits |= 1u << lane;
                }
                letters[i >> 6] |= (ulong)bits << (i & 63);
            }
        }
        for (; i < text.Length; i++)
        {
            var c = text[i];
            folded[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            if (char.IsLetterOrDigit(c)) letters[i >> 6] |= 1UL << i;
        }
    }

    /// <summary>A hash of <paramref name="length"/> folded characters from <paramref name="start"/>, read four at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<char> folded, int start, int length) => WordHash.OfLowered(folded, start, start + length);

    /// <summary>The <see cref="Hash"/> of a lower-case word.</summary>
    public static uint Hash(string word) => WordHash.Of(word);
}
