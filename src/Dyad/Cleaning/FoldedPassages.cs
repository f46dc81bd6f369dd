using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
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

    public FoldedPassages(int textLength) => _folded = ArrayPool<char>.Shared.Rent(textLength + 1); // one over: a character is written before it is known to be kept

    /// <summary>A fold in the buffer.</summary>
    public readonly record struct Fold(int Start, int Length);

    /// <summary>A set of folds of this document, compared by their characters.</summary>
    public HashSet<Fold> NewSet(int capacity = 0) => new(capacity, new FoldComparer(this));

    /// <summary>
    /// Folds a line (a span no fold has covered yet) and, in the same pass, each of its sentences (in order, inside it):
    /// a sentence's fold is the part of the line's fold between its edges.
    /// </summary>
    public Fold FoldLine(string text, TextSpan line, List<TextSpan> sentences, List<Fold> sentenceFolds)
    {
        var start = _length;
        var at = line.Start;
        foreach (var sentence in sentences)
        {
            FoldRange(text, at, sentence.Start);
            var sentenceStart = _length;
            FoldRange(text, sentence.Start, sentence.End);
            sentenceFolds.Add(new Fold(sentenceStart, _length - sentenceStart));
            at = sentence.End;
        }
        FoldRange(text, at, line.End);
        return new Fold(start, _length - start);
    }

    /// <summary>Appends the letters and digits of text[from..to], lower-cased, to the buffer.</summary>
    private void FoldRange(string text, int from, int to)
    {
        var folded = _folded;
        var length = _length;
        foreach (var c in text.AsSpan(from, to - from))
        {
            if (c < 128)
            {
                // Written always, kept only for a letter or digit: no branch on the character's kind.
                var lower = AsciiFolds[c];
                folded[length] = (char)lower;
                length += lower == 0 ? 0 : 1;
            }
            else if (char.IsLetterOrDigit(c)) folded[length++] = char.ToLowerInvariant(c);
        }
        _length = length;
    }

    /// <summary>For each ASCII character: itself lower-cased if it is a letter or digit, else 0.</summary>
    private static readonly byte[] AsciiFolds = [.. Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c) ? (byte)char.ToLowerInvariant((char)c) : (byte)0)];

    private ReadOnlySpan<char> Chars(Fold fold) => _folded.AsSpan(fold.Start, fold.Length);

    public void Dispose() => ArrayPool<char>.Shared.Return(_folded);

    private sealed class FoldComparer(FoldedPassages owner) : IEqualityComparer<Fold>
    {
        /// <summary>Random a process, as string hashes are: no text can be made to collide on purpose.</summary>
        private static readonly long Seed = Random.Shared.NextInt64();

        public bool Equals(Fold a, Fold b) => a.Length == b.Length && owner.Chars(a).SequenceEqual(owner.Chars(b));

        public int GetHashCode(Fold fold) => (int)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(owner.Chars(fold)), Seed);
    }
}
