using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>One manifest line: what the user states about the document at <see cref="Path"/>.</summary>
public sealed record ManifestEntry(string Path, PartialDate? Published, string? Publisher, string? Url, string? Title, string? Author);
