using System.Buffers;

namespace Dyad.Cleaning;

/// <summary>
/// How much a short line shares the article's topic: the share of its content words that the body
/// also uses. An unrelated headline inserted between paragraphs shares almost none.
/// </summary>
internal sealed class TopicOverlap
{
    private static readonly SearchValues<char> Separators = SearchValues.Create(" \t,;:.\"“”‘’()?!-–—");

    /// <summary>Room for a lower-cased word; a longer one is copied to the heap.</summary>
    private const int WordBuffer = 64;

    private readonly HashSet<string> _bodyWords = new(StringComparer.Ordinal);

    public TopicOverlap()
    {
    }

    public TopicOverlap(IEnumerable<string> bodyLines)
    {
        foreach (var line in bodyLines) Add(line.AsSpan());
    }

    /// <summary>Counts the content words of one more body line.</summary>
    public void Add(ReadOnlySpan<char> bodyLine)
    {
        var words = _bodyWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in new ContentWords(bodyLine, stackalloc char[WordBuffer])) words.Add(word);
    }

    /// <summary>The share of the line's content words found in the body; 1 when it has none to judge by.</summary>
    public double Of(ReadOnlySpan<char> line)
    {
        var words = _bodyWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var total = 0;
        var shared = 0;
        foreach (var word in new ContentWords(line, stackalloc char[WordBuffer]))
        {
            total++;
            if (words.Contains(word)) shared++;
        }
        return total == 0 ? 1.0 : shared / (double)total;
    }

    /// <summary>
    /// The content words of a line, lower-cased (into the buffer) and stemmed: three letters or more,
    /// not a stopword, holding a letter.
    /// </summary>
    private ref struct ContentWords(ReadOnlySpan<char> line, Span<char> buffer)
    {
        private ReadOnlySpan<char> _rest = line;
        private readonly Span<char> _buffer = buffer;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly ContentWords GetEnumerator() => this;

        public bool MoveNext()
        {
            var stopwords = CleaningRules.Stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
            while (!_rest.IsEmpty)
            {
                var end = _rest.IndexOfAny(Separators);
                var raw = (end < 0 ? _rest : _rest[..end]).Trim('\'');
                _rest = end < 0 ? default : _rest[(end + 1)..];
                if (raw.Length < 3) continue;
                Span<char> lowered = raw.Length <= _buffer.Length ? _buffer[..raw.Length] : new char[raw.Length];
                raw.ToLowerInvariant(lowered);
                if (stopwords.Contains(lowered) || !HasLetter(lowered)) continue;
                Current = Stem(lowered);
                return true;
            }
            return false;
        }
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>A crude stem so "talks" meets "talk" and "signed" meets "signing".</summary>
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["ings", "ing", "ies", "ed", "es", "s"])
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
                return word[..^suffix.Length];
        return word;
    }
}
