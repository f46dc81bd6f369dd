using Dyad.Pipeline;

namespace Dyad.Tests.Pipeline;

public sealed class OrderedParallelTests
{
    [Fact]
    public async Task Results_come_back_in_input_order_whatever_order_the_work_finishes_in()
    {
        var items = Enumerable.Range(0, 200).ToList();

        var results = new List<int>();
        await foreach (var r in OrderedParallel.Select(items, i => { Thread.SpinWait((200 - i) * 50); return i * 2; }, degree: 2, capacity: 8))
            results.Add(r);

        Assert.Equal(items.Select(i => i * 2), results);
    }

    [Fact]
    public async Task No_more_than_the_capacity_is_read_ahead_of_the_consumer()
    {
        var read = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 1000; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }

        await foreach (var _ in OrderedParallel.Select(Source(), i => i, degree: 2, capacity: 4))
        {
            await Task.Delay(50);
            Assert.InRange(Volatile.Read(ref read), 1, 1 + 2 * 4 + 2); // in flight: both channels full, plus one held by each side
            break;
        }
    }

    [Fact]
    public async Task A_failing_item_fails_where_it_stands()
    {
        var results = new List<int>();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var r in OrderedParallel.Select(Enumerable.Range(0, 10), i => i == 5 ? throw new InvalidOperationException("five") : i, 2, 4))
                results.Add(r);
        });

        Assert.Equal("five", error.Message);
        Assert.Equal([0, 1, 2, 3, 4], results);
    }

    [Fact]
    public async Task A_consumer_that_stops_early_stops_the_reading_before_it_goes_on()
    {
        var closed = false;
        IEnumerable<int> Source()
        {
            try
            {
                for (var i = 0; i < 1_000_000; i++) yield return i;
            }
            finally { closed = true; }
        }

        await foreach (var r in OrderedParallel.Select(Source(), i => i, degree: 2, capacity: 4))
            if (r == 10) break;

        Assert.True(closed);
    }
}
