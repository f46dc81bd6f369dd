using System.Buffers;
using Dyad.Documents;

namespace Dyad.Cleaning;

/// <summary>
/// The passages of one document folded to letters and digits in lower case (copies that differ in spacing or
/// punctuation still meet), kept in one buffer, and sets of folds seen: no string is made for a passage.
/// Return the buffer with <see cref="Dispose"/>.
/// </summary>
internal sealed class FoldedPassages : IDisposable
{
    private char[] _folded;
    private int _length;

    public FoldedPassages(int textLength) => _folded = ArrayPool<char>.Shared.Rent(Math.Max(textLength, 1));

    /// <summary>A fold in the buffer.</summary>
    public readonly record struct Fold(int Start, int Length);

    /// <summary>A set of folds of this document, compared by their characters.</summary>
    public HashSet<Fold> NewSet() => new(new FoldComparer(this));

    /// <summary>
    /// Folds a line (a span no fold has covered yet) and, in the same pass, each of its sentences (in order, inside it):
    /// a sentence's fold is the part of the line's fold between its edges.
    /// </summary>
    public Fold FoldLine(string text, TextSpan line, List<TextSpan> sentences, List<Fold> sentenceFolds)
    {
        var start = _length;
        var next = 0;
        var sentenceStart = 0;
        for (var i = line.Start; i <= line.End; i++)
        {
            // Sentence edges first: an edge at i lies before the character at i.
            while (next < sentences.Count && sentences[next].End == i)
            {
                sentenceFolds.Add(new Fold(sentenceStart, _length - sentenceStart));
                next++;
            }
            if (next < sentences.Count && sentences[next].Start == i) sentenceStart = _length;
            if (i == line.End) break;
            var c = text[i];
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c)) _folded[_length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            else if (char.IsLetterOrDigit(c)) _folded[_length++] = char.ToLowerInvariant(c);
        }
        return new Fold(start, _length - start);
    }

    private ReadOnlySpan<char> Chars(Fold fold) => _folded.AsSpan(fold.Start, fold.Length);

    public void Dispose() => ArrayPool<char>.Shared.Return(_folded);

    private sealed class FoldComparer(FoldedPassages owner) : IEqualityComparer<Fold>
    {
        public bool Equals(Fold a, Fold b) => a.Length == b.Length && owner.Chars(a).SequenceEqual(owner.Chars(b));

        public int GetHashCode(Fold fold) => string.GetHashCode(owner.Chars(fold));
    }
}
