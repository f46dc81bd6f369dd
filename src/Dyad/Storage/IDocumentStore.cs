using Dyad.Documents;

namespace Dyad.Storage;

/// <summary>
/// Where documents live once read, cleaned and annotated. Keyed by content (<see cref="Document.ContentId"/>):
/// writing the same article again adds nothing, and one article found at several sources is one document
/// with several sources. Every backend (embedded SQLite, PostgreSQL) honours the same rules:
/// a batch is one transaction, so a process killed mid-batch leaves the store as it was before the batch.
/// Implementations are safe to use from several threads; writes are serialized.
/// </summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>
    /// Writes the documents in one transaction. A document that cannot be stored (bad ranges, a value
    /// the backend refuses) is reported as <see cref="WriteOutcome.Failed"/> and the rest go on;
    /// a failure of the store itself (disk full, I/O) throws and leaves the store unchanged.
    /// </summary>
    BatchWriteResult Write(IReadOnlyList<Document> documents);

    /// <summary>The number of documents stored.</summary>
    long Count();

    /// <summary>Every document, oldest publication first (undated last), ties by id: a stable order.</summary>
    IEnumerable<DocumentSummary> List();

    /// <summary>One document with its sources in the order they were first seen; null when no document has that id.</summary>
    StoredDocument? Find(string id);

    /// <summary>
    /// Documents whose title or cleaned text match a full-text query (words, "quoted phrases", AND/OR/NOT,
    /// prefix*), best match first. Throws <see cref="ArgumentException"/> when the query cannot be parsed.
    /// </summary>
    IReadOnlyList<DocumentSummary> Search(string query, int limit = 20);

    /// <summary>
    /// Replaces the annotations later stages made for a document (entities, timexes, events) with
    /// <paramref name="json"/>, a JSON value. Returns false when no document has that id.
    /// </summary>
    bool SaveAnnotations(string id, string json);
}
