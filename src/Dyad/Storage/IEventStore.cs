using Dyad.Documents;
using Dyad.Fusion;

namespace Dyad.Storage;

/// <summary>
/// The fused events a store keeps beside its documents: one record a real event, with every mention of it as
/// evidence. Written by the store itself as documents arrive (<see cref="IDocumentStore.Write"/>); read by views.
/// </summary>
public interface IEventStore
{
    /// <summary>Events matching the query, as event records (one JSON object each, output-schema.md), in date order.</summary>
    IEnumerable<string> QueryEventRecords(EventQuery query);

    /// <summary>The same events, read.</summary>
    IEnumerable<FusedEvent> QueryEvents(EventQuery query);

    FusedEvent? FindEvent(string id);

    /// <summary>Which mentions an event holds and why, and why the other events of its candidate group stay apart; null when unknown.</summary>
    EventExplanation? Explain(string id);

    /// <summary>The documents behind evidence: title, publisher, date and where they were read; unknown ids are left out.</summary>
    IReadOnlyDictionary<string, ReportSource> Reports(IEnumerable<string> documentIds);

    /// <summary>Every entity the stored documents name, most widely reported first.</summary>
    IReadOnlyList<EntitySummary> Entities();

    StoreStatistics Statistics();

    /// <summary>
    /// Fuses the candidate groups whose mentions changed since they were last fused; returns how many. Writes only
    /// note what changed, so a long ingestion fuses each group once, at its end; every read above fuses first.
    /// </summary>
    int Fuse();
}

/// <summary>A document as evidence cites it.</summary>
public sealed record ReportSource(string DocumentId, string? Title, string? Publisher, PartialDate? Published, string Source, string? Url);

/// <summary>An entity over the store: in how many documents it is named, and how often.</summary>
public sealed record EntitySummary(string Id, string Type, string Name, int Documents, int Mentions);

/// <summary>What a store holds, in figures.</summary>
public sealed record StoreStatistics(
    long Documents,
    long Sources,
    long Mentions,
    long Events,
    long EventsWithConflicts,
    long EventsFromSeveralDocuments,
    string? FirstDate,
    string? LastDate,
    IReadOnlyList<(string Name, long Count)> ByType,
    IReadOnlyList<(string Name, long Count)> ByStatus,
    IReadOnlyList<(string Pair, long Count)> TopPairs);
