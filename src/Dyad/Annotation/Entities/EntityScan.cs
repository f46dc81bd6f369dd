using System.Buffers;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Annotation.Entities;

/// <summary>
/// The working state of one document's entity pass: the body's tokens, the knowledge-base names
/// found in it (and which token each covers), the sentence starts, and the candidates found so far.
/// Made per document, so the stage itself holds no per-document state.
/// </summary>
internal sealed class EntityScan : IDisposable
{
    private Token[] _tokens;
    private readonly int _tokenCount;

    public EntityScan(Document document, KnowledgeBase knowledge, EntityLexicon lexicon)
    {
        Text = document.Text;
        Knowledge = knowledge;
        Lexicon = lexicon;
        var bodies = document.BodySpans();
        var bodyLength = 0;
        foreach (var body in bodies) bodyLength += body.Length;
        // English runs about five characters a token: sized once, the buffer rarely grows. Pooled: returned by Dispose.
        _tokens = ArrayPool<Token>.Shared.Rent(bodyLength / 4 + 16);
        (Matches, Candidates) = t_lists ?? ([], []);
        t_lists = null; // in use until Dispose gives them back
        var runs = WordRunIndex.Begin(document); // for the events' pre-test, which reads the same words
        foreach (var body in bodies)
            WordTokens.Tokenize(Text, body, lexicon.Classes, knowledge.Matcher, ref _tokens, ref _tokenCount, Matches, runs);
        runs.Complete();
        var at = 0;
        for (var t = 0; t < _tokenCount && at < Matches.Count; t++)
        {
            ref var token = ref _tokens[t];
            while (at < Matches.Count && Matches[at].End <= token.Start) at++;
            if (at < Matches.Count && Matches[at].Start < token.End) token = token with { Knowledge = at };
        }
        SentenceStarts = new int[document.Sentences.Count];
        for (var i = 0; i < SentenceStarts.Length; i++) SentenceStarts[i] = document.Sentences[i].Start;
    }

    /// <summary>
    /// The lists of the last scan the thread disposed, cleared, for its next one: made afresh for each document, they were
    /// 8% of the bytes a run allocates.
    /// </summary>
    [ThreadStatic] private static (List<KnowledgeMatch> Matches, List<MentionCandidate> Candidates)? t_lists;

    public string Text { get; }

    public KnowledgeBase Knowledge { get; }

    public EntityLexicon Lexicon { get; }

    /// <summary>The body's tokens, in text order.</summary>
    public ReadOnlySpan<Token> Tokens => new(_tokens, 0, _tokenCount);

    public int TokenCount => _tokenCount;

    /// <summary>Knowledge-base names in the body, in text order.</summary>
    public List<KnowledgeMatch> Matches { get; }

    /// <summary>Sentence starts in text order (empty when the sentence stage did not run).</summary>
    public int[] SentenceStarts { get; }

    public List<MentionCandidate> Candidates { get; }

    public ReadOnlySpan<char> Word(int token) => Text.AsSpan(_tokens[token].Start, _tokens[token].Length);

    public bool IsWord(int token, string word) =>
        token >= 0 && token < _tokenCount && _tokens[token].Kind == TokenKind.Word && Word(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>A word of one of the classes (see <see cref="WordClass"/>).</summary>
    public bool Is(int token, WordClass classes) => token >= 0 && token < _tokenCount && _tokens[token].Is(classes);

    public bool IsPunctuation(int token, char c) =>
        token >= 0 && token < _tokenCount && _tokens[token].Kind == TokenKind.Punctuation && Text[_tokens[token].Start] == c;

    /// <summary>The knowledge-base name covering the token, if any.</summary>
    public KnowledgeMatch? KnowledgeAt(int token) =>
        token >= 0 && token < _tokenCount && _tokens[token].Knowledge >= 0 ? Matches[_tokens[token].Knowledge] : null;

    /// <summary>True when a knowledge-base name covers the token.</summary>
    public bool IsKnown(int token) => token >= 0 && token < _tokenCount && _tokens[token].Knowledge >= 0;

    /// <summary>The first token at or after the offset.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = _tokenCount;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The token holding the offset (or the last one starting before it).</summary>
    public int TokenHolding(int offset) => Math.Max(0, TokenAt(offset + 1) - 1);

    /// <summary>A word that begins with a capital letter ("Topychkanov", "JMCC", "Russia-Pakistan").</summary>
    public bool IsCapitalized(int token) => Is(token, WordClass.Capitalized);

    /// <summary>True when the token opens a sentence.</summary>
    public bool StartsSentence(int token)
    {
        var start = _tokens[token].Start;
        return token == 0 || _tokens[token].BreakBefore || Array.BinarySearch(SentenceStarts, start) >= 0;
    }

    /// <summary>The offset where the sentence holding the offset starts (the body start when sentences are unknown).</summary>
    public int SentenceStartOf(int offset)
    {
        var i = Array.BinarySearch(SentenceStarts, offset);
        if (i >= 0) return SentenceStarts[i];
        i = ~i - 1;
        return i >= 0 ? SentenceStarts[i] : 0;
    }

    /// <summary>The text of a span with white-space runs folded to one space: a name as the document writes it.</summary>
    public string NameText(int start, int end)
    {
        var span = Text.AsSpan(start, end - start);
        if (IsSpacedOnce(span)) return span.ToString();
        return string.Join(' ', span.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>True when the words of the span stand one space apart, as <see cref="NameText"/> writes them.</summary>
    public static bool IsSpacedOnce(ReadOnlySpan<char> span) =>
        span.IndexOfAny('\n', '\r', '\t') < 0 && !span.Contains("  ", StringComparison.Ordinal);

    /// <summary>Gives the token buffer back to the pool, and the lists to the thread's next scan: the scan is not used after.</summary>
    public void Dispose()
    {
        if (_tokens.Length > 0) ArrayPool<Token>.Shared.Return(_tokens);
        _tokens = [];
        Matches.Clear();
        Candidates.Clear();
        t_lists = (Matches, Candidates);
    }
}
