using Dyad.Annotation.Sentences;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Cleaning;

/// <summary>
/// Keeps the first copy of a passage that stands twice: a paragraph repeated whole, or a sentence
/// repeated inside another paragraph. Later copies are marked as duplicates. Short sentences
/// ("He agreed.") recur naturally and are left alone.
/// </summary>
public sealed class DuplicatePassageStage : IDocumentStage
{
    /// <summary>A sentence must be this long (in letters and digits) before its repeat counts as a duplicate passage.</summary>
    private const int MinimumSentenceLength = 40;

    public string Name => "duplicates";

    public void Process(Document document)
    {
        var text = document.Text;
        var seenParagraphs = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var seenSentences = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var duplicates = new List<Removal>();
        var body = document.BodySpans();
        var sentences = new List<TextSpan>();
        var folded = new char[256];
        var at = 0;
        foreach (var line in PageLine.Spans(text))
        {
            while (at < body.Count && body[at].End <= line.Start) at++;
            if (at == body.Count || !body[at].Contains(line.Start)) continue; // removed already
            if (folded.Length < line.Length) folded = new char[Math.Max(line.Length, folded.Length * 2)];
            if (!seenParagraphs.Add(Fold(text.AsSpan(line.Start, line.Length), folded)))
            {
                duplicates.Add(new Removal(line, RemovalReason.Duplicate));
                continue;
            }
            sentences.Clear();
            SentenceSplitter.Default.Split(text, line, sentences);
            foreach (var sentence in sentences)
            {
                var key = Fold(text.AsSpan(sentence.Start, sentence.Length), folded);
                if (key.Length < MinimumSentenceLength) continue;
                if (!seenSentences.Add(key))
                    duplicates.Add(new Removal(sentence, RemovalReason.Duplicate));
            }
        }
        document.Removed.AddRange(duplicates);
    }

    /// <summary>
    /// Letters and digits only, lower case, written into <paramref name="buffer"/> (as long as the passage at least):
    /// copies that differ in spacing or punctuation still meet.
    /// </summary>
    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> passage, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in passage)
            if (char.IsLetterOrDigit(c)) buffer[length++] = char.ToLowerInvariant(c);
        return buffer[..length];
    }
}
