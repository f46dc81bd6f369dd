using System.Runtime.CompilerServices;

namespace Dyad.Annotation.Entities;

/// <summary>
/// What the entity rules know about one word: the lexicon lists it is in, and its shape. Worked out once
/// a token, when the text is tokenized, so the rules test a bit where they would look a word up.
/// </summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,

    /// <summary>Starts with a capital letter.</summary>
    Capitalized = 1 << 0,

    /// <summary>Has a lower-case letter.</summary>
    HasLowerCase = 1 << 1,

    /// <summary>First word of a title ("Col" of "Col Gen").</summary>
    TitleFirstWord = 1 << 2,

    /// <summary>First word of a title modifier ("Deputy", "Defence").</summary>
    ModifierFirstWord = 1 << 3,

    /// <summary>A title of one word ("General", "Minister").</summary>
    TitleWord = 1 << 4,

    PersonRole = 1 << 5,
    SpeechVerb = 1 << 6,
    NameParticle = 1 << 7,
    FunctionWord = 1 << 8,
    CalendarWord = 1 << 9,
    GenericBodyWord = 1 << 10,

    /// <summary>Head of a body's name that gives ORG ("Institute").</summary>
    OrgHead = 1 << 11,

    /// <summary>Head of a body's name that gives PROGRAM ("Programme").</summary>
    ProgramHead = 1 << 12,

    /// <summary>
    /// Never part of a personal name: function, institution and calendar words, one-word titles and title modifiers,
    /// person roles and heads of body names.
    /// </summary>
    NeverInNames = 1 << 13,

    /// <summary>Has a dash between two of its letters ("al-Alfi", "Russia-Pakistan").</summary>
    Hyphenated = 1 << 14,

    /// <summary>A word that may open a title: a first word of a title or modifier, or a person role.</summary>
    TitleStart = TitleFirstWord | ModifierFirstWord | PersonRole,

    BodyHead = OrgHead | ProgramHead,
}

/// <summary>
/// The lexicon's words with their classes, looked up case-insensitively by a hash the tokenizer folds as it
/// reads a word's characters: no second pass over the word, no allocation. Open addressing; immutable once built.
/// </summary>
internal sealed class WordClassTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    private readonly record struct Slot(uint Hash, string? Word, WordClass Class);

    public WordClassTable(IEnumerable<KeyValuePair<string, WordClass>> words)
    {
        var merged = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, cls) in words)
            merged[word] = merged.GetValueOrDefault(word) | cls;
        var size = 16;
        while (size < merged.Count * 4) size <<= 1; // a quarter full: a miss ends at once
        _slots = new Slot[size];
        _mask = size - 1;
        foreach (var (word, cls) in merged)
        {
            var hash = Hash(word);
            var at = (int)hash & _mask;
            while (_slots[at].Word is not null) at = (at + 1) & _mask;
            _slots[at] = new Slot(hash, word, cls);
        }
    }

    public const uint HashSeed = 2166136261;

    /// <summary>Adds a character to a word's hash, folded as <see cref="StringComparison.OrdinalIgnoreCase"/> folds it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint hash, char c)
    {
        if (c < 128) c = c is >= 'a' and <= 'z' ? (char)(c & ~0x20) : c;
        else c = char.ToUpperInvariant(c);
        return (hash ^ c) * 16777619;
    }

    /// <summary><see cref="HashStep"/> for a character known to be an ASCII letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStepAsciiLetter(uint hash, char c) => (hash ^ (uint)(c & ~0x20)) * 16777619;

    public static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = HashSeed;
        foreach (var c in word) hash = HashStep(hash, c);
        return hash;
    }

    /// <summary>The classes of the word whose hash is <paramref name="hash"/> (from <see cref="HashStep"/>); None when unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordClass Find(ReadOnlySpan<char> word, uint hash) =>
        _slots[(int)hash & _mask].Word is null ? WordClass.None : Probe(word, hash); // most words: an empty slot at once

    private WordClass Probe(ReadOnlySpan<char> word, uint hash)
    {
        var at = (int)hash & _mask;
        while (_slots[at].Word is { } candidate)
        {
            if (_slots[at].Hash == hash && word.Equals(candidate, StringComparison.OrdinalIgnoreCase)) return _slots[at].Class;
            at = (at + 1) & _mask;
        }
        return WordClass.None;
    }

    public WordClass Find(ReadOnlySpan<char> word) => Find(word, Hash(word));
}
