using Dyad.Evaluation;

namespace Dyad.Tests.Evaluation;

public sealed class CodePointOffsetsTests
{
    // "a🌍b": UTF-16 offsets 0 1 (2) 3 4 are code points 0 1 - 2 3.
    private static readonly CodePointOffsets Offsets = new("a\U0001F30Db");

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]                        // the end maps too
    [InlineData(2, 2)]                        // inside the surrogate pair: kept as given
    [InlineData(9, 9)]                        // past the end: kept
    [InlineData(-1, -1)]
    [InlineData(2.5, 2.5)]
    public void Utf16_offsets_map_to_code_points_and_others_are_kept_as_given(double utf16, double expected) =>
        Assert.Equal(expected, Offsets.Convert(utf16));
}
