using Dyad.Pipeline;

namespace Dyad.Tests.Pipeline;

public sealed class BatchedParallelTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(100)]
    [InlineData(1000)]
    public void Results_come_back_in_input_order_for_any_length(int count)
    {
        var items = Enumerable.Range(0, count).ToList();

        var results = BatchedParallel.Select(items, i => { Thread.SpinWait((count - i) % 13 * 100); return i * 3; }, batchSize: 8).ToList();

        Assert.Equal(items.Select(i => i * 3), results);
    }

    [Fact]
    public void A_failure_is_thrown_as_itself_when_its_batch_is_reached()
    {
        var results = new List<int>();

        var thrown = Assert.Throws<FormatException>(() =>
        {
            foreach (var r in BatchedParallel.Select(Enumerable.Range(0, 100), i => i == 50 ? throw new FormatException("bad record") : i, batchSize: 8))
                results.Add(r);
        });

        Assert.Equal("bad record", thrown.Message);
        Assert.Equal(Enumerable.Range(0, 48), results);
    }

    [Fact]
    public void A_consumer_that_stops_early_releases_the_source_and_reads_a_bounded_way_ahead()
    {
        var read = 0;
        var released = false;
        IEnumerable<int> Source()
        {
            try
            {
                for (var i = 0; i < 10_000; i++)
                {
                    read++;
                    yield return i;
                }
            }
            finally { released = true; }
        }

        var first = BatchedParallel.Select(Source(), i => i, batchSize: 8).Take(3).ToList();

        Assert.Equal([0, 1, 2], first);
        Assert.True(released);
        Assert.InRange(read, 3, 8 * 5);
    }
}
