using Dyad.Cleaning;
using Dyad.Documents;

namespace Dyad.Tests.Cleaning;

public sealed class PageLineTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Talks on defence", 3)]
    [InlineData("Russia-Pakistan talks", 2)]
    [InlineData("Russia’s talks, don't stop", 4)]
    [InlineData("2018 and 66 are no words", 4)]
    [InlineData("a -- b ' c", 3)]
    [InlineData("word--joined and Ümit's café", 4)]
    public void Counts_words_of_letters(string text, int words) => Assert.Equal(words, new PageLine(0, new TextSpan(0, text.Length), text).Words);

    /// <summary>Lines of every length, with joiners and characters outside ASCII at every place of the eight a step reads.</summary>
    [Fact]
    public void Counts_words_as_the_definition_does_one_character_at_a_time()
    {
        const string alphabet = "aZ q-'’é1 .ß—\u00A0";
        var random = new Random(7);
        for (var trial = 0; trial < 5000; trial++)
        {
            var text = RandomText.Of(random, alphabet, 70);
            Assert.Equal(Definition(text), new PageLine(0, new TextSpan(0, text.Length), text).Words);
        }
    }

    /// <summary>A word starts at a letter after neither a letter nor a run of joiners (' - ’) that follows one.</summary>
    private static int Definition(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);
            var joiner = c is '\'' or '-' or '’';
            if (letter && !inWord) count++;
            inWord = letter || inWord && joiner;
        }
        return count;
    }
}
