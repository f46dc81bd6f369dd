using Dyad.Annotation.Events;

namespace Dyad.Tests.Annotation.Events;

/// <summary>The first-two-characters-and-length filter before the trigger pre-test's hash: it may say yes too often, never no wrongly.</summary>
public sealed class RunShapesTests
{
    private static readonly string[] Runs = ["visit", "a", "agreement", "reconnaissance", "host", "in"];

    private static bool MayHold(RunShapes shapes, string text, int start, int length)
    {
        var folded = new char[text.Length + LetterRuns.Padding];
        var runs = new (int, int)[text.Length / 2 + 1];
        LetterRuns.Find(text, folded, runs);
        return shapes.MayHold(folded, start, length);
    }

    [Theory]
    [InlineData("visit", 0, 5, true)]
    [InlineData("They VISIT Moscow", 5, 5, true)]
    [InlineData("a", 0, 1, true)]
    [InlineData("a deal", 0, 1, true)]
    [InlineData("an agreement", 3, 9, true)]
    [InlineData("reconnaissance flights", 0, 14, true)]
    [InlineData("In May", 0, 2, true)]
    [InlineData("visits", 0, 6, false)]
    [InlineData("the", 0, 3, false)]
    [InlineData("said", 0, 4, false)]
    [InlineData("an", 0, 2, false)]
    public void A_run_of_the_set_is_never_ruled_out_and_one_of_other_first_characters_or_length_is(string text, int start, int length, bool mayHold) =>
        Assert.Equal(mayHold, MayHold(new RunShapes(Runs), text, start, length));

    [Fact]
    public void Runs_of_fifteen_characters_and_more_share_a_length()
    {
        var shapes = new RunShapes(["counterinsurgencies"]);
        Assert.True(MayHold(shapes, "counterinsurgency", 0, 17));
        Assert.False(MayHold(shapes, "countering", 0, 10));
    }
}
