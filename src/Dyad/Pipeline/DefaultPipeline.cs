using Dyad.Annotation.Entities;
using Dyad.Annotation.Events;
using Dyad.Annotation.Sentences;
using Dyad.Annotation.Time;
using Dyad.Cleaning;
using Dyad.Cleaning.Dating;
using Dyad.Knowledge;

namespace Dyad.Pipeline;

/// <summary>Dyad's stages in order: the whole flow from a read document to its annotations, in one place.</summary>
public static class DefaultPipeline
{
    public static DocumentPipeline Create() => Create(KnowledgeBase.Default);

    /// <param name="cleaning">Batch-level signals for cleaning (line recurrence), when the caller reads a batch.</param>
    public static DocumentPipeline Create(KnowledgeBase knowledge, CleaningOptions? cleaning = null)
    {
        var time = TimeExpressionRecognizer.Default;
        return new DocumentPipeline(
        [
            .. CleaningStages.Create(cleaning),
            new PublicationDateStage(time, new KnowledgeEditionLookup(knowledge)),
            new SentenceStage(),
            new TimeExpressionStage(time),
            new EntityStage(knowledge),
            new EventStage(knowledge), // reads entities: stays after the entity stage
        ]);
    }
}
