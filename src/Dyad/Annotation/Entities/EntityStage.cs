using Dyad.Documents;
using Dyad.Knowledge;
using Dyad.Pipeline;

namespace Dyad.Annotation.Entities;

/// <summary>
/// Fills <see cref="Document.Entities"/> from the body (never from removed ranges): names the knowledge
/// base knows, with the sense the context gives them; people, bodies and programmes it does not know,
/// by titles, head words and the shape of names; acronyms the document defines; equipment by its
/// designation; and surnames and acronyms standing for a name given earlier. One entity an id, mentions
/// in text order, entities in order of first mention. Reads <see cref="Document.Sentences"/> when the
/// sentence stage ran before it. Holds no per-document state: one instance serves all threads.
/// </summary>
public sealed class EntityStage : IDocumentStage
{
    private readonly KnowledgeBase _knowledge;
    private readonly EntityLexicon _lexicon;

    /// <param name="knowledge">The knowledge base to link names to: the built-in one, or one with users' folders (--kb).</param>
    public EntityStage(KnowledgeBase knowledge)
        : this(knowledge, EntityLexicon.Default)
    {
    }

    internal EntityStage(KnowledgeBase knowledge, EntityLexicon lexicon)
    {
        _knowledge = knowledge;
        _lexicon = lexicon;
    }

    public string Name => "entities";

    public void Process(Document document)
    {
        document.Entities.Clear();
        document.Entities.AddRange(Find(document));
    }

    /// <summary>The entities of the document's body, without changing the document.</summary>
    public List<Entity> Find(Document document)
    {
        using var scan = new EntityScan(document, _knowledge, _lexicon);
        KnowledgeMentions.Find(scan);
        Designations.Find(scan);
        PersonNames.Find(scan);
        BodyNames.Find(scan);
        var definitions = AcronymDefinitions.Find(scan);
        var mentions = MentionResolver.Resolve(scan.Candidates);
        return EntityAssembler.Assemble(scan, mentions, definitions);
    }
}
