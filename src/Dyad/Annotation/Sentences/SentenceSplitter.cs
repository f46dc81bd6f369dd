using System.Buffers;
using System.Collections.Frozen;
using Dyad.Documents;

namespace Dyad.Annotation.Sentences;

/// <summary>
/// Splits body text into sentences. A line break ends a sentence (scraped articles put one paragraph
/// a line, and headings stand alone); inside a line, '.', '!' or '?' ends one when what follows opens
/// a new sentence and the word before is not an abbreviation, an initial or part of a number.
/// </summary>
public sealed class SentenceSplitter
{
    public static SentenceSplitter Default { get; } = new();

    /// <summary>Words that take a period without ending a sentence: titles, ranks, months, Latin forms.</summary>
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "messrs",
        "gen", "lt", "col", "maj", "capt", "cmdr", "cdr", "adm", "brig", "sgt", "cpl", "pvt", "gov", "sen", "rep", "amb", "pres", "hon", "rev",
        "no", "nos", "vol", "pp", "fig", "art", "sec", "dept", "govt", "corp", "inc", "ltd", "co", "bros", "approx", "est",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "vs", "etc", "al", "cf", "viz", "ie", "eg", "ca",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every character <see cref="char.IsWhiteSpace"/> holds white space.</summary>
    private static readonly SearchValues<char> WhiteSpace =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    /// <summary>Where a sentence may end: a line break or a sentence mark.</summary>
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n\r.!?");

    /// <summary>The sentences of the document's body, in order; removed text is never part of one.</summary>
    public List<TextSpan> Split(Document document)
    {
        var sentences = new List<TextSpan>();
        Split(document, sentences);
        return sentences;
    }

    /// <summary>Adds the sentences of the document's body to <paramref name="into"/>, in order.</summary>
    public void Split(Document document, List<TextSpan> into)
    {
        foreach (var body in document.BodySpans())
            Split(document.Text, body, into);
    }

    public void Split(string text, TextSpan range, List<TextSpan> into)
    {
        var at = range.Start;
        while (true)
        {
            // A sentence starts at the first character that is not white space, and runs to a line break or the mark that ends it.
            var skipped = text.AsSpan(at, range.End - at).IndexOfAnyExcept(WhiteSpace);
            if (skipped < 0) return;
            var start = at + skipped;
            var scan = start;
            while (true)
            {
                var found = text.AsSpan(scan, range.End - scan).IndexOfAny(Breaks);
                if (found < 0)
                {
                    Close(text, start, range.End, into);
                    return;
                }
                var mark = scan + found;
                if (text[mark] is '\n' or '\r')
                {
                    Close(text, start, mark, into);
                    at = mark + 1;
                    break;
                }
                if (EndsSentence(text, start, mark, range.End, out var end))
                {
                    Close(text, start, end, into);
                    at = end;
                    break;
                }
                scan = mark + 1;
            }
        }
    }

    private static bool EndsSentence(string text, int sentenceStart, int mark, int limit, out int end)
    {
        end = mark + 1;
        // Closing marks and quotes stay with the sentence they end: ?!  ."  .’  .)
        while (end < limit && (text[end] is '.' or '!' or '?' or '"' or '\'' or '’' or '”' or ')' or ']'))
            end++;
        if (end >= limit) return true;
        if (!char.IsWhiteSpace(text[end])) return false; // "U.S.", "3.5", "e.g.x"
        var next = end;
        while (next < limit && text[next] is ' ' or '\t' or '\u00A0') next++;
        if (next >= limit || text[next] is '\n' or '\r') return true;
        var opener = text[next];
        if (!(char.IsUpper(opener) || char.IsDigit(opener) || opener is '"' or '“' or '‘' or '\'' or '(' or '—' or '–'))
            return false;
        return text[mark] != '.' || !IsAbbreviation(text, sentenceStart, mark);
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && char.IsLetter(text[wordStart - 1])) wordStart--;
        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "Donald J. Trump"
        if (wordStart > 0 && text[wordStart - 1] == '.') return true; // the last letter of "U.S." or "a.m."
        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void Close(string text, int start, int end, List<TextSpan> into)
    {
        if (start < 0) return;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) into.Add(new TextSpan(start, end));
    }
}
