using Dyad.Storage;
using Dyad.Web.Annotations;
using Dyad.Web.Events;

namespace Dyad.Web.Api;

/// <summary>The event list's query string: every filter optional.</summary>
public sealed class EventListParameters
{
    /// <summary>Two states, e.g. PAK-RUS.</summary>
    public string? Pair { get; set; }
    public string? Country { get; set; }
    public string? Type { get; set; }
    public string? Status { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    /// <summary>Words that must all appear in names, people, equipment or evidence.</summary>
    public string? Q { get; set; }
    /// <summary>accepted, rejected, edited, reviewed, unreviewed.</summary>
    public string? Review { get; set; }
    public string? Person { get; set; }
    public string? Equipment { get; set; }
    public int? Offset { get; set; }
    public int? Limit { get; set; }

    public EventFilter ToFilter() => new()
    {
        Pair = Pair, Country = Country, Type = Type, Status = Status, From = From, To = To, Q = Q, Review = Review,
        Person = Person, Equipment = Equipment, Offset = Offset ?? 0, Limit = Limit ?? 50,
    };
}

public sealed record DocumentListItem(string Id, string? Title, string? Publisher, string? Published, string? PublishedBasis, int Sources, string Source)
{
    public static DocumentListItem From(DocumentSummary d) =>
        new(d.Id, d.Title, d.Publisher, d.Published?.Date.ToString(), d.Published is { } p ? StorageJson.BasisName(p.Basis) : null, d.SourceCount, d.FirstSource);
}

public sealed record DocumentList(long Total, int Offset, IReadOnlyList<DocumentListItem> Documents);

public sealed record RemovedRange(int Start, int End, string Reason);

public sealed record SourceItem(string Path, string? Url, DateTimeOffset FirstSeen);

/// <summary>A stored document: original text and every annotation as spans into it (output-schema.md's document record, with the original text).</summary>
public sealed record DocumentDetail(
    string Id, string? Title, string? Author, string? Publisher, string? Published, string? PublishedBasis, string Format,
    string OriginalText, string Text, IReadOnlyList<RemovedRange> Removed, IReadOnlyList<SourceItem> Sources,
    IReadOnlyList<EntityAnnotation> Entities, IReadOnlyList<TimexAnnotation> Timexes, IReadOnlyList<EventRecord> Events)
{
    public static DocumentDetail From(AnnotatedDocument a)
    {
        var d = a.Document;
        return new DocumentDetail(d.Id, d.Title, d.Author, d.Publisher, d.Published?.Date.ToString(),
            d.Published is { } p ? StorageJson.BasisName(p.Basis) : null, d.Format, d.Text, d.CleanText,
            d.Removed.Select(r => new RemovedRange(r.Span.Start, r.Span.End, StorageJson.ReasonName(r.Reason))).ToList(),
            d.Sources.Select(s => new SourceItem(s.Path, s.Url, s.FirstSeen)).ToList(),
            a.Entities, a.Timexes, a.Events);
    }
}

public sealed record PairCount(string Pair, int Events);

public sealed record SplitResult(string Id, Dyad.Web.Reviews.AuditEntry Entry);

public sealed record UploadStarted(string Id, string Status);
