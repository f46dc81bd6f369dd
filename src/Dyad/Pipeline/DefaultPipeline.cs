using Dyad.Annotation.Sentences;
using Dyad.Annotation.Time;
using Dyad.Cleaning.Dating;

namespace Dyad.Pipeline;

/// <summary>Dyad's stages in order: the whole flow from a read document to its annotations, in one place.</summary>
public static class DefaultPipeline
{
    public static DocumentPipeline Create()
    {
        var time = TimeExpressionRecognizer.Default;
        return new DocumentPipeline(
        [
            new PublicationDateStage(time),
            new SentenceStage(),
            new TimeExpressionStage(time),
        ]);
    }
}
