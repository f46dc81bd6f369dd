using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Dyad.Pipeline;

/// <summary>
/// Runs work over a stream on several threads and gives results back in input order, with
/// bounded channels so memory stays flat however long the stream is: at most
/// <c>capacity</c> items are in flight between the reader and the consumer. A consumer that stops early
/// stops the reader and the workers too, and they are done when it is.
/// </summary>
public static class OrderedParallel
{
    public static async IAsyncEnumerable<TOut> Select<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, TOut> work,
        int degree,
        int capacity,
        [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var token = stop.Token;
        var bounded = new BoundedChannelOptions(capacity) { SingleWriter = true };
        var pending = Channel.CreateBounded<(TIn Item, TaskCompletionSource<TOut> Result)>(bounded);
        var ordered = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = true });

        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in source)
                {
                    var result = new TaskCompletionSource<TOut>(TaskCreationOptions.RunContinuationsAsynchronously);
                    await ordered.Writer.WriteAsync(result.Task, token).ConfigureAwait(false);
                    await pending.Writer.WriteAsync((item, result), token).ConfigureAwait(false);
                }
                pending.Writer.Complete();
                ordered.Writer.Complete();
            }
            catch (Exception e)
            {
                pending.Writer.TryComplete(e);
                ordered.Writer.TryComplete(e);
            }
        }, token);

        var workers = Enumerable.Range(0, degree).Select(_ => Task.Run(async () =>
        {
            await foreach (var (item, result) in pending.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                try { result.SetResult(work(item)); }
                catch (Exception e) { result.SetException(e); }
            }
        }, token)).ToArray();

        var finished = false;
        try
        {
            await foreach (var next in ordered.Reader.ReadAllAsync(token).ConfigureAwait(false))
                yield return await next.ConfigureAwait(false);
            finished = true;
        }
        finally
        {
            if (!finished) await StopAsync(stop, [producer, .. workers]).ConfigureAwait(false);
        }
        await producer.ConfigureAwait(false);
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    /// <summary>Stops the reader and the workers of a consumer that left early, and waits until they are done.</summary>
    private static async Task StopAsync(CancellationTokenSource stop, Task[] tasks)
    {
        await stop.CancelAsync().ConfigureAwait(false);
        // What they throw now is the stop itself, or a failure the consumer already met through the channel: neither is news.
        try { await Task.WhenAll(tasks).ConfigureAwait(false); }
        catch (Exception) { }
    }
}
