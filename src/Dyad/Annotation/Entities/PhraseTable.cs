using System.Collections.Frozen;

namespace Dyad.Annotation.Entities;

/// <summary>
/// Phrases of one or more words ("Gen", "Col Gen", "Chief of Army Staff"), each with an optional tag,
/// matched against tokens case-insensitively, word by word; a dot right after a short word is skipped,
/// so "Col. Gen." matches "Col Gen". Longest phrase first. Immutable; safe to share across threads.
/// </summary>
internal sealed class PhraseTable
{
    private readonly FrozenDictionary<string, Phrase[]> _byFirstWord;
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Longest word whose dot is taken for an abbreviation's ("Gen.", "Prof."); after a longer one it ends a sentence.</summary>
    private const int MaxAbbreviationLength = 4;

    private sealed record Phrase(string[] Words, string Tag);

    public PhraseTable(IEnumerable<(string Phrase, string Tag)> phrases)
    {
        var byFirst = new Dictionary<string, List<Phrase>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (text, tag) in phrases)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(w => w.TrimEnd('.')).ToArray();
            if (words.Length == 0) continue;
            if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
            list.Add(new Phrase(words, tag));
            MaxWords = Math.Max(MaxWords, words.Length);
        }
        _byFirstWord = byFirst.ToFrozenDictionary(
            p => p.Key, p => p.Value.OrderByDescending(x => x.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The words phrases start with: a word outside them starts no phrase.</summary>
    public IEnumerable<string> FirstWords => _byFirstWord.Keys;

    /// <summary>The phrases of one word.</summary>
    public IEnumerable<string> SingleWords => _byFirstWord.Where(p => p.Value.Any(x => x.Words.Length == 1)).Select(p => p.Key);

    /// <summary>The most words a phrase has.</summary>
    public int MaxWords { get; }

    /// <summary>
    /// How many tokens from <paramref name="at"/> the longest phrase there covers (dots after its words
    /// included), or 0; <paramref name="tag"/> is that phrase's tag. A phrase does not run across a line break.
    /// </summary>
    public int Match(string text, ReadOnlySpan<Token> tokens, int at, out string tag)
    {
        tag = "";
        if (at < 0 || at >= tokens.Length || tokens[at].Kind != TokenKind.Word) return 0;
        if (!_lookup.TryGetValue(text.AsSpan(tokens[at].Start, tokens[at].Length), out var phrases)) return 0;
        foreach (var phrase in phrases)
        {
            var k = at;
            var matched = true;
            foreach (var word in phrase.Words)
            {
                if (k >= tokens.Length || tokens[k].Kind != TokenKind.Word || (k > at && tokens[k].BreakBefore)
                    || !text.AsSpan(tokens[k].Start, tokens[k].Length).Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    matched = false;
                    break;
                }
                k++;
                if (word.Length <= MaxAbbreviationLength && IsAdjacentDot(text, tokens, k)) k++;
            }
            if (!matched) continue;
            tag = phrase.Tag;
            return k - at;
        }
        return 0;
    }

    public int Match(string text, ReadOnlySpan<Token> tokens, int at) => Match(text, tokens, at, out _);

    /// <summary>True when a phrase ends just before token <paramref name="end"/> (the tokens before it form one).</summary>
    public bool EndsBefore(string text, ReadOnlySpan<Token> tokens, int end)
    {
        for (var start = end - 1; start >= 0 && start >= end - 2 * MaxWords; start--)
            if (Match(text, tokens, start) == end - start) return true;
        return false;
    }

    /// <summary>A '.' written right after the previous token, as after an abbreviation ("Gen.").</summary>
    public static bool IsAdjacentDot(string text, ReadOnlySpan<Token> tokens, int k) =>
        k < tokens.Length && tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == '.' && tokens[k].Start == tokens[k - 1].End;
}
