namespace Dyad.Reading;

/// <summary>Bytes turned into text, or the reason they are not text.</summary>
internal sealed record DecodedText(string Text, string EncodingName, IReadOnlyList<string> Warnings)
{
    public static DecodedText Refused(string reason) => new("", "", []) { Refusal = reason };

    /// <summary>Set when the bytes were refused: binary, empty; then <see cref="Text"/> is empty.</summary>
    public string? Refusal { get; private init; }
}
