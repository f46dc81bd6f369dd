namespace Dyad.Documents;

/// <summary>
/// What the source said about a document, before any reading of its text: a manifest line,
/// a feed item, HTML meta tags or a JSON Lines record. Cleaning weighs it against the text.
/// </summary>
public sealed record SourceMetadata
{
    public static readonly SourceMetadata None = new();

    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Publisher { get; init; }

    /// <summary>A publication date the source states, with where it stated it.</summary>
    public PublicationDate? Published { get; init; }

    /// <summary>The input format the text was read from: text, html, feed, jsonl.</summary>
    public string Format { get; init; } = "text";

    /// <summary>Ranges of the text a reader found to hold the main article (from HTML structure); empty when unknown.</summary>
    public IReadOnlyList<TextSpan> MainContent { get; init; } = [];
}
