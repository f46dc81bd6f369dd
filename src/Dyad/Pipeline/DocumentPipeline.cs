using Dyad.Documents;

namespace Dyad.Pipeline;

/// <summary>The stages a document passes through, in order; built in one place so the flow reads in one screen.</summary>
public sealed class DocumentPipeline
{
    private readonly IDocumentStage[] _stages;

    public DocumentPipeline(IEnumerable<IDocumentStage> stages) => _stages = stages.ToArray();

    public IReadOnlyList<IDocumentStage> Stages => _stages;

    public Document Process(Document document)
    {
        foreach (var stage in _stages)
            stage.Process(document);
        return document;
    }
}
