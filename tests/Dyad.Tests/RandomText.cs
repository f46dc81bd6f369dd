namespace Dyad.Tests;

/// <summary>Random strings over a test's alphabet, for checking a fast path against its plain definition.</summary>
internal static class RandomText
{
    /// <summary>A string of 0 to <paramref name="maxLength"/> - 1 characters drawn from <paramref name="alphabet"/>.</summary>
    public static string Of(Random random, string alphabet, int maxLength)
    {
        var chars = new char[random.Next(0, maxLength)];
        for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }
}
