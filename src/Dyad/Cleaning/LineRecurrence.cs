using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Dyad.Cleaning;

/// <summary>
/// How many documents of a batch hold each short line (whitespace folded, case ignored): a line that
/// many pages share is site chrome. Prose lines are not counted: they are the bulk of a corpus, and
/// chrome seldom reads as prose. Fed one document at a time, before cleaning reads it; safe across threads.
/// Each line also keeps which document was the second to hold it, so cleaning can ask what the batch held when a
/// document was counted (<see cref="Document.CountedWith"/>) while later documents are being counted.
/// </summary>
public sealed class LineRecurrence
{
    private readonly ConcurrentDictionary<ulong, Holders> _holdersByLine = new();
    private int _documents;

    /// <summary>How many documents hold a line, and the position in the batch (1 for the first counted) of the second.</summary>
    private readonly record struct Holders(int Count, int Second);

    /// <summary>Documents counted so far.</summary>
    public int Documents => Volatile.Read(ref _documents);

    /// <summary>Counts the distinct lines of one document.</summary>
    public void Add(string text)
    {
        var position = Interlocked.Increment(ref _documents);
        var seen = new HashSet<ulong>();
        foreach (var span in PageLine.Spans(text))
        {
            var line = text.AsSpan(span.Start, span.Length);
            if (PageLine.CharsReadAsProse(line)) continue;
            var key = Key(line);
            if (seen.Add(key))
                _holdersByLine.AddOrUpdate(key, static (_, _) => new Holders(1, int.MaxValue),
                    static (_, held, position) => new Holders(held.Count + 1, held.Count == 1 ? position : held.Second), position);
        }
    }

    /// <summary>The number of counted documents that hold this line.</summary>
    public int DocumentsWith(string line) => _holdersByLine.TryGetValue(Key(line), out var held) ? held.Count : 0;

    /// <summary>Whether two of the first <paramref name="documents"/> documents counted hold this line.</summary>
    internal bool SharedWithin(ReadOnlySpan<char> line, int documents) =>
        _holdersByLine.TryGetValue(Key(line), out var held) && held.Second <= documents;

    /// <summary>The line's hash with white space folded (trimmed, runs as one space) and case ignored.</summary>
    internal static ulong Key(ReadOnlySpan<char> line)
    {
        const int OnStack = 256;
        var buffer = line.Length <= OnStack ? stackalloc char[OnStack] : new char[line.Length];
        var length = 0;
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c)) { space = length > 0; continue; }
            if (space) buffer[length++] = ' ';
            buffer[length++] = char.ToLowerInvariant(c);
            space = false;
        }
        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(buffer[..length]));
    }
}
