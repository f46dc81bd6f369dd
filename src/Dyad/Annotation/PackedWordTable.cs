using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dyad.Annotation;

/// <summary>
/// Words of one to eight ASCII letters with a value each, looked up case-insensitively by the word itself packed
/// into a <see cref="ulong"/>: its letters upper-cased, a byte each, the first in the lowest byte. A scan reads the
/// packed word of up to eight characters at once (<see cref="ReadRun"/>) instead of hashing them one after another,
/// and a key is the word, so a lookup compares one number. Open addressing; immutable once built.
/// </summary>
internal sealed class PackedWordTable<TValue>
{
    /// <summary>The longest word a key holds.</summary>
    public const int MaxLength = 8;

    private readonly ulong[] _keys;
    private readonly TValue[] _values;
    private readonly int _shift;

    /// <summary>A bit a slot, set when it holds a word: most words of a text find their slot empty in a few hundred bytes that stay cached, where the keys (kilobytes) missed the cache.</summary>
    private readonly ulong[] _taken;

    /// <param name="entries">Distinct words (case ignored) with their values; words that are longer or hold other characters than ASCII letters are left out.</param>
    public PackedWordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var words = entries.Where(entry => entry.Key.Length is > 0 and <= MaxLength && entry.Key.All(char.IsAsciiLetter)).ToList();
        var bits = 4;
        while (1 << bits < words.Count * 4) bits++; // a quarter full: most misses end at an empty slot at once
        _keys = new ulong[1 << bits];
        _values = new TValue[1 << bits];
        _taken = new ulong[Math.Max(1, (1 << bits) / 64)];
        _shift = 64 - bits;
        foreach (var (word, value) in words)
        {
            var key = Pack(word);
            var at = SlotOf(key);
            while (_keys[at] != 0)
            {
                if (_keys[at] == key) throw new ArgumentException($"'{word}' is in the table twice", nameof(entries));
                at = (at + 1) & (_keys.Length - 1);
            }
            _keys[at] = key;
            _values[at] = value;
            _taken[at >> 6] |= 1UL << at;
        }
    }

    /// <summary>The key of a word of one to eight ASCII letters.</summary>
    public static ulong Pack(ReadOnlySpan<char> word)
    {
        var key = 0UL;
        for (var i = word.Length - 1; i >= 0; i--) key = key << 8 | (byte)(word[i] & ~0x20);
        return key;
    }

    /// <summary>
    /// The length of the run of ASCII letters starting at <paramref name="at"/>, counted up to eight, and its key
    /// (meaningful when the run is shorter than eight: a run of eight may go on). Needs eight characters from <paramref name="at"/> on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ReadRun(ReadOnlySpan<char> text, int at, out ulong key)
    {
        var chars = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)at);
        // A letter lower-cased by its 0x20 bit lies in 'a'..'z'; no other UTF-16 unit does.
        var letters = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var length = BitOperations.TrailingZeroCount(~letters.ExtractMostSignificantBits());
        var bytes = Vector128.Narrow(chars & Vector128.Create((ushort)0xDF), chars).AsUInt64().ToScalar();
        key = length >= MaxLength ? bytes : bytes & ((1UL << (length * 8)) - 1);
        return length;
    }

    /// <summary>Looks up the word with key <paramref name="key"/> (not 0: the empty word is in no table).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ulong key, out TValue value)
    {
        var at = SlotOf(key);
        if ((_taken[at >> 6] & (1UL << at)) == 0)
        {
            value = default!;
            return false;
        }
        var mask = _keys.Length - 1;
        for (; _keys[at] is var found and not 0; at = (at + 1) & mask)
            if (found == key)
            {
                value = _values[at];
                return true;
            }
        value = default!;
        return false;
    }

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
