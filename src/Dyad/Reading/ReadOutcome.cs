using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>What reading gave for one document, or for one input it refused.</summary>
public abstract record ReadOutcome(string Source);

/// <summary>A document read and ready for cleaning.</summary>
public sealed record ReadSucceeded(Document Document) : ReadOutcome(Document.Source);

/// <summary>An input that could not be read, and why, in a few words a user understands ("binary file (PNG image)").</summary>
public sealed record ReadFailed(string Source, string Reason) : ReadOutcome(Source);
