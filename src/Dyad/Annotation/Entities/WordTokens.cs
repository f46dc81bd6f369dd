using System.Buffers;
using System.Runtime.CompilerServices;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Annotation.Entities;

/// <summary>What a token is, as far as names care.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, with digits, inner hyphens and apostrophes ("Topychkanov", "Russia-Pakistan", "JF-17", "d'Affaires").</summary>
    Word,

    /// <summary>Starts with a digit ("2018", "66", "10pm").</summary>
    Number,

    /// <summary>The possessive ending "'s" / "’s", split from its word so "Russia’s" names Russia.</summary>
    Possessive,

    /// <summary>Any other single character but white space.</summary>
    Punctuation,
}

/// <summary>
/// A token of the original text: its span, its kind, whether a line break stands before it, the classes of a word
/// (none for other kinds), and the knowledge-base name covering it (an index into the scan's matches, or -1).
/// </summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, bool BreakBefore, WordClass Class = WordClass.None, int Knowledge = -1)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    public bool Is(WordClass classes) => (Class & classes) != 0;
}

/// <summary>
/// Splits a range of text into the tokens the name rules walk over, classifying each word as it reads it, and
/// finds the knowledge-base names of the range in the same pass: a name starts where a word does.
/// </summary>
internal static class WordTokens
{
    /// <summary>
    /// Appends the range's tokens to <paramref name="tokens"/>[<paramref name="count"/>..], replacing the array by a
    /// larger one from the shared pool when it fills (the old one, if not empty, goes back to the pool: it must come from it), and the names of the range
    /// to <paramref name="names"/>, leftmost-longest as <see cref="KnowledgeMatcher.Match(ReadOnlySpan{char}, List{KnowledgeMatch})"/>
    /// finds them, with offsets into <paramref name="text"/>. Every run of letters and digits of the range goes to
    /// <paramref name="runs"/>, when given, with the hash the name search made of it.
    /// </summary>
    public static void Tokenize(string text, TextSpan range, FoldedWordTable<WordClass> classes, KnowledgeMatcher matcher,
        ref Token[] tokens, ref int count, List<KnowledgeMatch> names, WordRunIndex? runs = null)
    {
        // Locals, not the ref parameters, in the loop: the JIT keeps them in registers.
        var buffer = tokens;
        var n = count;
        runs?.BeginRange(range);
        var scope = new NameScope(text.AsSpan(range.Start, range.Length), range.Start, matcher, names, runs);
        var breakBefore = true;
        var i = range.Start;
        var s = text.AsSpan(0, range.End);
        while (i < s.Length)
        {
            var c = s[i];
            if (c == ' ' || char.IsWhiteSpace(c))
            {
                if (c == '\n') breakBefore = true;
                i++;
                continue;
            }
            if (n + 2 > buffer.Length) Grow(ref buffer, n);
            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                // The word's runs of letters and digits, joined by hyphens or apostrophes ("Russia-Pakistan", "d'Affaires"),
                // are where names may start; each is hashed once its end is found.
                var hasLower = false;
                var hyphenated = false;
                var wordAscii = true;
                var partStart = i;
                var partAscii = true;
                i = LetterDigitRuns.End(s, i, ref hasLower, ref partAscii);
                while (i + 1 < s.Length && IsJoiner(s[i]) && char.IsLetterOrDigit(s[i + 1]) && !IsPossessiveAt(s, i))
                {
                    scope.TryNameAt(s, partStart, i, partAscii);
                    hyphenated |= !IsApostrophe(s[i]);
                    wordAscii &= partAscii && s[i] < 128;
                    partStart = ++i;
                    partAscii = true;
                    i = LetterDigitRuns.End(s, i, ref hasLower, ref partAscii);
                }
                wordAscii &= partAscii;
                var partHash = scope.TryNameAt(s, partStart, i, partAscii);
                var wordClass = WordClass.None;
                var kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
                if (kind == TokenKind.Word)
                {
                    // A word of one ASCII run was hashed for names already: the table folds such a word as the matcher does.
                    var hash = !wordAscii ? FoldedWordTable<WordClass>.Hash(s[start..i]) : partStart == start ? partHash : WordHash.OfLowered(s, start, i);
                    wordClass = classes.TryGetValue(s[start..i], hash, out var known) ? known : WordClass.None;
                    if (char.IsUpper(c)) wordClass |= WordClass.Capitalized;
                    if (hasLower) wordClass |= WordClass.HasLowerCase;
                    if (hyphenated) wordClass |= WordClass.Hyphenated;
                }
                buffer[n++] = new Token(start, i, kind, breakBefore, wordClass);
                if (IsPossessiveAt(s, i))
                {
                    buffer[n++] = new Token(i, i + 2, TokenKind.Possessive, false);
                    scope.TryNameAt(s, i + 1, i + 2, ascii: true);
                    i += 2;
                }
            }
            else
            {
                i++;
                buffer[n++] = new Token(start, i, TokenKind.Punctuation, breakBefore);
            }
            breakBefore = false;
        }
        tokens = buffer;
        count = n;
    }

    /// <summary>
    /// The knowledge-base names of one range, found word by word as the tokenizer reaches each word start; and the
    /// range's runs of letters and digits, each of which it is asked about, for the index when there is one.
    /// </summary>
    private ref struct NameScope(ReadOnlySpan<char> range, int offset, KnowledgeMatcher matcher, List<KnowledgeMatch> names, WordRunIndex? runs)
    {
        private readonly ReadOnlySpan<char> _range = range;
        private int _matchedUntil;

        /// <summary>
        /// Tries a name at the run of letters and digits <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>]
        /// (offsets into the text; <paramref name="ascii"/> when all ASCII) unless it is inside a name found before; returns
        /// the run's <see cref="KnowledgeMatcher.RunHash"/>. The tokenizer asks about every run of the range, whole.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public uint TryNameAt(ReadOnlySpan<char> text, int start, int end, bool ascii)
        {
            var hash = KnowledgeMatcher.RunHash(text, start, end, ascii);
            runs?.Add(start, end, hash, ascii);
            if (start - offset >= _matchedUntil && matcher.MayStartName(hash)) MatchAt(start - offset, end - offset, hash);
            return hash;
        }

        private void MatchAt(int at, int end, uint firstWordHash)
        {
            if (!matcher.TryMatchWord(_range, at, end, firstWordHash, out var match)) return;
            names.Add(match with { Start = match.Start + offset, End = match.End + offset });
            _matchedUntil = match.End;
        }
    }

    private static void Grow(ref Token[] tokens, int count)
    {
        var larger = ArrayPool<Token>.Shared.Rent(Math.Max(64, tokens.Length * 2));
        tokens.AsSpan(0, count).CopyTo(larger);
        if (tokens.Length > 0) ArrayPool<Token>.Shared.Return(tokens);
        tokens = larger;
    }

    // These three run a character at a time: a native build does not inline them unasked.

    /// <summary>"’s" or "'s" ending a word: an apostrophe, an s, then no more letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPossessiveAt(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && IsApostrophe(text[i]) && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsJoiner(char c) => c is '-' or '\u2010' or '\u2011' || IsApostrophe(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
