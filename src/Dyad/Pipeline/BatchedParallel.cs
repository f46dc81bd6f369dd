namespace Dyad.Pipeline;

/// <summary>
/// Maps a stream of small items (a few microseconds each, such as parsing a stored record) on the other cores in
/// batches, while the caller's thread goes on reading the stream, and gives the results back in input order. Per-item
/// hand-offs would cost more than the work, so items travel a batch at a time; a stream shorter than one batch is
/// mapped on the caller's thread. A few batches are mapped ahead of the consumer; a failure
/// is thrown as itself when the consumer reaches its batch.
/// </summary>
public static class BatchedParallel
{
    // Four batches ahead keep both cores busy while the caller reads (fewer left one idle in the pair-query bench).
    private const int BatchesAhead = 4;

    public static IEnumerable<TOut> Select<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int batchSize = 128)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return Run(source, map, batchSize);
    }

    private static IEnumerable<TOut> Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int batchSize)
    {
        var ahead = new Queue<Task<TOut[]>>();
        var batch = new List<TIn>(batchSize);
        foreach (var item in source)
        {
            batch.Add(item);
            if (batch.Count < batchSize) continue;
            var items = batch.ToArray();
            batch.Clear();
            ahead.Enqueue(Task.Run(() => Array.ConvertAll(items, map.Invoke)));
            if (ahead.Count > BatchesAhead)
                foreach (var result in ahead.Dequeue().GetAwaiter().GetResult()) yield return result;
        }
        while (ahead.Count > 0)
            foreach (var result in ahead.Dequeue().GetAwaiter().GetResult()) yield return result;
        foreach (var item in batch) yield return map(item);
    }
}
