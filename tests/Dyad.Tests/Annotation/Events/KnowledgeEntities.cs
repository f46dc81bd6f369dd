using Dyad.Annotation.Entities;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Tests.Annotation.Events;

/// <summary>
/// Stands in for the entity stage in event tests: the knowledge base's matcher over the body, one entity a
/// knowledge-base id with all its mentions. The pipeline uses the real entity stage instead.
/// </summary>
public static class KnowledgeEntities
{
    public static void Fill(Document document, KnowledgeBase? knowledge = null)
    {
        var kb = knowledge ?? KnowledgeBase.Default;
        var byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var body in document.BodySpans())
            foreach (var match in kb.Matcher.Match(document.Text.AsSpan(body.Start, body.Length)))
            {
                var entry = match.Entry;
                if (!byId.TryGetValue(entry.Id, out var entity))
                {
                    byId[entry.Id] = entity = new Entity(entry.Id, entry.Type, entry.Name, entry);
                    document.Entities.Add(entity);
                }
                var start = body.Start + match.Start;
                entity.Mentions.Add(new EntityMention(new TextSpan(start, start + match.Length), document.Text.Substring(start, match.Length)));
            }
    }
}
