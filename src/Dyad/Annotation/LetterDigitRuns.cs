using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dyad.Annotation;

/// <summary>Runs of letters and digits, where words and their parts start and end, read eight ASCII characters at a time.</summary>
internal static class LetterDigitRuns
{
    /// <summary>
    /// Reads the run of letters and digits from <paramref name="i"/>, ASCII ones eight at a time; returns where it ends.
    /// Sets <paramref name="hasLower"/> when a letter of it is lower-case, and clears <paramref name="ascii"/> when a
    /// character of it is outside ASCII.
    /// </summary>
    public static int End(ReadOnlySpan<char> s, int i, ref bool hasLower, ref bool ascii)
    {
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s));
        while (true)
        {
            if (i + Vector128<ushort>.Count <= s.Length)
            {
                var eight = Vector128.LoadUnsafe(ref chars, (nuint)i);
                var lower = Vector128.LessThanOrEqual(eight - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
                var letters = Vector128.LessThanOrEqual((eight | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
                var digits = Vector128.LessThanOrEqual(eight - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
                var length = BitOperations.TrailingZeroCount(~(letters | digits).ExtractMostSignificantBits());
                if ((lower.ExtractMostSignificantBits() & ((1u << length) - 1)) != 0) hasLower = true;
                i += length;
                if (length == Vector128<ushort>.Count) continue;
            }
            else
                for (; i < s.Length && char.IsAsciiLetterOrDigit(s[i]); i++)
                    hasLower |= char.IsAsciiLetterLower(s[i]);
            if (i == s.Length || s[i] < 128 || !char.IsLetterOrDigit(s[i])) return i;
            // A letter or digit outside ASCII: one at a time.
            ascii = false;
            hasLower |= char.IsLower(s[i]);
            i++;
        }
    }
}
