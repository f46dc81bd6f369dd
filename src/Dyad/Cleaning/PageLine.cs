using Dyad.Documents;

namespace Dyad.Cleaning;

/// <summary>A non-empty line of a page: where it stands (trimmed of surrounding space) and what it says.</summary>
public sealed class PageLine
{
    public PageLine(int index, TextSpan span, string text)
    {
        Index = index;
        Span = span;
        Text = text;
        Words = CountWords(text);
        EndsLikeSentence = text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or ':' or ';'
                           && !text.EndsWith("...", StringComparison.Ordinal) && !text.EndsWith('…');
    }

    /// <summary>The line's place among the page's non-empty lines.</summary>
    public int Index { get; }

    public TextSpan Span { get; }

    public string Text { get; }

    /// <summary>Words of letters (a number alone is not a word).</summary>
    public int Words { get; }

    /// <summary>Ends as prose does: a full stop, a question or exclamation mark, a closing quote.</summary>
    public bool EndsLikeSentence { get; }

    /// <summary>Shaped like a paragraph of prose: a sentence of six words or more, or a long line whatever its end.</summary>
    public bool ReadsAsProse => EndsLikeSentence && Words >= 6 || Words >= 15;

    /// <summary>The lines of a text: each non-empty line, trimmed, in order.</summary>
    public static List<PageLine> Split(string text)
    {
        var lines = new List<PageLine>();
        foreach (var span in Spans(text))
            lines.Add(new PageLine(lines.Count, span, text[span.Start..span.End]));
        return lines;
    }

    /// <summary>Where the non-empty lines of a text stand, trimmed of surrounding white space.</summary>
    public static IEnumerable<TextSpan> Spans(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var (s, e) = (start, end);
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) yield return new TextSpan(s, e);
            start = end + 1;
        }
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetter(c);
            if (letter && !inWord) count++;
            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }
        return count;
    }

    public override string ToString() => $"{Index}: {Text}";
}
