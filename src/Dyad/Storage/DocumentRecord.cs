using Dyad.Documents;

namespace Dyad.Storage;

/// <summary>
/// The storable form of a document, computed once from it and the same for every backend:
/// the content id, the cleaned text and the JSON of removed ranges and warnings.
/// Title, author, publisher and date are the document's own (cleaning's conclusion), else what the source said.
/// </summary>
public sealed record DocumentRecord(
    string Id,
    string Source,
    string? Url,
    string? Title,
    string? Author,
    string? Publisher,
    PublicationDate? Published,
    string Format,
    string Text,
    string CleanText,
    string RemovedJson,
    string WarningsJson)
{
    /// <summary>Throws when the document's removed ranges do not fit its text.</summary>
    public static DocumentRecord From(Document document)
    {
        foreach (var removal in document.Removed)
        {
            if (removal.Span.Start < 0 || removal.Span.End > document.Text.Length || removal.Span.Start > removal.Span.End)
                throw new ArgumentException(
                    $"removed range {removal.Span} does not fit a text of {document.Text.Length} characters", nameof(document));
        }
        var clean = document.CleanText();
        var metadata = document.Metadata;
        return new DocumentRecord(
            Document.IdFor(clean),
            document.Source,
            string.IsNullOrEmpty(metadata.Url) ? null : metadata.Url,
            document.Title ?? metadata.Title,
            document.Author ?? metadata.Author,
            document.Publisher ?? metadata.Publisher,
            document.Published ?? metadata.Published,
            metadata.Format,
            document.Text,
            clean,
            StorageJson.WriteRemovals(document.Removed),
            StorageJson.WriteStrings(document.Warnings));
    }
}
