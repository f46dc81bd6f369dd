using System.Collections;
using System.Collections.Frozen;

namespace Dyad.Annotation.Events;

/// <summary>
/// Phrases of lower-case words (hedges, pair phrases), in their list's order, found at a token of a clause text by its word:
/// a token looks up the phrases that start with it instead of comparing its word with the first word of every phrase.
/// </summary>
internal sealed class WordPhrases : IEnumerable<string[]>
{
    private readonly string[][] _phrases;
    private readonly FrozenDictionary<string, string[][]> _byFirstWord;

    public WordPhrases(IEnumerable<string[]> phrases)
    {
        _phrases = [.. phrases.Where(phrase => phrase.Length > 0)];
        _byFirstWord = _phrases.GroupBy(phrase => phrase[0], StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// True when a phrase's words stand at <paramref name="token"/> on (<see cref="ClauseText.WordsAt"/>) and end at
    /// <paramref name="last"/> or before.
    /// </summary>
    public bool AnyAt(ClauseText text, int token, int last = int.MaxValue)
    {
        if (token < 0 || token >= text.Tokens.Count || !_byFirstWord.TryGetValue(text.Tokens[token].Lower, out var phrases)) return false;
        foreach (var phrase in phrases)
            if (token + phrase.Length - 1 <= last && text.WordsAt(token, phrase)) return true;
        return false;
    }

    public IEnumerator<string[]> GetEnumerator() => ((IEnumerable<string[]>)_phrases).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
