using Dyad.Annotation;

namespace Dyad.Tests.Annotation;

public sealed class FoldedWordTableTests
{
    private static readonly FoldedWordTable<int> Table = new([KeyValuePair.Create("ago", 1), KeyValuePair.Create("Quarter", 2), KeyValuePair.Create("Ümit", 3)]);

    /// <summary>The hash a scan gives a word as it stands in a text: of an ASCII word, without folding it first.</summary>
    private static uint HashedAsItStands(string word) =>
        word.All(char.IsAscii) ? WordHash.OfLowered(word, 0, word.Length) : FoldedWordTable<int>.Hash(word);

    [Theory]
    [InlineData("ago", 1)]
    [InlineData("AGO", 1)]
    [InlineData("quarter", 2)]
    [InlineData("QuArTeR", 2)]
    [InlineData("ümit", 3)]
    [InlineData("ÜMIT", 3)]
    public void Finds_a_word_whatever_its_case_by_the_hash_a_scan_gives_it(string word, int expected)
    {
        Assert.Equal(FoldedWordTable<int>.Hash(word), HashedAsItStands(word));
        Assert.True(Table.TryGetValue(word, HashedAsItStands(word), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("al-Alfi")]
    [InlineData("d'Affaires")]
    [InlineData("JF-17")]
    [InlineData("ab")]
    [InlineData("abcd")]
    [InlineData("Topychkanov")]
    public void A_scan_hashes_an_ascii_word_in_a_longer_text_as_the_table_folds_it(string word)
    {
        // Read four characters at a time, the hash reads past the word's end where the text goes on: those must not count.
        var text = $"x {word}Zq9-' tail";
        Assert.Equal(FoldedWordTable<int>.Hash(word), WordHash.OfLowered(text, 2, 2 + word.Length));
        Assert.Equal(FoldedWordTable<int>.Hash(word), WordHash.OfLowered(text.AsSpan(0, 2 + word.Length), 2, 2 + word.Length));
    }

    [Theory]
    [InlineData("ag")]
    [InlineData("agoo")]
    [InlineData("quarters")]
    [InlineData("")]
    public void Does_not_find_other_words(string word) => Assert.False(Table.TryGetValue(word, out _));

    [Fact]
    public void Refuses_a_word_twice_whatever_its_case() =>
        Assert.Throws<ArgumentException>(() => new FoldedWordTable<int>([KeyValuePair.Create("May", 1), KeyValuePair.Create("may", 2)]));
}
