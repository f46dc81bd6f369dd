using Dyad.Reading;
using static Dyad.Tests.Reading.ReadTestKit;

namespace Dyad.Tests.Reading;

/// <summary>Reading ahead in bursts changes when the system fetches files, never what the reader gives back or in what order.</summary>
public sealed class ReadAheadTests
{
    private static readonly ReadOptions Bursting = new() { AlwaysReadAhead = true };

    [Fact]
    public void Bursts_of_read_ahead_give_the_same_outcomes_in_the_same_order()
    {
        using var folder = new TempFolder();
        // More files than a burst and probe interval cover, nested, with refusals and a batch file among them.
        for (var i = 0; i < ReadAhead.Burst + 3 * ReadAhead.ProbeEvery + 5; i++)
            folder.Write($"{i % 7}/{i:D4}.txt", $"Story {i}.");
        folder.Write("3/0100.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        folder.Write("5/0200.txt", "   ");
        folder.Write("6/0300.jsonl", "{\"text\": \"Record one.\"}\nnot json\n");

        Assert.Equal(Summary(ReadAll(null, folder.Path)), Summary(ReadAll(Bursting, folder.Path)));
    }

    [Fact]
    public void A_file_asked_for_ahead_that_vanishes_before_it_is_read_is_refused_and_the_batch_goes_on()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 3 * ReadAhead.ProbeEvery; i++)
            folder.Write($"{i:D3}.txt", $"Story {i}.");
        var vanishing = folder.File($"{2 * ReadAhead.ProbeEvery:D3}.txt");

        var outcomes = new List<ReadOutcome>();
        foreach (var outcome in new DocumentReader(Bursting).Read([folder.Path]))
        {
            outcomes.Add(outcome);
            // The first file was probed and, once it was read, the burst asked for all the others: one of them goes after
            // it was asked for and before it is read.
            if (outcomes.Count == 2) File.Delete(vanishing);
        }

        Assert.Equal(3 * ReadAhead.ProbeEvery, outcomes.Count);
        var refused = Assert.Single(outcomes.OfType<ReadFailed>());
        Assert.Equal(vanishing, refused.Source);
        Assert.Equal("file vanished before it could be read", refused.Reason);
    }

    private static List<string> Summary(IEnumerable<ReadOutcome> outcomes) =>
        [.. outcomes.Select(o => o switch
        {
            ReadSucceeded read => $"{read.Source} ok: {read.Document.Text}",
            ReadFailed failed => $"{failed.Source} refused: {failed.Reason}",
            _ => throw new InvalidOperationException(),
        })];
}
