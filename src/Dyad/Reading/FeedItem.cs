namespace Dyad.Reading;

/// <summary>One entry of an RSS or Atom feed, as the feed gives it; <see cref="Content"/> is HTML or plain text.</summary>
internal sealed record FeedItem(string? Title, string? Link, string? Content, string? Published, string? Author, string? Publisher);
