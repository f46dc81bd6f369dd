using Dyad.Annotation.Events;
using Dyad.Documents;
using Dyad.Knowledge;
using Dyad.Output;
using Dyad.Storage.Sqlite;

namespace Dyad.Tests.Web.Load;

/// <summary>
/// A store of made-up documents, each reporting a few events with their evidence, written through the store
/// as ingestion writes them (so fusion runs), with their records as annotations: a fixed seed, the same store every run.
/// </summary>
internal static class SyntheticEvents
{
    private static readonly string[] Countries = ["PAK", "RUS", "IND", "CHN", "USA", "TUR", "IRN", "KAZ"];
    private static readonly EventType[] Types = Enum.GetValues<EventType>();
    private static readonly EventStatus[] Statuses = [EventStatus.Occurred, EventStatus.Occurred, EventStatus.Planned, EventStatus.Proposed, EventStatus.Negated, EventStatus.Ongoing];
    private static readonly string[] Places = ["Cherat", "Novorossiysk", "Tarbela", "Karachi", "Sochi", "Islamabad", "Moscow", "Orenburg"];

    public static void Write(string dbPath, int events, int eventsPerDocument = 5, int seed = 7)
    {
        var random = new Random(seed);
        using var store = SqliteDocumentStore.Open(dbPath);
        var batch = new List<Document>(20_000); // one transaction: fusion then groups each candidate block once
        for (var n = 0; n * eventsPerDocument < events; n++)
        {
            batch.Add(MakeDocument(n, Math.Min(eventsPerDocument, events - n * eventsPerDocument), random));
            if (batch.Count == batch.Capacity) Flush(store, batch);
        }
        Flush(store, batch);
    }

    private static void Flush(SqliteDocumentStore store, List<Document> batch)
    {
        var result = store.Write(batch);
        for (var i = 0; i < batch.Count; i++)
            store.SaveAnnotations(result.Documents[i].Id!, DocumentRecordWriter.ToJsonLine(batch[i]));
        batch.Clear();
    }

    private static Document MakeDocument(int n, int count, Random random)
    {
        var sentences = new List<(string Text, EventType Type, string A, string B, PartialDate Date, string Place)>();
        for (var i = 0; i < count; i++)
        {
            var a = Countries[random.Next(Countries.Length)];
            var b = Countries[(Array.IndexOf(Countries, a) + 1 + random.Next(Countries.Length - 1)) % Countries.Length];
            var date = new PartialDate(1995 + random.Next(30), 1 + random.Next(12), 1 + random.Next(28));
            var type = Types[random.Next(Types.Length)];
            var place = Places[random.Next(Places.Length)];
            sentences.Add(($"Report {n}.{i}: officials of {a} and {b} took part in a {type.ToSchemaName().ToLowerInvariant().Replace('_', ' ')} near {place} on {date}.", type, a, b, date, place));
        }
        var text = string.Join("\n\n", sentences.Select(s => s.Text));
        var document = new Document($"synthetic/{n:D6}.txt", text, new SourceMetadata { Format = "text" })
        {
            Title = $"Synthetic report {n}",
            Publisher = "Load Test Wire",
            Published = new PublicationDate(sentences[0].Date, DateBasis.Manifest),
        };
        var id = document.ContentId();
        var at = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var e = new Event
            {
                Id = $"e-{id[2..]}{i:D2}",
                Type = s.Type,
                Status = Statuses[random.Next(Statuses.Length)],
                Date = new EventDate(s.Date, s.Date.ToString()),
                Location = s.Place,
                Name = $"Operation {n}.{i}", // one real event each: fusion keeps events of different names apart
                Confidence = 0.5 + random.NextDouble() / 2,
            };
            e.Countries.AddRange(new[] { CountryCode.Parse(s.A), CountryCode.Parse(s.B) }.OrderBy(c => c.Value, StringComparer.Ordinal));
            e.Evidence.Add(new EventEvidence(document.Source, id, new TextSpan(at, at + s.Text.Length), s.Text));
            document.Events.Add(e);
            at += s.Text.Length + 2;
        }
        return document;
    }
}
