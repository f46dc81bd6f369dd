using Dyad.Annotation.Time;
using Dyad.Cleaning.Dating;
using Dyad.Documents;
using Dyad.Tests.Annotation.Time;

namespace Dyad.Tests.Cleaning.Dating;

/// <summary>Dating asks the time recognizer only about lines that can date the article: what it skips must date nothing.</summary>
public sealed class DatingPrecheckTests
{
    [Theory]
    [InlineData("The talks were held in 2019.", true)]
    [InlineData("A base built in 1500 and rebuilt in 2099", true)]
    [InlineData("Troops numbered 1499 and later 2100", false)]
    [InlineData("It rose 76% to $1.13bn.", false)]
    [InlineData("No number at all", false)]
    [InlineData("12019", true)]
    public void A_line_may_hold_a_year_only_where_it_writes_one(string line, bool expected) =>
        Assert.Equal(expected, ContentDateEstimator.MayHoldYear(line));

    [Theory]
    [InlineData("Saturday, April 13, 2024 | 10:42 PM", 3, true)]
    [InlineData("Saturday, April 13, 2024 | 10:42 PM", 4, false)]
    [InlineData("13.04.2024 — 22:42", 1, false)]
    [InlineData("Zürich’s talks on Friday went on", 7, true)] // the apostrophe ends a word
    [InlineData("Zürich’s talks on Friday went on", 8, false)]
    public void Words_of_letters_are_counted_and_digits_are_not(string line, int count, bool expected) =>
        Assert.Equal(expected, TextLines.HasWords(line, count));

    [Fact]
    public void Words_are_counted_as_a_letter_at_a_time_counts_them()
    {
        // Eight characters at a time while they are ASCII: words across the edges of those blocks and after a letter outside ASCII.
        var random = new Random(5);
        const string alphabet = "ab Z9-.,'\u00E9\u2019 \n";
        for (var round = 0; round < 2_000; round++)
        {
            var line = RandomText.Of(random, alphabet, maxLength: 60);
            var words = 0;
            for (var i = 0; i < line.Length; i++)
                if (char.IsLetter(line[i]) && (i == 0 || !char.IsLetter(line[i - 1]))) words++;
            for (var count = 1; count <= 12; count++)
                Assert.True(TextLines.HasWords(line, count) == words >= count, $"'{line}' has {words} words; asked for {count}");
        }
    }

    [Fact]
    public void The_sentence_around_a_span_is_the_one_a_character_at_a_time_finds()
    {
        // The search for marks and line breaks against the definition stepped out: marks before a space or not, at the
        // edges of the text and of the span, line breaks, other white space.
        var random = new Random(9);
        const string alphabet = "ab .!?\n\t.  ";
        for (var round = 0; round < 5_000; round++)
        {
            var text = RandomText.Of(random, alphabet, maxLength: 40);
            var start = random.Next(text.Length + 1);
            var span = new TextSpan(start, random.Next(start, text.Length + 1));

            Assert.Equal(SteppedSentenceAround(text, span), TextLines.SentenceAround(text, span));
        }
    }

    private static TextSpan SteppedSentenceAround(string text, TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && text[start - 1] != '\n' && !(start > 1 && text[start - 1] == ' ' && text[start - 2] is '.' or '!' or '?')) start--;
        var end = span.End;
        while (end < text.Length && text[end] != '\n' && !(text[end] is '.' or '!' or '?' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1])))) end++;
        return new TextSpan(start, end);
    }

    [Fact]
    public void Without_a_reference_date_a_month_comes_only_from_a_month_name_or_a_numeric_date_with_its_year()
    {
        // The dateline reader passes over header lines with neither: nothing read there could be a dated month.
        var texts = TimeRulesSpecTests.Cases().Select(row => ((string)row[2]).Replace("[", "").Replace("]", ""))
            .Append(CandidateWindowsTests.GeneratedText(seed: 3, length: 120_000));
        var months = 0;
        foreach (var text in texts)
            foreach (var expression in TimeExpressionRecognizer.Default.Find(text, reference: null))
            {
                if (expression.Value is not CalendarValue { Month: not null }) continue;
                months++;
                var span = expression.Text.AsSpan();
                Assert.True(span.ContainsAny(DatingLexicon.MonthStems) || ContentDateEstimator.MayHoldYear(span), $"'{expression.Text}' = {expression.Value}");
            }
        Assert.True(months > 100, $"only {months} months read");
    }

    [Fact]
    public void The_longest_standing_header_date_is_still_read()
    {
        var document = new Document("test.txt", """
            Navies of the two states train together
            early Saturday, the 13th of April, 2024 at 10:42 p.m. PKT (APP)

            The navies of the two states began a week of joint drills in the Arabian Sea on Saturday.
            """);
        document.Title = "Navies of the two states train together";

        new PublicationDateStage().Process(document);

        Assert.Equal(new PartialDate(2024, 4, 13), document.Published?.Date);
        Assert.Equal(DateBasis.Header, document.Published?.Basis);
    }
}
