namespace Dyad.Annotation.Time;

/// <summary>
/// A table of words of ASCII letters, case ignored, looked up by a hash the caller folds while it reads the word's
/// letters: the candidate windows' scan looks up every word of a text, and this way reads each word once.
/// </summary>
internal sealed class AsciiWordTable<TValue>
{
    /// <summary>The hash of the empty word, which <see cref="Fold"/> extends one letter at a time (FNV-1a over lower-case letters).</summary>
    public const uint EmptyHash = 2166136261;

    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;

    /// <param name="entries">Words of ASCII letters with their values; other words cannot be looked up and are left out.</param>
    public AsciiWordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var words = entries.Where(entry => entry.Key.Length > 0 && entry.Key.All(char.IsAsciiLetter)).ToList();
        var size = 16;
        while (size < words.Count * 3) size *= 2; // a third full: a miss ends at an empty slot soon
        _keys = new string?[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (word, value) in words)
        {
            var hash = EmptyHash;
            foreach (var letter in word) hash = Fold(hash, letter);
            var slot = (int)hash & _mask;
            while (_keys[slot] is { } taken)
            {
                if (taken.Equals(word, StringComparison.OrdinalIgnoreCase)) throw new ArgumentException($"'{word}' is in the table twice", nameof(entries));
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = word;
            _values[slot] = value;
        }
    }

    /// <summary>The hash of a word extended by one more ASCII letter, whatever its case.</summary>
    public static uint Fold(uint hash, char letter) => (hash ^ (letter | 0x20u)) * 16777619;

    /// <summary>Looks up <paramref name="word"/> (ASCII letters) by the hash <see cref="Fold"/> gave its letters.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, uint hash, out TValue value)
    {
        for (var slot = (int)hash & _mask; _keys[slot] is { } key; slot = (slot + 1) & _mask)
            if (key.Length == word.Length && word.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                value = _values[slot];
                return true;
            }
        value = default!;
        return false;
    }
}
