using AngleSharp.Html.Parser;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>An HTML page as Dyad reads it: its visible text, what its markup says about it, and where its article lies.</summary>
internal static class HtmlPageReader
{
    private static readonly HtmlParserOptions Options = new() { IsScripting = false };

    public static (string Text, SourceMetadata Metadata) Read(string html)
    {
        var page = new HtmlParser(Options).ParseDocument(html);
        var metadata = HtmlMetadataReader.Read(page);
        var candidates = MainContentLocator.StructuralCandidates(page);
        var (text, spans) = HtmlTextExtractor.Extract(page, candidates);
        if (!MainContentLocator.IsLongEnough(spans))
            spans = MainContentLocator.ByReadability(page, text, metadata.Url);
        return (text, metadata with { MainContent = spans });
    }
}
