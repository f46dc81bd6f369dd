using Microsoft.Data.Sqlite;

namespace Dyad.Storage.Sqlite;

/// <summary>
/// Fuses a list of candidate groups on worker threads, each with its own read connection, and hands them out in list
/// order (<see cref="Take"/>). Workers stay at most a few groups ahead of the taker, so memory stays flat however many
/// groups there are. Disposing stops the workers and waits for them.
/// </summary>
internal sealed class ParallelBlockFusion : IDisposable
{
    private readonly IReadOnlyList<string> _blocks;
    private readonly Func<SqliteConnection> _openReader;
    private readonly TaskCompletionSource<FusedBlock>?[] _results;
    private readonly SemaphoreSlim _ahead;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _workers;
    private int _next = -1;

    public ParallelBlockFusion(IReadOnlyList<string> blocks, Func<SqliteConnection> openReader, int workers)
    {
        _blocks = blocks;
        _openReader = openReader;
        _results = blocks.Select(_ => new TaskCompletionSource<FusedBlock>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        _ahead = new SemaphoreSlim(2 * workers);
        _workers = Enumerable.Range(0, Math.Max(1, workers))
            .Select(_ => Task.Factory.StartNew(Work, TaskCreationOptions.LongRunning)).ToArray();
    }

    /// <summary>The group at <paramref name="index"/>, fused; waits for it. Call with 0, 1, 2… in order.</summary>
    public FusedBlock Take(int index)
    {
        var fused = _results[index]!.Task.GetAwaiter().GetResult();
        _results[index] = null; // taken: the group's events are the taker's to keep or drop
        _ahead.Release();
        return fused;
    }

    private void Work()
    {
        try
        {
            using var connection = _openReader();
            using (var settings = connection.CreateCommand())
            {
                settings.CommandText = SqliteSql.FuserSettings;
                settings.ExecuteNonQuery();
            }
            using var fuser = new BlockFuser(connection);
            while (true)
            {
                _ahead.Wait(_stop.Token);
                var index = Interlocked.Increment(ref _next);
                if (index >= _blocks.Count) return;
                try
                {
                    // One read transaction a group: its mentions and their documents' sketches come from one snapshot.
                    using var transaction = connection.BeginTransaction(deferred: true);
                    fuser.Enlist(transaction);
                    _results[index]!.SetResult(fuser.Fuse(_blocks[index]));
                }
                catch (Exception e)
                {
                    _results[index]!.SetException(e);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The connection could not be opened: whatever this worker would have fused fails with it.
            foreach (var result in _results) result?.TrySetException(e);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try { Task.WaitAll(_workers); }
        catch (AggregateException) { } // a failure already reached the taker through its group
        _stop.Dispose();
        _ahead.Dispose();
    }
}
