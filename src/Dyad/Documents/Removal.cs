namespace Dyad.Documents;

/// <summary>Why a range of the original text is not part of the article's body.</summary>
public enum RemovalReason
{
    /// <summary>Site chrome: menus, calendars, teasers, share buttons, copyright, inserted unrelated headlines.</summary>
    Boilerplate,

    /// <summary>Lines about the article rather than of it: title, byline, attribution, author bio.</summary>
    Metadata,

    /// <summary>A second copy of a passage that already stands earlier in the text.</summary>
    Duplicate,
}

/// <summary>A range of the original text that cleaning marked as not body text. The text itself is never edited.</summary>
public readonly record struct Removal(TextSpan Span, RemovalReason Reason);
