using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Annotation.Sentences;

/// <summary>Marks the sentences of the body, the unit later stages read events and evidence from.</summary>
public sealed class SentenceStage(SentenceSplitter? splitter = null) : IDocumentStage
{
    private readonly SentenceSplitter _splitter = splitter ?? SentenceSplitter.Default;

    public string Name => "sentences";

    public void Process(Document document)
    {
        document.Sentences.Clear();
        _splitter.Split(document, document.Sentences);
    }
}
