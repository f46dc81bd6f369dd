using System.Diagnostics;
using Dyad.Annotation.Events;
using Dyad.Documents;
using Dyad.Knowledge;
using Dyad.Storage;
using Dyad.Storage.Sqlite;

namespace Dyad.Bench.Storage;

/// <summary>
/// <c>dyad events</c> for one pair over a store of a million fused events: generated documents (fixed seed), each
/// reporting one event between one of 1,000 pairs of 60 states, of a random type, dated to the day between 1990
/// and 2024, a third with a name; written through the store, so fusion builds the events. Then the pair query
/// (<see cref="IEventStore.QueryEventRecords"/>, what <c>dyad events --countries A,B --format jsonl</c> runs) for
/// random pairs, timed one by one: percentiles in milliseconds. Documents are generated pair by pair, so a
/// write batch touches few candidate groups (generation speed only; the query does not depend on it).
/// Run: <c>dotnet run -c Release --project bench/Dyad.Bench -- pair-query [--events N] [--db FILE] [--queries N] [--pair A,B]</c>;
/// an existing --db is reused. <c>--pair</c> asks every query of that one pair (PAK,RUS), for a store <c>dyad ingest</c> wrote.
/// </summary>
public static class PairQueryBenchmark
{
    private const int Pairs = 1_000;
    private const int States = 60;
    private const int Seed = 20240601;

    public static int Run(string[] args)
    {
        var events = Option(args, "--events", 1_000_000);
        var queries = Option(args, "--queries", 500);
        var db = OptionText(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"dyad-pair-query-{events}.db");
        var pairs = MakePairs();
        if (!File.Exists(db)) Generate(db, events, pairs);
        if (OptionText(args, "--pair") is { } asked)
        {
            var codes = asked.Split(',', StringSplitOptions.TrimEntries);
            if (codes.Length != 2) throw new ArgumentException($"--pair takes two country codes, as PAK,RUS; not '{asked}'");
            pairs = [(CountryCode.Parse(codes[0]), CountryCode.Parse(codes[1]))];
        }

        using var store = SqliteDocumentStore.Open(db);
        var stats = store.Statistics();
        Console.WriteLine($"store {db}: {stats.Documents:N0} documents, {stats.Mentions:N0} mentions, {stats.Events:N0} events");
        var random = new Random(Seed + 1);
        foreach (var (label, parse) in new[] { ("records (jsonl)", false), ("events read (table, csv)", true) })
        {
            int Run((CountryCode A, CountryCode B) pair) => parse ? Events(store, pair) : Query(store, pair);
            for (var i = 0; i < 20; i++) Run(pairs[random.Next(pairs.Count)]); // warm the page cache, the pool and the JIT
            var times = new List<double>(queries);
            var rows = new List<int>(queries);
            for (var i = 0; i < queries; i++)
            {
                var pair = pairs[random.Next(pairs.Count)];
                var clock = Stopwatch.StartNew();
                var n = Run(pair);
                times.Add(clock.Elapsed.TotalMilliseconds);
                rows.Add(n);
            }
            times.Sort();
            Console.WriteLine($"pair query, {label}: {queries} queries, {rows.Average():N0} events a pair (max {rows.Max():N0}); " +
                $"p50 {Percentile(times, 0.50):N1} ms, p95 {Percentile(times, 0.95):N1} ms, p99 {Percentile(times, 0.99):N1} ms, max {times[^1]:N1} ms");
        }
        return 0;
    }

    private static int Query(SqliteDocumentStore store, (CountryCode A, CountryCode B) pair) =>
        store.QueryEventRecords(new EventQuery { Countries = [pair.A, pair.B] }).Count();

    private static int Events(SqliteDocumentStore store, (CountryCode A, CountryCode B) pair) =>
        store.QueryEvents(new EventQuery { Countries = [pair.A, pair.B] }).Count();

    private static void Generate(string db, int events, List<(CountryCode A, CountryCode B)> pairs)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(Seed);
        var types = Enum.GetValues<EventType>();
        using var store = SqliteDocumentStore.Open(db);
        var batch = new List<Document>(20_000);
        var perPair = events / Pairs;
        var n = 0;
        foreach (var (a, b) in pairs)
            for (var k = 0; k < perPair; k++, n++)
            {
                var type = types[random.Next(types.Length)];
                var day = new DateOnly(1990, 1, 1).AddDays(random.Next(35 * 365));
                var text = $"Report {n}: {a.Value} and {b.Value}, {type}, {day:yyyy-MM-dd}.";
                var document = new Document($"generated/{n:D7}.txt", text) { Published = new PublicationDate(PartialDate.FromDate(day), DateBasis.Manifest) };
                var e = new Event { Id = $"e-{n:x20}", Type = type, Status = EventStatus.Occurred, Confidence = 0.8 };
                e.Countries.AddRange(new[] { a, b }.OrderBy(c => c.Value, StringComparer.Ordinal));
                if (type.IsDirected()) (e.Source, e.Target) = random.Next(2) == 0 ? (a, b) : (b, a);
                e.Date = new EventDate(PartialDate.FromDate(day), day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
                if (random.Next(3) == 0) e.Name = $"Series {random.Next(500)} {EditionMarker.ToRoman(1 + random.Next(30))}";
                e.Codes = EventCodeTable.Default.For(type, EventStatus.Occurred);
                e.Evidence.Add(new EventEvidence(document.Source, document.ContentId(), new TextSpan(0, text.Length), text));
                document.Events.Add(e);
                batch.Add(document);
                if (batch.Count == batch.Capacity)
                {
                    store.Write(batch);
                    batch.Clear();
                    Console.Error.Write($"\rgenerated {n + 1:N0} of {events:N0} ({clock.Elapsed.TotalSeconds:N0} s)");
                }
            }
        store.Write(batch);
        Console.Error.WriteLine($"\rgenerated {n:N0} documents in {clock.Elapsed.TotalSeconds:N0} s");
    }

    /// <summary>1,000 distinct pairs of 60 made-up three-letter states, fixed by the seed.</summary>
    private static List<(CountryCode A, CountryCode B)> MakePairs()
    {
        var states = Enumerable.Range(0, States).Select(i => CountryCode.Parse($"{(char)('A' + i / 26 % 26)}{(char)('A' + i % 26)}X")).ToList();
        var random = new Random(Seed);
        var pairs = new HashSet<(CountryCode, CountryCode)>();
        var list = new List<(CountryCode, CountryCode)>();
        while (list.Count < Pairs)
        {
            var a = states[random.Next(States)];
            var b = states[random.Next(States)];
            if (a == b) continue;
            var pair = string.CompareOrdinal(a.Value, b.Value) < 0 ? (a, b) : (b, a);
            if (pairs.Add(pair)) list.Add(pair);
        }
        return list;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text && int.TryParse(text, out var value) ? value : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
