using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Annotation.Entities;

/// <summary>How strongly a candidate is known to name what it says: overlapping candidates are settled by length, then by this.</summary>
internal enum MentionEvidence : byte
{
    /// <summary>Found by its shape and context (a title, a head word, a designation pattern).</summary>
    Shape,

    /// <summary>Defined in the document itself ("… Committee (JMCC)").</summary>
    Definition,

    /// <summary>A name the knowledge base knows.</summary>
    Knowledge,
}

/// <summary>One possible mention before overlaps are settled: where, what it names, and how it was found.</summary>
/// <param name="Nestable">A country name that may stand inside a longer name of a body or programme ("Pakistan" in "Russia-Pakistan Joint Military Consultative Committee").</param>
/// <param name="Place">For a capital standing for its country: the city, when the words around it show it is meant as a place too.</param>
internal readonly record struct MentionCandidate(
    TextSpan Span,
    EntityType Type,
    string Id,
    string Name,
    KnowledgeEntry? Entry,
    MentionEvidence Evidence,
    bool Nestable = false,
    Location? Place = null)
{
    public static MentionCandidate FromEntry(TextSpan span, KnowledgeEntry entry, bool nestable = false, Location? place = null) =>
        new(span, entry.Type, entry.Id, entry.Name, entry, MentionEvidence.Knowledge, nestable, place);
}
