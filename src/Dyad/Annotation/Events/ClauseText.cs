using Dyad.Annotation.Entities;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Annotation.Events;

/// <summary>What a token is: a word (letters and digits, with inner hyphens, dots, commas or apostrophes) or a punctuation mark.</summary>
internal enum TokenKind : byte { Word, Punctuation }

/// <summary>
/// One token of a sentence: offsets into the document text, its lower-cased form, the entity mention it lies in (-1 for none),
/// its clause, and what the event tables make of its word.
/// </summary>
internal readonly record struct Token(int Start, int End, string Lower, TokenKind Kind, int Mention, int Clause, WordRoles Roles = WordRoles.None)
{
    public bool IsWord => Kind == TokenKind.Word;
}

/// <summary>What an entity mention can fill in a trigger pattern or an event's arguments.</summary>
[Flags]
internal enum MentionKind
{
    None = 0,
    Country = 1,
    Person = 2,
    Organization = 4,
    /// <summary>A standing bilateral body: an organization of the knowledge base with two parties.</summary>
    Body = 8,
    Exercise = 16,
    Program = 32,
    Equipment = 64,
    Location = 128,
    /// <summary>A country named by its adjective ('Russian'): a party, never a place.</summary>
    Demonym = 256,
}

/// <summary>An entity mention within a sentence: the entity, the mention, what it can fill, and the tokens it covers.</summary>
internal sealed record MentionRef(Entity Entity, EntityMention Mention, MentionKind Kind, int FirstToken, int LastToken)
{
    public static MentionKind KindOf(Entity entity, string mentionText) => entity.Entry switch
    {
        Country c when c.Demonyms.Contains(mentionText, StringComparer.OrdinalIgnoreCase) => MentionKind.Country | MentionKind.Demonym,
        Country => MentionKind.Country,
        Person => MentionKind.Person,
        Organization { Parties.Count: 2 } => MentionKind.Organization | MentionKind.Body,
        Organization => MentionKind.Organization,
        ExerciseSeries => MentionKind.Exercise | MentionKind.Program,
        Programme => MentionKind.Program,
        Equipment => MentionKind.Equipment,
        Location => MentionKind.Location,
        _ => entity.Type switch
        {
            EntityType.Country => MentionKind.Country,
            EntityType.Person => MentionKind.Person,
            EntityType.Org => MentionKind.Organization,
            EntityType.Program => MentionKind.Program,
            EntityType.Equipment => MentionKind.Equipment,
            EntityType.Location => MentionKind.Location,
            _ => MentionKind.None,
        },
    };
}

/// <summary>
/// A sentence as event reading sees it: its tokens, the entity mentions over them, and its clauses
/// (split at semicolons, colons and clause openers such as 'which' and 'but'), so that arguments and
/// status cues are read where they belong.
/// </summary>
internal sealed class ClauseText
{
    private ClauseText(string text, TextSpan sentence, int index, List<Token> tokens, List<MentionRef> mentions)
    {
        Text = text;
        Sentence = sentence;
        SentenceIndex = index;
        Tokens = tokens;
        Mentions = mentions;
    }

    /// <summary>The document's text: token offsets point into it.</summary>
    public string Text { get; }

    public TextSpan Sentence { get; }

    public int SentenceIndex { get; }

    public List<Token> Tokens { get; }

    public List<MentionRef> Mentions { get; }

