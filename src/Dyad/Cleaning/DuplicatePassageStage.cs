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
        var folds = FoldedPassages.ForText(text.Length);
        var seenParagraphs = folds.Paragraphs;
        var seenSentences = folds.Sentences;
        var duplicates = new List<Removal>();
        var body = document.BodySpans();
        var sentences = new List<TextSpan>();
        var sentenceFolds = new List<FoldedPassages.Fold>();
        var at = 0;
        foreach (var line in PageLine.Spans(text))
        {
            while (at < body.Length && body[at].End <= line.Start) at++;
            if (at == body.Length || !body[at].Contains(line.Start)) continue; // removed already
            sentences.Clear();
            sentenceFolds.Clear();
            SentenceSplitter.Default.Split(text, line, sentences);
            if (!seenParagraphs.Add(folds.FoldLine(text, line, sentences, sentenceFolds)))
            {
                duplicates.Add(new Removal(line, RemovalReason.Duplicate));
                continue;
            }
            for (var k = 0; k < sentences.Count; k++)
            {
                if (sentenceFolds[k].Length < MinimumSentenceLength) continue;
                if (!seenSentences.Add(sentenceFolds[k]))
                    duplicates.Add(new Removal(sentences[k], RemovalReason.Duplicate));
            }
        }
        document.Removed.AddRange(duplicates);
    }
}
