using System.Globalization;

namespace Dyad.Reading;

/// <summary>Short, human wording for refusals.</summary>
internal static class Reasons
{
    public static string TooLarge(long length, long limit) => string.Create(CultureInfo.InvariantCulture,
        $"{length:N0} bytes, over the {limit:N0}-byte limit (--max-bytes)");

    /// <summary>The first sentence of an exception's message: parsers add hints and positions a user does not need.</summary>
    public static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
