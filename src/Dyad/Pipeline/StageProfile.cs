using System.Diagnostics;

namespace Dyad.Pipeline;

/// <summary>
/// Time spent in each named step of a run (reading, each pipeline stage, writing), summed over every document
/// and thread: what `dyad bench` reports per stage. Adding to it is lock-free, so profiling a parallel run
/// does not serialize it.
/// </summary>
public sealed class StageProfile
{
    private readonly Dictionary<string, int> _index;
    private readonly long[] _ticks;
    private long _documents;
    private long _characters;

    public StageProfile(IEnumerable<string> steps)
    {
        Steps = steps.Distinct().ToArray();
        _index = Steps.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        _ticks = new long[Steps.Count];
    }

    /// <summary>The step names, in the order they run.</summary>
    public IReadOnlyList<string> Steps { get; }

    /// <summary>Documents that went through the whole pipeline.</summary>
    public long Documents => Interlocked.Read(ref _documents);

    /// <summary>Characters of original text those documents held.</summary>
    public long Characters => Interlocked.Read(ref _characters);

    /// <summary>Seconds spent in a step, summed over threads: core-seconds for CPU-bound work.</summary>
    public double Seconds(string step) => (double)Interlocked.Read(ref _ticks[_index[step]]) / Stopwatch.Frequency;

    /// <summary>Adds <paramref name="ticks"/> (<see cref="Stopwatch"/> ticks) to a step; unknown steps are ignored.</summary>
    public void Add(string step, long ticks)
    {
        if (_index.TryGetValue(step, out var i)) Interlocked.Add(ref _ticks[i], ticks);
    }

    /// <summary>Times <paramref name="work"/> as part of <paramref name="step"/>.</summary>
    public T Time<T>(string step, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try { return work(); }
        finally { Add(step, Stopwatch.GetTimestamp() - start); }
    }

    internal void AddDocument(int characters)
    {
        Interlocked.Increment(ref _documents);
        Interlocked.Add(ref _characters, characters);
    }
}
