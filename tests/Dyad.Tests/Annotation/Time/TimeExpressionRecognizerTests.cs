using System.Text;
using Dyad.Annotation.Time;
using Dyad.Documents;

namespace Dyad.Tests.Annotation.Time;

/// <summary>
/// Publication dating asks only for the expressions that start on some lines (FindStartingIn), and the recognizer then
/// reads only the windows near them: what it returns must be what a search of the whole range returns there.
/// </summary>
public sealed class TimeExpressionRecognizerTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void Expressions_starting_in_some_spans_are_those_the_whole_range_has_there(int seed)
    {
        var text = TextWithPrefixes(seed, length: 30_000);
        var random = new Random(seed);
        for (var trial = 0; trial < 40; trial++)
        {
            var start = random.Next(text.Length / 4);
            var range = trial % 2 == 0 ? new TextSpan(0, text.Length) : new TextSpan(start, random.Next(start + 1, text.Length + 1));
            var whole = new TimeExpressionRecognizer().Find(text, reference: null, range);
            var starts = RandomSpans(random, range);
            var document = new Document("a.txt", text); // the recognizer keeps what it matched for one document at a time

            var some = TimeExpressionRecognizer.Default.FindStartingIn(document, reference: null, range, starts);

            Assert.Equal(whole.Where(e => Document.Covers(starts, e.Span.Start)).Select(Describe), some.Select(Describe));
            // The windows it left for later are read whole then, beside those it kept.
            Assert.Equal(whole.Select(Describe), TimeExpressionRecognizer.Default.Find(document, reference: null, range).Select(Describe));
        }
    }

    [Fact]
    public void No_spans_find_nothing()
    {
        var text = TextWithPrefixes(seed: 1, length: 2_000);

        var found = TimeExpressionRecognizer.Default.FindStartingIn(new Document("a.txt", text), null, new TextSpan(0, text.Length), []);

        Assert.Empty(found);
    }

    private static string Describe(TimeExpression expression) =>
        $"{expression.Span.Start}-{expression.Span.End} {expression.Type} {expression.Value.ToTimex()}";

    /// <summary>Sorted, disjoint spans inside the range: one to six of them, each up to 300 characters.</summary>
    private static List<TextSpan> RandomSpans(Random random, TextSpan range)
    {
        var spans = new List<TextSpan>();
        var at = range.Start;
        for (var count = random.Next(1, 7); count > 0 && at < range.End; count--)
        {
            var start = random.Next(at, Math.Min(range.End, at + range.Length / 3 + 1));
            var end = Math.Min(range.End, start + random.Next(1, 301));
            spans.Add(new TextSpan(start, end));
            at = end + 1;
        }
        return spans;
    }

    /// <summary>Generated words of time expressions with the prefixes an expression takes in ("early", "the end of", "nearly") strewn between them.</summary>
    private static string TextWithPrefixes(int seed, int length)
    {
        string[] prefixes = [.. TimeLexicon.DatePrefixes, .. TimeLexicon.DurationPrefixes];
        var random = new Random(seed);
        var text = new StringBuilder(length + 64);
        foreach (var word in CandidateWindowsTests.GeneratedText(seed, length).Split(' '))
        {
            if (random.Next(5) == 0) text.Append(prefixes[random.Next(prefixes.Length)]).Append(random.Next(4) == 0 ? "" : " ");
            text.Append(word).Append(' ');
        }
        return text.ToString();
    }
}
