using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Dyad.Cleaning;

/// <summary>
/// How many documents of a batch hold each short line (whitespace folded, case ignored): a line that
/// many pages share is site chrome. Prose lines are not counted: they are the bulk of a corpus, and
/// chrome seldom reads as prose. Fed one document at a time, before cleaning reads it; safe across threads.
/// </summary>
public sealed class LineRecurrence
{
    private readonly ConcurrentDictionary<ulong, int> _documentsByLine = new();
    private int _documents;

    /// <summary>Documents counted so far.</summary>
    public int Documents => Volatile.Read(ref _documents);

    /// <summary>Counts the distinct lines of one document.</summary>
    public void Add(string text)
    {
        var seen = new HashSet<ulong>();
        foreach (var span in PageLine.Spans(text))
        {
            var line = text.AsSpan(span.Start, span.Length);
            if (PageLine.CharsReadAsProse(line)) continue;
            var key = Key(line);
            if (seen.Add(key)) _documentsByLine.AddOrUpdate(key, 1, static (_, n) => n + 1);
        }
        Interlocked.Increment(ref _documents);
    }

    /// <summary>The number of counted documents that hold this line.</summary>
    public int DocumentsWith(string line) => DocumentsWith(line.AsSpan());

    internal int DocumentsWith(ReadOnlySpan<char> line) => _documentsByLine.GetValueOrDefault(Key(line));

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
