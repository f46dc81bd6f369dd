namespace Dyad.Knowledge;

/// <summary>
/// An ISO 3166-1 alpha-3 country code (PAK, RUS), or a retired code kept for history (SUN for the
/// Soviet Union). Always three upper-case ASCII letters; a string that is not one does not become one.
/// </summary>
public readonly record struct CountryCode
{
    private CountryCode(string value) => Value = value;

    public string Value { get; }

    public static CountryCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not an ISO 3166-1 alpha-3 code (three upper-case letters)");

    public static bool TryParse(string? text, out CountryCode code)
    {
        code = default;
        if (text is not { Length: 3 }) return false;
        foreach (var c in text)
            if (c is < 'A' or > 'Z') return false;
        code = new CountryCode(text);
        return true;
    }

    public override string ToString() => Value ?? "";
}
