using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Cleaning;

/// <summary>
/// Marks the lines that are not the article's body (site chrome as boilerplate; title, byline, dateline,
/// attribution and bio as metadata) and reads out title, author and publisher: what the source said
/// (manifest, HTML meta) wins over what the lines say.
/// </summary>
public sealed class LineCleaningStage(CleaningOptions? options = null) : IDocumentStage
{
    private readonly PageClassifier _classifier = new(options?.Recurrence);

    public string Name => "lines";

    public void Process(Document document)
    {
        var page = _classifier.Classify(document);
        for (var i = 0; i < page.Lines.Count; i++)
        {
            var reason = page.Roles[i] switch
            {
                LineRole.Chrome => RemovalReason.Boilerplate,
                LineRole.Title or LineRole.Metadata => RemovalReason.Metadata,
                _ => (RemovalReason?)null,
            };
            if (reason is { } r) document.Removed.Add(new Removal(page.Lines[i].Span, r));
        }
        document.Title ??= page.Title;
        document.Author ??= page.Author;
        document.Publisher ??= page.Publisher;
    }
}
