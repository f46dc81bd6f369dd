using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Dyad.Documents;

namespace Dyad.Cleaning;

/// <summary>A non-empty line of a page: where it stands (trimmed of surrounding space) and what it says.</summary>
public sealed class PageLine
{
    /// <summary>The text the line's characters are read from: the page's whole text, or the line's own.</summary>
    private readonly string _source;
    private readonly int _offset;
    private readonly int _length;
    private string? _text;

    public PageLine(int index, TextSpan span, string text) : this(index, span, text, 0, text.Length) => _text = text;

    private PageLine(int index, TextSpan span, string source, int offset, int length)
    {
        Index = index;
        Span = span;
        _source = source;
        _offset = offset;
        _length = length;
        var chars = Chars;
        Words = CountWords(chars);
        EndsLikeSentence = EndsAsSentencesDo(chars);
    }

    private static bool EndsAsSentencesDo(ReadOnlySpan<char> chars) =>
        chars.Length > 0 && chars[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or ':' or ';'
        && !chars.EndsWith("...", StringComparison.Ordinal) && !chars.EndsWith('…');

    /// <summary>The line's place among the page's non-empty lines.</summary>
    public int Index { get; }

    public TextSpan Span { get; }

    /// <summary>The line's characters, read in place: no copy is made.</summary>
    public ReadOnlySpan<char> Chars => _source.AsSpan(_offset, _length);

    /// <summary>The line as a string, copied out of the page on first use.</summary>
    public string Text => _text ??= _source.Substring(_offset, _length);

    /// <summary>Words of letters (a number alone is not a word).</summary>
    public int Words { get; }

    /// <summary>Ends as prose does: a full stop, a question or exclamation mark, a closing quote.</summary>
    public bool EndsLikeSentence { get; }

    /// <summary>Shaped like a paragraph of prose: a sentence of six words or more, or a long line whatever its end.</summary>
    public bool ReadsAsProse => EndsLikeSentence && Words >= 6 || Words >= 15;

    /// <summary><see cref="ReadsAsProse"/> of a line's characters, without making a line of them.</summary>
    internal static bool CharsReadAsProse(ReadOnlySpan<char> chars)
    {
        var words = CountWords(chars, atMost: 15); // a long line need not be counted to its end
        return words >= 15 || words >= 6 && EndsAsSentencesDo(chars);
    }

    /// <summary>The lines of a text: each non-empty line, trimmed, in order.</summary>
    public static List<PageLine> Split(string text)
    {
        var lines = new List<PageLine>(text.AsSpan().Count('\n') + 1);
        foreach (var span in Spans(text))
            lines.Add(new PageLine(lines.Count, span, text, span.Start, span.Length));
        return lines;
    }

    /// <summary>Where the non-empty lines of a text stand, trimmed of surrounding white space.</summary>
    /// <remarks>A struct a foreach walks without an allocation or an interface call: four passes read every document's lines.</remarks>
    public static LineSpans Spans(string text) => new(text);

    /// <summary>The non-empty lines of a text, trimmed, for a foreach (see <see cref="Spans"/>).</summary>
    public readonly struct LineSpans(string text)
    {
        public Enumerator GetEnumerator() => new(text);

        public struct Enumerator(string text)
        {
            private int _next;

            public TextSpan Current { get; private set; }

            public bool MoveNext()
            {
                while (_next <= text.Length)
                {
                    var end = text.IndexOf('\n', _next);
                    if (end < 0) end = text.Length;
                    var (s, e) = (_next, end);
                    _next = end + 1;
                    while (s < e && char.IsWhiteSpace(text[s])) s++;
                    while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
                    if (e <= s) continue;
                    Current = new TextSpan(s, e);
                    return true;
                }
                return false;
            }
        }
    }

    /// <summary>
    /// Counts the words: a word starts at a letter that follows neither a letter nor a run of joiners (apostrophes,
    /// hyphens) after one. Eight characters at a time, as bit masks of letters and joiners: adding the mask of joiners
    /// that follow a letter to the mask of all joiners carries through each such run, which marks it as inside the word.
    /// </summary>
    /// <param name="atMost">Counting may stop once the count reaches it: a count of at least this many is all the caller needs.</param>
    private static int CountWords(ReadOnlySpan<char> text, int atMost = int.MaxValue)
    {
        var count = 0;
        var inWord = 0u; // 1 when the character before is inside a word
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var chars = Vector128.LoadUnsafe(ref source, (nuint)i);
                var letters = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')))
                    .ExtractMostSignificantBits();
                var joiners = (Vector128.Equals(chars, Vector128.Create((ushort)'\'')) | Vector128.Equals(chars, Vector128.Create((ushort)'-')))
                    .ExtractMostSignificantBits();
                // Outside ASCII neither test holds: Unicode says whether it is a letter, and ’ is a joiner.
                var outside = Vector128.GreaterThanOrEqual(chars, Vector128.Create((ushort)128)).ExtractMostSignificantBits();
                for (; outside != 0; outside &= outside - 1)
                {
                    var lane = BitOperations.TrailingZeroCount(outside);
                    var c = text[i + lane];
                    if (char.IsLetter(c)) letters |= 1u << lane;
                    else if (c == '’') joiners |= 1u << lane;
                }
                var joinedRuns = ((letters << 1) | inWord) & joiners; // the first joiner of each run inside a word
                var inside = letters | (((joiners + joinedRuns) ^ joiners) & joiners);
                count += BitOperations.PopCount(letters & ~((inside << 1) | inWord));
                inWord = (inside >> (Vector128<ushort>.Count - 1)) & 1;
                if (count >= atMost) return count;
            }
        }
        // The rest branch-free: prose alternates letters and spaces every few characters, which a branch would mispredict.
        var state = (int)inWord;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            int kind = c < 128 ? AsciiKinds[c] : char.IsLetter(c) ? Letter : c == '’' ? Joiner : 0;
            var letter = kind & Letter;
            count += letter & ~state;
            state = letter | (state & (kind >> 1));
        }
        return count;
    }

    private const int Letter = 1, Joiner = 2;

    /// <summary>For each ASCII character: <see cref="Letter"/>, <see cref="Joiner"/> (an apostrophe or hyphen inside a word), or 0.</summary>
    private static ReadOnlySpan<byte> AsciiKinds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // ' and -
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, // A-Z
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, // a-z
    ];

    public override string ToString() => $"{Index}: {Text}";
}
