using Dyad.Documents;

namespace Dyad.Cleaning.Dating;

/// <summary>A mention of a dated edition of a named series ("Druzhba VI", "Friendship 2017") and when that edition was held.</summary>
public sealed record NamedEdition(TextSpan Span, string Name, PartialDate Held);

/// <summary>
/// Finds mentions of editions the knowledge base knows the dates of (exercise series, summits, dialogue rounds).
/// Publication dating uses them as content evidence: an article that speaks of an edition was written at or after it.
/// Implementations must be thread-safe.
/// </summary>
public interface INamedEditionLookup
{
    /// <summary>The editions mentioned within <paramref name="range"/> of <paramref name="text"/>.</summary>
    IEnumerable<NamedEdition> FindEditions(string text, TextSpan range);
}
