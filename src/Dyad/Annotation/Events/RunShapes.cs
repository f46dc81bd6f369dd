using System.Runtime.CompilerServices;

namespace Dyad.Annotation.Events;

/// <summary>
/// The lengths of a set of runs by their first two characters: a run can be in the set only if a run of the set
/// starts with the same two characters (folded alike) and has its length. One table load rules out most runs of a text.
/// Exact in one direction: it may say yes for a run not in the set, never no for one in it.
/// </summary>
internal sealed class RunShapes
{
    /// <summary>Lengths from this one on share a bit.</summary>
    private const int LongLength = 15;

    /// <summary>A bit a length (bit <see cref="LongLength"/> for it and all longer) for each pair of first characters, by <see cref="Index"/>.</summary>
    private readonly ushort[] _lengths = new ushort[64 * 64];

    /// <param name="runs">Runs as the text's runs will be read: ASCII letters lower-cased, other characters as they are.</param>
    public RunShapes(IEnumerable<string> runs)
    {
        foreach (var run in runs)
        {
            if (run.Length == 0) continue;
            var bit = (ushort)(1 << Math.Min(run.Length, LongLength));
            // A run of one character is followed by anything.
            if (run.Length == 1)
                for (var second = 0; second < 64; second++) _lengths[Index(run[0], (char)second)] |= bit;
            else _lengths[Index(run[0], run[1])] |= bit;
        }
    }

    /// <summary>
    /// False when no run of the set has the first two characters and the length of the run at <paramref name="start"/>
    /// of <paramref name="folded"/> (which must hold a character after a run of one).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHold(ReadOnlySpan<char> folded, int start, int length) =>
        ((_lengths[Index(folded[start], folded[start + 1])] >> Math.Min(length, LongLength)) & 1) != 0;

    /// <summary>Six bits of each character: characters alike there share an entry, which costs only a needless lookup.</summary>
    private static int Index(char first, char second) => ((first & 63) << 6) | (second & 63);
}
