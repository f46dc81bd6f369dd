namespace Dyad.Documents;

/// <summary>Where a publication date came from, strongest first.</summary>
public enum DateBasis
{
    /// <summary>A manifest the user supplied.</summary>
    Manifest,

    /// <summary>What the source said: HTML meta tags, a feed item's date, a JSON Lines field.</summary>
    Metadata,

    /// <summary>A dateline in the article's header.</summary>
    Header,

    /// <summary>Inferred from what the text itself treats as past.</summary>
    Content,
}

/// <summary>A document's publication date and the evidence it rests on.</summary>
public sealed record PublicationDate(PartialDate Date, DateBasis Basis);
