using System.Text;
using Dyad.Cleaning;
using Dyad.Documents;

namespace Dyad.Tests.Cleaning;

public sealed class FoldedPassagesTests
{
    /// <summary>Lines of every length, with capitals, digits, punctuation and characters outside ASCII at every place of the eight a step reads.</summary>
    [Fact]
    public void Folds_a_line_and_its_sentences_as_the_definition_does_one_character_at_a_time()
    {
        const string alphabet = "aZq09 .,'-’ÉéßΣ—\u00A0\n@[`{";
        var random = new Random(5);
        for (var trial = 0; trial < 3000; trial++)
        {
            var text = RandomText.Of(random, alphabet, 90);
            var cut = random.Next(0, text.Length + 1);
            var sentences = new List<TextSpan> { new(random.Next(0, cut + 1), cut) };
            var folds = FoldedPassages.ForText(text.Length);
            var sentenceFolds = new List<FoldedPassages.Fold>();
            var line = folds.FoldLine(text, new TextSpan(0, text.Length), sentences, sentenceFolds);
            Assert.Equal(Definition(text), folds.Chars(line).ToString());
            Assert.Equal(Definition(text[sentences[0].Start..sentences[0].End]), folds.Chars(sentenceFolds[0]).ToString());
        }
    }

    /// <summary>The letters and digits of the text, lower-cased.</summary>
    private static string Definition(string text)
    {
        var folded = new StringBuilder();
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) folded.Append(char.ToLowerInvariant(c));
        return folded.ToString();
    }
}
