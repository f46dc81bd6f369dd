using Dyad.Annotation.Events;

namespace Dyad.Fusion;

/// <summary>
/// One real-world event: the <see cref="Event"/> record with the evidence of every document that reports it
/// and the fields they disagree on, and how many independent sources (copies of one report counted once) and
/// documents report it.
/// </summary>
public sealed record FusedEvent(Event Event, int SourceCount, int DocumentCount)
{
    public string Id => Event.Id;
}
