using Dyad.Documents;

namespace Dyad.Storage;

/// <summary>One line of a listing: enough to pick a document without loading its text.</summary>
public sealed record DocumentSummary(
    string Id,
    PublicationDate? Published,
    string? Title,
    string? Publisher,
    int SourceCount,
    string FirstSource);
