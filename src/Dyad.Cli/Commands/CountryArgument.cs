using System.CommandLine.Parsing;
using Dyad.Knowledge;

namespace Dyad.Cli.Commands;

/// <summary>States on the command line: ISO alpha-3 codes (PAK) or names the knowledge base knows (Pakistan, Russia).</summary>
internal static class CountryArgument
{
    public static bool TryParse(string text, out CountryCode code)
    {
        text = text.Trim();
        if (CountryCode.TryParse(text.ToUpperInvariant(), out code) && KnowledgeBase.Default.Find(code) is not null) return true;
        foreach (var country in KnowledgeBase.Default.All<Country>())
            if (string.Equals(country.Name, text, StringComparison.OrdinalIgnoreCase)
                || country.Aliases.Any(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase)))
            {
                code = country.Code;
                return true;
            }
        return CountryCode.TryParse(text.ToUpperInvariant(), out code);
    }

    /// <summary>Parses every token (also comma-separated lists); adds an error naming what is not a state.</summary>
    public static List<CountryCode> Parse(ArgumentResult result)
    {
        var codes = new List<CountryCode>();
        foreach (var token in result.Tokens)
            foreach (var part in token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (TryParse(part, out var code)) codes.Add(code);
                else result.AddError($"'{part}' is not a state: give an ISO alpha-3 code (PAK) or a name (Pakistan).");
            }
        return codes;
    }

    /// <summary>One state from one token.</summary>
    public static CountryCode ParseOne(ArgumentResult result)
    {
        var codes = Parse(result);
        if (codes.Count == 1) return codes[0];
        if (codes.Count > 1) result.AddError("give one state here.");
        return default;
    }
}
