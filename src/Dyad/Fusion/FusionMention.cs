using Dyad.Annotation.Events;
using Dyad.Documents;

namespace Dyad.Fusion;

/// <summary>
/// One document's event as fusion sees it: the event the document reports (with its evidence there) and
/// what fusion needs to know of the document: its id, publisher and publication date.
/// </summary>
/// <param name="Id">Stable: <c>m-</c> and the hash of the document-level event id.</param>
public sealed record FusionMention(string Id, string DocumentId, PartialDate? Published, string? Publisher, Event Event)
{
    /// <summary>The mention id of a document's event: its id with the <c>m-</c> prefix, so a fused event can take its seed's id back.</summary>
    public static string IdFor(Event e) => "m-" + (e.Id.StartsWith("e-", StringComparison.Ordinal) ? e.Id[2..] : e.Id);

    /// <summary>The fused event id founded by this mention: the document-level event id of the seed.</summary>
    public string EventId => "e-" + Id[2..];

    /// <summary>The candidate group: mentions of one type between the same states; only these can be one event.</summary>
    public string Block => BlockFor(Event);

    public static string BlockFor(Event e) => e.Type.ToSchemaName() + "|" + string.Join(',', e.Countries.Select(c => c.Value).Order(StringComparer.Ordinal));
}
