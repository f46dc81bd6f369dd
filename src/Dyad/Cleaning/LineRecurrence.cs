using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

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
        foreach (var line in PageLine.Split(text))
        {
            if (line.ReadsAsProse) continue;
            var key = Key(line.Text);
            if (seen.Add(key)) _documentsByLine.AddOrUpdate(key, 1, static (_, n) => n + 1);
        }
        Interlocked.Increment(ref _documents);
    }

    /// <summary>The number of counted documents that hold this line.</summary>
    public int DocumentsWith(string line) => _documentsByLine.GetValueOrDefault(Key(line));

    internal static ulong Key(string line)
    {
        var folded = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c)) { space = folded.Length > 0; continue; }
            if (space) folded.Append(' ');
            folded.Append(char.ToLowerInvariant(c));
            space = false;
        }
        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(folded.ToString().AsSpan()));
    }
}
