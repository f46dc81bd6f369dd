using System.Text;
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
        var seenParagraphs = new HashSet<string>(StringComparer.Ordinal);
        var seenSentences = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<Removal>();
        var body = document.BodySpans();
        var at = 0;
        foreach (var line in PageLine.Split(text))
        {
            while (at < body.Count && body[at].End <= line.Span.Start) at++;
            if (at == body.Count || !body[at].Contains(line.Span.Start)) continue; // removed already
            if (!seenParagraphs.Add(Fold(line.Text)))
            {
                duplicates.Add(new Removal(line.Span, RemovalReason.Duplicate));
                continue;
            }
            var sentences = new List<TextSpan>();
            SentenceSplitter.Default.Split(text, line.Span, sentences);
            foreach (var sentence in sentences)
            {
                var key = Fold(text[sentence.Start..sentence.End]);
                if (key.Length < MinimumSentenceLength) continue;
                if (!seenSentences.Add(key))
                    duplicates.Add(new Removal(sentence, RemovalReason.Duplicate));
            }
        }
        document.Removed.AddRange(duplicates);
    }

    /// <summary>Letters and digits only, lower case: copies that differ in spacing or punctuation still meet.</summary>
    private static string Fold(string passage)
    {
        var sb = new StringBuilder(passage.Length);
        foreach (var c in passage)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
