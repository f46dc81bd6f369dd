using System.Buffers;
using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Dyad.Documents;

namespace Dyad.Cleaning;

/// <summary>
/// The passages of one document folded to letters and digits in lower case (copies that differ in spacing or
/// punctuation still meet), kept in one buffer, and the sets of paragraphs and sentences seen: no string is made for a
/// passage. One instance a thread serves document after document (<see cref="ForText"/>): made for each, its buffer and
/// sets were 3% of the bytes a run allocates.
/// </summary>
internal sealed class FoldedPassages
{
    private char[] _folded = [];
    private int _length;

    [ThreadStatic] private static FoldedPassages? t_folds;

    private FoldedPassages()
    {
        Paragraphs = new HashSet<Fold>(new FoldComparer(this));
        Sentences = new HashSet<Fold>(new FoldComparer(this));
    }

    /// <summary>The thread's instance, emptied for a text of <paramref name="textLength"/> characters: used until the thread asks again.</summary>
    public static FoldedPassages ForText(int textLength)
    {
        var folds = t_folds ??= new FoldedPassages();
        if (folds._folded.Length < textLength + 8) // eight over: a block of characters is written before it is known which are kept
        {
            if (folds._folded.Length > 0) ArrayPool<char>.Shared.Return(folds._folded);
            folds._folded = ArrayPool<char>.Shared.Rent(textLength + 8);
        }
        folds._length = 0;
        folds.Paragraphs.Clear();
        folds.Sentences.Clear();
        return folds;
    }

    /// <summary>A fold in the buffer.</summary>
    public readonly record struct Fold(int Start, int Length);

    /// <summary>The paragraphs seen in the text, compared by their folds' characters.</summary>
    public HashSet<Fold> Paragraphs { get; }

    /// <summary>The sentences seen in the text, compared by their folds' characters.</summary>
    public HashSet<Fold> Sentences { get; }

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
        var chars = text.AsSpan(from, to - from);
        var folded = _folded;
        var length = _length;
        var i = 0;
        if (Ssse3.IsSupported)
        {
            // Eight characters at a time: the letters and digits are packed to the front of the block by a shuffle
            // (their lanes as a bit mask pick the shuffle from a table) and the whole block is stored; only the packed
            // ones are counted kept, the rest is overwritten next. A block with a character past ASCII goes one by one.
            for (; i + 8 <= chars.Length; i += 8)
            {
                var block = Vector128.Create(MemoryMarshal.Cast<char, ushort>(chars.Slice(i, 8)));
                if (Vector128.GreaterThanOrEqualAny(block, Vector128.Create((ushort)128)))
                {
                    length = FoldOneByOne(chars.Slice(i, 8), folded, length);
                    continue;
                }
                var lower = block | Vector128.Create((ushort)0x20);
                var letters = Vector128.LessThanOrEqual(lower - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
                var digits = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
                var kept = (letters | digits).ExtractMostSignificantBits();
                var lowered = block | (letters & Vector128.Create((ushort)0x20));
                var packed = Ssse3.Shuffle(lowered.AsByte(), PackShuffles[(int)kept]);
                packed.CopyTo(MemoryMarshal.AsBytes(folded.AsSpan(length, 8)));
                length += BitOperations.PopCount(kept);
            }
        }
        _length = FoldOneByOne(chars[i..], folded, length);
    }

    private static int FoldOneByOne(ReadOnlySpan<char> chars, char[] folded, int length)
    {
        foreach (var c in chars)
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
        return length;
    }

    /// <summary>For each ASCII character: itself lower-cased if it is a letter or digit, else 0.</summary>
    private static readonly byte[] AsciiFolds = [.. Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c) ? (byte)char.ToLowerInvariant((char)c) : (byte)0)];

    /// <summary>For each mask of eight lanes kept: the byte shuffle that moves the kept lanes (two bytes each) to the front, in order.</summary>
    private static readonly Vector128<byte>[] PackShuffles = [.. Enumerable.Range(0, 256).Select(PackShuffle)];

    private static Vector128<byte> PackShuffle(int kept)
    {
        Span<byte> indices = stackalloc byte[16];
        indices.Fill(0x80); // a lane past the kept ones reads zero
        var to = 0;
        for (var lane = 0; lane < 8; lane++)
        {
            if ((kept & (1 << lane)) == 0) continue;
            indices[to++] = (byte)(2 * lane);
            indices[to++] = (byte)(2 * lane + 1);
        }
        return Vector128.Create((ReadOnlySpan<byte>)indices);
    }

    internal ReadOnlySpan<char> Chars(Fold fold) => _folded.AsSpan(fold.Start, fold.Length);

    private sealed class FoldComparer(FoldedPassages owner) : IEqualityComparer<Fold>
    {
        /// <summary>Random a process, as string hashes are: no text can be made to collide on purpose.</summary>
        private static readonly long Seed = Random.Shared.NextInt64();

        public bool Equals(Fold a, Fold b) => a.Length == b.Length && owner.Chars(a).SequenceEqual(owner.Chars(b));

        public int GetHashCode(Fold fold) => (int)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(owner.Chars(fold)), Seed);
    }
}
