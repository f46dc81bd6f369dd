using Dyad.Documents;

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

/// <summary>A token of the original text: its span, its kind, and whether a line break stands before it.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, bool BreakBefore)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);
}

/// <summary>Splits a range of text into the tokens the name rules walk over.</summary>
internal static class WordTokens
{
    public static void Tokenize(string text, TextSpan range, List<Token> into)
    {
        var breakBefore = true;
        var i = range.Start;
        while (i < range.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n') breakBefore = true;
                i++;
                continue;
            }
            var start = i;
            TokenKind kind;
            if (char.IsLetterOrDigit(c))
            {
                kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
                i++;
                while (i < range.End)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d)) i++;
                    else if (IsJoiner(d) && i + 1 < range.End && char.IsLetterOrDigit(text[i + 1]) && !IsPossessiveAt(text, i, range.End)) i += 2;
                    else break;
                }
                into.Add(new Token(start, i, kind, breakBefore));
                if (IsPossessiveAt(text, i, range.End))
                {
                    into.Add(new Token(i, i + 2, TokenKind.Possessive, false));
                    i += 2;
                }
            }
            else
            {
                i++;
                into.Add(new Token(start, i, TokenKind.Punctuation, breakBefore));
            }
            breakBefore = false;
        }
    }

    /// <summary>"’s" or "'s" ending a word: an apostrophe, an s, then no more letters.</summary>
    private static bool IsPossessiveAt(string text, int i, int end) =>
        i + 1 < end && IsApostrophe(text[i]) && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]));

    private static bool IsJoiner(char c) => c is '-' or '\u2010' or '\u2011' || IsApostrophe(c);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
