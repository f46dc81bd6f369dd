using Dyad.Annotation.Time;
using Dyad.Documents;

namespace Dyad.Tests.Annotation.Time;

/// <summary>The rows chosen for a window, from what its combination of trigger kinds decides and its cues, are the rows whose needs it meets.</summary>
public sealed class RuleChoicesTests
{
    [Theory]
    [InlineData("in 2019 and last March, three years ago")]
    [InlineData("the past five years; every two weeks; tonight")]
    [InlineData("Q3 2018, the 1990s, ’80s, 3/14/2019, 12.3.2019, mid-quarter")]
    [InlineData("Zürich on Monday morning, the first quarter")]
    public void Chosen_rows_are_the_rows_whose_needs_the_window_meets(string text) => AssertChoices(text);

    [Fact]
    public void Chosen_rows_are_the_rows_whose_needs_the_window_meets_in_generated_text()
    {
        // Twice over: the second pass reads the choices worked out in the first.
        var text = CandidateWindowsTests.GeneratedText(seed: 31, length: 60_000);
        AssertChoices(text);
        AssertChoices(text);
    }

    private static void AssertChoices(string text)
    {
        var windows = new List<CandidateWindow>();
        CandidateWindows.Find(text, new TextSpan(0, text.Length), windows);
        foreach (var window in windows)
        {
            var expected = Enumerable.Range(0, TimeRules.Expanded.Length).Where(i => RuleChoices.Needs[i].CanMatchIn(window));
            Assert.Equal(expected, RuleChoices.For(window));
        }
    }
}
