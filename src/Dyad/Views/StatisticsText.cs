using Dyad.Storage;

namespace Dyad.Views;

/// <summary><c>dyad stats</c>: what a store holds, in figures a reader can check against <c>dyad docs</c> and <c>dyad events</c>.</summary>
public static class StatisticsText
{
    public static void Write(StoreStatistics stats, TextWriter output)
    {
        output.WriteLine($"documents          {stats.Documents}");
        output.WriteLine($"sources            {stats.Sources}");
        output.WriteLine($"event mentions     {stats.Mentions}");
        output.WriteLine($"events             {stats.Events}");
        output.WriteLine($"  from 2+ documents {stats.EventsFromSeveralDocuments}");
        output.WriteLine($"  with conflicts    {stats.EventsWithConflicts}");
        output.WriteLine($"  dated             {stats.FirstDate ?? "-"} to {stats.LastDate ?? "-"}");
        Block("events by type", stats.ByType, output);
        Block("events by status", stats.ByStatus, output);
        Block("most reported pairs", stats.TopPairs, output);
    }

    private static void Block(string heading, IReadOnlyList<(string Name, long Count)> rows, TextWriter output)
    {
        if (rows.Count == 0) return;
        output.WriteLine(heading);
        foreach (var (name, count) in rows) output.WriteLine($"  {name,-22} {count,7}");
    }
}
