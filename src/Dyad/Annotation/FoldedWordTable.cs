using System.Runtime.CompilerServices;

namespace Dyad.Annotation;

/// <summary>
/// Words with a value each, looked up case-insensitively (as <see cref="StringComparison.OrdinalIgnoreCase"/>
/// compares) by a hash the caller computes (<see cref="Hash"/>, or <see cref="WordHash.OfLowered"/> for a word of ASCII
/// letters, digits, hyphens and apostrophes): a scan that looks up every word of a text hashes each once and allocates
/// nothing. Open addressing; immutable once built.
/// </summary>
internal sealed class FoldedWordTable<TValue>
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>
    /// A bit a slot, set when it holds a word: most words of a text find their slot empty, and this says so from a few
    /// hundred bytes that stay in the first-level cache, where the slots (tens of kilobytes) missed it.
    /// </summary>
    private readonly ulong[] _taken;

    private readonly record struct Slot(uint Hash, string? Word, TValue Value);

    /// <param name="entries">Distinct words (case ignored) with their values.</param>
    public FoldedWordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var words = entries.ToList();
        var size = 16;
        while (size < words.Count * 4) size <<= 1; // a quarter full: most misses end at an empty slot at once
        _slots = new Slot[size];
        _taken = new ulong[(size + 63) / 64];
        _mask = size - 1;
        foreach (var (word, value) in words)
        {
            var hash = Hash(word);
            var at = (int)hash & _mask;
            while (_slots[at].Word is { } taken)
            {
                if (taken.Equals(word, StringComparison.OrdinalIgnoreCase)) throw new ArgumentException($"'{word}' is in the table twice", nameof(entries));
                at = (at + 1) & _mask;
            }
            _slots[at] = new Slot(hash, word, value);
            _taken[at >> 6] |= 1UL << at;
        }
    }

    /// <summary>
    /// The hash of a word as the table folds it: each character as <see cref="StringComparison.OrdinalIgnoreCase"/> does
    /// (its upper case), then ASCII letters lower-cased, so that a scan may hash an ASCII word as it stands with
    /// <see cref="WordHash.OfLowered"/>.
    /// </summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        const int OnStack = 64;
        Span<char> folded = word.Length <= OnStack ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i] < 128 ? word[i] : char.ToUpperInvariant(word[i]);
            folded[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
        return WordHash.Of(folded);
    }

    /// <summary>Looks up <paramref name="word"/> by its <see cref="Hash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, uint hash, out TValue value)
    {
        var at = (int)hash & _mask;
        if ((_taken[at >> 6] & (1UL << at)) == 0) // most words: an empty slot at once
        {
            value = default!;
            return false;
        }
        return Probe(word, hash, out value);
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value) => TryGetValue(word, Hash(word), out value);

    private bool Probe(ReadOnlySpan<char> word, uint hash, out TValue value)
    {
        for (var at = (int)hash & _mask; _slots[at].Word is { } candidate; at = (at + 1) & _mask)
            if (_slots[at].Hash == hash && word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                value = _slots[at].Value;
                return true;
            }
        value = default!;
        return false;
    }
}
