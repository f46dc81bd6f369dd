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

    /// <summary>The sentences of the document's body, in order; removed text is never part of one.</summary>
    public List<TextSpan> Split(Document document)
    {
        var sentences = new List<TextSpan>();
        foreach (var body in document.BodySpans())
            Split(document.Text, body, sentences);
        return sentences;
    }

    public void Split(string text, TextSpan range, List<TextSpan> into)
    {
        var start = -1;
        for (var i = range.Start; i < range.End; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Close(text, start, i, into);
                start = -1;
                continue;
            }
            if (start < 0)
            {
                if (char.IsWhiteSpace(c)) continue;
                start = i;
            }
            if (c is '.' or '!' or '?' && EndsSentence(text, start, i, range.End, out var end))
            {
                Close(text, start, end, into);
                start = -1;
                i = end - 1;
            }
        }
        Close(text, start, range.End, into);
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
