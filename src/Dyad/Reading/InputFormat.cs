namespace Dyad.Reading;

/// <summary>The kinds of input the reader understands. Names are what <c>SourceMetadata.Format</c> records.</summary>
internal enum InputFormat
{
    Text,
    Html,
    Feed,
    JsonLines,

    /// <summary>XML that is not a feed: refused rather than read as markup soup.</summary>
    OtherXml,
}
