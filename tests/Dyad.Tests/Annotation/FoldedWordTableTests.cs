using Dyad.Annotation;

namespace Dyad.Tests.Annotation;

public sealed class FoldedWordTableTests
{
    private static readonly FoldedWordTable<int> Table = new([KeyValuePair.Create("ago", 1), KeyValuePair.Create("Quarter", 2), KeyValuePair.Create("Ümit", 3)]);

    private static uint FoldedWhileRead(string word)
    {
        var hash = FoldedWordTable<int>.EmptyHash;
        foreach (var c in word)
            hash = char.IsAsciiLetter(c) ? FoldedWordTable<int>.FoldAsciiLetter(hash, c) : FoldedWordTable<int>.Fold(hash, c);
        return hash;
    }

    [Theory]
    [InlineData("ago", 1)]
    [InlineData("AGO", 1)]
    [InlineData("quarter", 2)]
    [InlineData("QuArTeR", 2)]
    [InlineData("ümit", 3)]
    public void Finds_a_word_whatever_its_case_by_the_hash_folded_while_reading(string word, int expected)
    {
        Assert.Equal(FoldedWordTable<int>.Hash(word), FoldedWhileRead(word));
        Assert.True(Table.TryGetValue(word, FoldedWhileRead(word), out var value));
        Assert.Equal(expected, value);
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
