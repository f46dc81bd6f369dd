using Dyad.Annotation;

namespace Dyad.Tests.Annotation;

public sealed class PackedWordTableTests
{
    private static readonly PackedWordTable<int> Table = new(
    [
        KeyValuePair.Create("a", 1), KeyValuePair.Create("ago", 2), KeyValuePair.Create("Quarter", 3),
        KeyValuePair.Create("tomorrow", 4), KeyValuePair.Create("centuries", 5), KeyValuePair.Create("Ümit", 6), KeyValuePair.Create("mid-", 7),
    ]);

    /// <summary>The run and key <see cref="PackedWordTable{TValue}.ReadRun"/> gives for the word at the start of <paramref name="text"/>.</summary>
    private static (int Length, ulong Key) Read(string text)
    {
        var padded = text + "        "; // ReadRun reads eight characters
        return (PackedWordTable<int>.ReadRun(padded, 0, out var key), key);
    }

    [Theory]
    [InlineData("a", 1)]
    [InlineData("A", 1)]
    [InlineData("ago", 2)]
    [InlineData("AGO", 2)]
    [InlineData("QuArTeR", 3)]
    [InlineData("quarter", 3)]
    public void Finds_a_word_whatever_its_case_by_the_key_read_at_once(string word, int expected)
    {
        var (length, key) = Read(word);
        Assert.Equal(word.Length, length);
        Assert.Equal(PackedWordTable<int>.Pack(word), key);
        Assert.True(Table.TryGetValue(key, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("ago said", 3)]
    [InlineData("ago-old", 3)]
    [InlineData("ago's", 3)]
    [InlineData("ago2019", 3)]
    [InlineData("ago\u00E9", 3)] // a letter outside ASCII ends the run: the caller looks at it
    [InlineData("ago\u212A", 3)] // the Kelvin sign, which case-blind regexes read as a 'k'
    [InlineData("[ago", 0)]
    [InlineData("@ago", 0)] // '@' and '`' sit next to the letters
    [InlineData("`ago", 0)]
    [InlineData("{ago", 0)]
    [InlineData("tomorrow", 8)]
    [InlineData("tomorrows", 8)] // eight or more: the caller reads the rest
    public void Reads_the_run_of_ascii_letters_up_to_eight(string text, int expected) => Assert.Equal(expected, Read(text).Length);

    [Theory]
    [InlineData("ag")]
    [InlineData("agoo")]
    [InlineData("ag0")]
    [InlineData("quarters")]
    public void Does_not_find_other_words(string word) => Assert.False(Table.TryGetValue(PackedWordTable<int>.Pack(word), out _));

    [Fact]
    public void Leaves_out_words_it_cannot_hold()
    {
        // Longer than eight letters, outside ASCII, or with other characters: looked up elsewhere.
        Assert.False(Table.TryGetValue(PackedWordTable<int>.Pack("centurie"), out _));
        Assert.False(Table.TryGetValue(PackedWordTable<int>.Pack("mid"), out _));
        Assert.False(Table.TryGetValue(PackedWordTable<int>.Pack("Umit"), out _));
    }

    [Fact]
    public void Refuses_a_word_twice_whatever_its_case() =>
        Assert.Throws<ArgumentException>(() => new PackedWordTable<int>([KeyValuePair.Create("May", 1), KeyValuePair.Create("may", 2)]));

    [Fact]
    public void Reads_what_a_character_at_a_time_reading_reads()
    {
        var random = new Random(5);
        const string alphabet = "aZqM@[`{ -'0\u00E9\u212A\u0130\u0131\u017F";
        var words = new[] { "a", "ago", "Quarter", "tomorrow" };
        for (var i = 0; i < 3_000; i++)
        {
            var text = RandomText.Of(random, alphabet, 12) + (i % 3 == 0 ? words[random.Next(words.Length)] : "") + "        ";
            var at = random.Next(Math.Max(1, text.Length - 8));
            var length = PackedWordTable<int>.ReadRun(text, at, out var key);
            var expected = 0;
            while (expected < 8 && char.IsAsciiLetter(text[at + expected])) expected++;
            Assert.Equal(expected, length);
            if (length < 8) Assert.Equal(PackedWordTable<int>.Pack(text.AsSpan(at, length)), key);
        }
    }
}
