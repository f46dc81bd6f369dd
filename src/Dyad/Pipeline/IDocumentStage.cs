using Dyad.Documents;

namespace Dyad.Pipeline;

/// <summary>
/// One named step of the pipeline: reads a document and adds to it (removed ranges, metadata,
/// annotations). A stage never edits the text and must be safe to call from several threads
/// on different documents.
/// </summary>
public interface IDocumentStage
{
    string Name { get; }

    void Process(Document document);
}
