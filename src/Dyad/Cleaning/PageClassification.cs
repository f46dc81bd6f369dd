namespace Dyad.Cleaning;

/// <summary>What a line of a page is to the article.</summary>
internal enum LineRole
{
    Body,
    Title,

    /// <summary>Byline, dateline, attribution or author bio.</summary>
    Metadata,

    /// <summary>Site chrome: menus, calendars, teasers, buttons, blurbs, inserted unrelated headlines.</summary>
    Chrome,
}

/// <summary>The role of every line of a page, and what its metadata lines say.</summary>
internal sealed record PageClassification(IReadOnlyList<PageLine> Lines, LineRole[] Roles, string? Title, string? Author, string? Publisher);