    /// <summary>Tokenizes a sentence and lays the given mentions (those inside it, in text order) over its tokens.</summary>
    public static ClauseText Read(string text, TextSpan sentence, int index, IReadOnlyList<(Entity Entity, EntityMention Mention)> mentions, EventVocabulary vocabulary)
    {
        var tokens = new List<Token>(sentence.Length / 4 + 1); // about one token in five characters: rarely grows
        Span<char> lowered = stackalloc char[128];
        var refs = new List<MentionRef>();
        var at = sentence.Start;
        var m = 0;
        var clause = 0;
        while (at < sentence.End)
        {
            var c = text[at];
            if (char.IsWhiteSpace(c)) { at++; continue; }
            int end;
            TokenKind kind;
            if (char.IsLetterOrDigit(c))
            {
                end = WordEnd(text, at, sentence.End);
                kind = TokenKind.Word;
            }
            else if (IsApostrophe(c) && at + 1 < sentence.End && (text[at + 1] is 's' or 'S') && (at + 2 >= sentence.End || !char.IsLetterOrDigit(text[at + 2])))
            {
                end = at + 2; // the possessive 's is a token of its own
                kind = TokenKind.Word;
            }
            else if (char.IsPunctuation(c))
            {
                end = at + 1;
                kind = TokenKind.Punctuation;
            }
            else { at++; continue; } // symbols ($, %, +) carry nothing here

            while (m < mentions.Count && mentions[m].Mention.Span.End <= at) m++;
            if (kind == TokenKind.Word && m < mentions.Count)
            {
                // A word is cut where a mention starts or ends inside it: "Pak-Russia" is two countries, "Russian-made" one.
                var span = mentions[m].Mention.Span;
                if (span.Start > at && span.Start < end) end = span.Start;
                else if (span.Start <= at && span.End < end) end = span.End;
            }

            string lower;
            var roles = WordRoles.None;
            if (kind == TokenKind.Word)
                (lower, roles) = end - at <= lowered.Length ? vocabulary.Find(Normalize(text.AsSpan(at, end - at), lowered)) : (new string(Normalize(text.AsSpan(at, end - at), new char[end - at])), WordRoles.None);
            else lower = Mark(c);
            if (kind == TokenKind.Punctuation ? lower is ";" or ":" : (roles & WordRoles.ClauseOpener) != 0) clause++;

            var mention = -1;
            if (m < mentions.Count && mentions[m].Mention.Span.Start < end)
            {
                var (entity, em) = mentions[m];
                if (refs.Count == 0 || refs[^1].Mention != em)
                    refs.Add(new MentionRef(entity, em, MentionRef.KindOf(entity, em.Text), tokens.Count, tokens.Count));
                else refs[^1] = refs[^1] with { LastToken = tokens.Count };
                mention = refs.Count - 1;
            }
            tokens.Add(new Token(at, end, lower, kind, mention, clause, roles));
            at = end;
        }
        return new ClauseText(text, sentence, index, tokens, refs);
    }

    /// <summary>The clause's first and last token index (inclusive) around a token.</summary>
    public (int First, int Last) ClauseOf(int token)
    {
        var clause = Tokens[token].Clause;
        int first = token, last = token;
        while (first > 0 && Tokens[first - 1].Clause == clause) first--;
        while (last + 1 < Tokens.Count && Tokens[last + 1].Clause == clause) last++;
        return (first, last);
    }

    /// <summary>The original text of tokens first..last.</summary>
    public string Slice(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    /// <summary>True when the words starting at <paramref name="token"/> are <paramref name="words"/> (lower case).</summary>
    public bool WordsAt(int token, string[] words)
    {
        if (token + words.Length > Tokens.Count) return false;
        for (var i = 0; i < words.Length; i++)
            if (!string.Equals(Tokens[token + i].Lower, words[i], StringComparison.Ordinal)) return false;
        return true;
    }

    private static int WordEnd(string text, int start, int limit)
    {
        var end = start + 1;
        while (end < limit)
        {
            var c = text[end];
            if (char.IsLetterOrDigit(c)) { end++; continue; }
            // Inner joiners keep one word: counter-terrorism, 5.43, 1,500, didn't (but not the possessive 's).
            var joins = c is '-' or '\u2010' or '\u2011' or '.' or ',' || (IsApostrophe(c) && !IsPossessive(text, end, limit));
            if (!joins || end + 1 >= limit || !char.IsLetterOrDigit(text[end + 1])) break;
            if (c is '.' or ',' && !(char.IsAsciiDigit(text[end - 1]) && char.IsAsciiDigit(text[end + 1]))) break;
            end++;
        }
        return end;
    }

    private static bool IsPossessive(string text, int at, int limit) =>
        at + 1 < limit && text[at + 1] is 's' or 'S' && (at + 2 >= limit || !char.IsLetterOrDigit(text[at + 2]));

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>The word lower-cased, with typographic apostrophes and hyphens made plain, written to <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> word, Span<char> buffer)
    {
        for (var i = 0; i < word.Length; i++)
            buffer[i] = word[i] switch
            {
                '\u2019' => '\'',
                '\u2010' or '\u2011' => '-',
                var c => char.ToLowerInvariant(c),
            };
        return buffer[..word.Length];
    }

    private static readonly string[] AsciiMarks = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>A punctuation mark as a string, shared for ASCII marks.</summary>
    private static string Mark(char c) => c < AsciiMarks.Length ? AsciiMarks[c] : c.ToString();
}
