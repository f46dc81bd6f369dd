using Dyad.Annotation.Sentences;
using Dyad.Documents;

namespace Dyad.Tests.Annotation.Sentences;

public sealed class SentenceSplitterTests
{
    /// <summary>Text with sentences separated by " | " → the sentences the splitter must find.</summary>
    [Theory]
    [InlineData("Pakistan and Russia signed a deal. The deal lifted an embargo.", "Pakistan and Russia signed a deal. | The deal lifted an embargo.")]
    [InlineData("Col. Gen. Alexander Fomin visited Rawalpindi. He met officials.", "Col. Gen. Alexander Fomin visited Rawalpindi. | He met officials.")]
    [InlineData("The U.S. cut aid in 2018. Pakistan turned to Russia.", "The U.S. cut aid in 2018. | Pakistan turned to Russia.")]
    [InlineData("Growth was 3.5 percent. Officials were pleased.", "Growth was 3.5 percent. | Officials were pleased.")]
    [InlineData("Donald J. Trump spoke. Nobody answered.", "Donald J. Trump spoke. | Nobody answered.")]
    [InlineData("He said, \"We agree.\" Talks ended.", "He said, \"We agree.\" | Talks ended.")]
    [InlineData("Is it over? Not yet! Talks go on.", "Is it over? | Not yet! | Talks go on.")]
    [InlineData("A headline without a stop\nThe first paragraph starts here.", "A headline without a stop | The first paragraph starts here.")]
    [InlineData("The drills, e.g. in Cherat, went well.", "The drills, e.g. in Cherat, went well.")]
    [InlineData("Dr. Muhammad Khan wrote it. Mr. Lavrov agreed.", "Dr. Muhammad Khan wrote it. | Mr. Lavrov agreed.")]
    [InlineData("It ended in 2016. 2017 was quieter.", "It ended in 2016. | 2017 was quieter.")]
    public void Splits_sentences_as_a_reader_would(string text, string expected)
    {
        var sentences = SentenceSplitter.Default.Split(new Document("t.txt", text));

        Assert.Equal(expected.Split(" | "), sentences.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void Removed_text_is_never_part_of_a_sentence()
    {
        var text = "Menu Home About\nPakistan and Russia met.\nShare this post";
        var document = new Document("t.txt", text);
        document.Removed.Add(new Removal(new TextSpan(0, 16), RemovalReason.Boilerplate));
        document.Removed.Add(new Removal(new TextSpan(text.IndexOf("Share"), text.Length), RemovalReason.Boilerplate));

        var sentences = SentenceSplitter.Default.Split(document);

        Assert.Equal(["Pakistan and Russia met."], sentences.Select(s => text[s.Start..s.End]));
    }
}
