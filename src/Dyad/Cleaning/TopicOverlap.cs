namespace Dyad.Cleaning;

/// <summary>
/// How much a short line shares the article's topic: the share of its content words that the body
/// also uses. An unrelated headline inserted between paragraphs shares almost none.
/// </summary>
internal sealed class TopicOverlap
{
    private readonly HashSet<string> _bodyWords = new(StringComparer.Ordinal);

    public TopicOverlap(IEnumerable<string> bodyLines)
    {
        foreach (var line in bodyLines)
            foreach (var word in ContentWords(line))
                _bodyWords.Add(word);
    }

    /// <summary>The share of the line's content words found in the body; 1 when it has none to judge by.</summary>
    public double Of(string line)
    {
        var total = 0;
        var shared = 0;
        foreach (var word in ContentWords(line))
        {
            total++;
            if (_bodyWords.Contains(word)) shared++;
        }
        return total == 0 ? 1.0 : shared / (double)total;
    }

    private static IEnumerable<string> ContentWords(string text)
    {
        foreach (var raw in text.Split([' ', '\t', ',', ';', ':', '.', '"', '“', '”', '‘', '’', '(', ')', '?', '!', '-', '–', '—'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('\'').ToLowerInvariant();
            if (word.Length < 3 || CleaningRules.Stopwords.Contains(word) || !word.Any(char.IsLetter)) continue;
            yield return Stem(word);
        }
    }

    /// <summary>A crude stem so "talks" meets "talk" and "signed" meets "signing".</summary>
    private static string Stem(string word)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["ings", "ing", "ies", "ed", "es", "s"])
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
                return word[..^suffix.Length];
        return word;
    }
}
