using Dyad.Documents;

namespace Dyad.Storage;

/// <summary>A place a document was read from. <see cref="Url"/> is null when the source gave none.</summary>
public sealed record DocumentSource(string Path, string? Url, DateTimeOffset FirstSeen);

/// <summary>A document as the store holds it: the original text exactly as read, what cleaning found, and its sources.</summary>
public sealed record StoredDocument(
    string Id,
    string? Title,
    string? Author,
    string? Publisher,
    PublicationDate? Published,
    string Format,
    string Text,
    string CleanText,
    IReadOnlyList<Removal> Removed,
    IReadOnlyList<string> Warnings,
    DateTimeOffset FirstIngested,
    IReadOnlyList<DocumentSource> Sources,
    string? AnnotationsJson)
{
    /// <summary>
    /// Rebuilds a <see cref="Document"/> from the first source, with its metadata and removed ranges,
    /// so later stages can run on stored documents without reading the sources again.
    /// </summary>
    public Document ToDocument()
    {
        var first = Sources.Count > 0 ? Sources[0] : new DocumentSource(Id, null, FirstIngested);
        var metadata = new SourceMetadata { Url = first.Url, Format = Format };
        var document = new Document(first.Path, Text, metadata)
        {
            Title = Title,
            Author = Author,
            Publisher = Publisher,
            Published = Published,
        };
        document.Removed.AddRange(Removed);
        document.Warnings.AddRange(Warnings);
        return document;
    }
}
