using System.Globalization;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>An input decoded to text, and how to make its documents: named, with the manifest laid over, warned.</summary>
internal sealed record DecodedInput(string Source, string? FilePath, DecodedText Decoded, Manifest? Manifest)
{
    public string Text => Decoded.Text;

    /// <summary>A document of this input; <paramref name="item"/> numbers a feed item or JSON Lines record (source#N).</summary>
    public Document CreateDocument(string text, SourceMetadata metadata, int? item = null, IEnumerable<string>? warnings = null)
    {
        var entry = FilePath is null ? null : Manifest?.Find(FilePath, item);
        var document = new Document(ItemSource(item), text, Manifest.Apply(entry, metadata));
        document.Warnings.AddRange(Decoded.Warnings);
        if (warnings is not null) document.Warnings.AddRange(warnings);
        return document;
    }

    public string ItemSource(int? item) => item is { } n ? Source + "#" + n.ToString(CultureInfo.InvariantCulture) : Source;
}
