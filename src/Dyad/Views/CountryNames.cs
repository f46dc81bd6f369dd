using Dyad.Knowledge;

namespace Dyad.Views;

/// <summary>A state's name for readers, from the knowledge base; the code itself when the base does not know it.</summary>
public static class CountryNames
{
    public static string Of(CountryCode code) => KnowledgeBase.Default.Find(code)?.Name ?? code.Value;

    public static string Of(string code) => CountryCode.TryParse(code, out var c) ? Of(c) : code;
}
