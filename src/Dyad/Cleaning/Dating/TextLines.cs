using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Dyad.Documents;

namespace Dyad.Cleaning.Dating;

/// <summary>A non-empty line of a document: its span (trimmed) and whether cleaning marked it as site chrome.</summary>
internal readonly record struct TextLine(TextSpan Span, bool IsChrome);

internal static class TextLines
{
    /// <summary>The document's non-empty lines in order; a line is chrome when a boilerplate or duplicate removal covers it.</summary>
    public static List<TextLine> Of(Document document)
    {
        var chrome = Document.Merge(document.Removed, r => r.Reason != RemovalReason.Metadata);
        var lines = new List<TextLine>();
        foreach (var span in PageLine.Spans(document.Text))
            lines.Add(new TextLine(span, IsChrome(chrome, span)));
        return lines;
    }

    /// <summary>True when one merged chrome range covers the whole line.</summary>
    private static bool IsChrome(List<TextSpan> chrome, TextSpan line) =>
        Document.SpanAt(chrome, line.Start) is var at and >= 0 && chrome[at].Contains(line);

    /// <summary>
    /// The sentence around an offset: from the previous sentence end (a '.', '!' or '?' and a space) or line start to the
    /// next ('.', '!' or '?' before white space or the end) or line end. The marks and line breaks are searched for, not
    /// each character stepped over: a date's sentence is read for each date of it.
    /// </summary>
    public static TextSpan SentenceAround(string text, TextSpan span)
    {
        var start = 0;
        for (var before = span.Start; text.AsSpan(0, before).LastIndexOfAny(SentenceBreaks) is var at and >= 0; before = at)
        {
            if (text[at] == '\n' || (at + 2 <= span.Start && text[at + 1] == ' '))
            {
                start = text[at] == '\n' ? at + 1 : at + 2;
                break;
            }
        }
        var end = text.Length;
        for (var from = span.End; text.AsSpan(from).IndexOfAny(SentenceBreaks) is var next and >= 0; from += next + 1)
        {
            var at = from + next;
            if (text[at] == '\n' || at + 1 == text.Length || char.IsWhiteSpace(text[at + 1]))
            {
                end = at;
                break;
            }
        }
        return new TextSpan(start, end);
    }

    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create("\n.!?");

    /// <summary>
    /// Whether the line has at least <paramref name="count"/> (one or more) words of letters, a date's digits not counting:
    /// they do not make a stamp into a sentence. Reads only as far as it takes to tell, eight characters at a time while
    /// they are ASCII: a header line of prose is read for 21 words.
    /// </summary>
    public static bool HasWords(ReadOnlySpan<char> line, int count)
    {
        var found = 0;
        var inWord = 0u; // 1 when the character before is a letter
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(line));
            for (; i + Vector128<ushort>.Count <= line.Length; i += Vector128<ushort>.Count)
            {
                var chars = Vector128.LoadUnsafe(ref source, (nuint)i);
                if (Vector128.GreaterThanOrEqualAny(chars, Vector128.Create((ushort)128))) break; // Unicode says what is a letter
                var letters = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')))
                    .ExtractMostSignificantBits();
                found += BitOperations.PopCount(letters & ~((letters << 1) | inWord));
                if (found >= count) return true;
                inWord = letters >> (Vector128<ushort>.Count - 1);
            }
        }
        var previousIsLetter = inWord != 0;
        foreach (var c in line[i..])
        {
            var letter = char.IsLetter(c);
            if (letter && !previousIsLetter && ++found >= count) return true;
            previousIsLetter = letter;
        }
        return false;
    }
}
