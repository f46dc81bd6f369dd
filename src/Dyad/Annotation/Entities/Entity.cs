using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Annotation.Entities;

/// <summary>Where a document names an entity, and the words it uses there.</summary>
public readonly record struct EntityMention(TextSpan Span, string Text);

/// <summary>
/// An entity a document names, once however often it is named: the knowledge-base entry it links to
/// (null for people and bodies found by their shape alone) and every mention in the body.
/// </summary>
public sealed class Entity(string id, EntityType type, string name, KnowledgeEntry? entry = null)
{
    /// <summary><c>country:PAK</c>, <c>person:qamar-javed-bajwa</c>, …: a knowledge-base id, or one derived from the name.</summary>
    public string Id { get; } = id;

    public EntityType Type { get; } = type;

    /// <summary>The canonical name: the knowledge base's, else the fullest form the document uses.</summary>
    public string Name { get; } = name;

    public KnowledgeEntry? Entry { get; } = entry;

    public List<EntityMention> Mentions { get; } = [];
}
