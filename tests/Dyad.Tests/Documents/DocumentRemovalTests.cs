using Dyad.Documents;

namespace Dyad.Tests.Documents;

public sealed class DocumentRemovalTests
{
    [Fact]
    public void Overlapping_and_touching_removals_merge_in_order()
    {
        var merged = Document.Merge(
        [
            new Removal(new TextSpan(20, 30), RemovalReason.Boilerplate),
            new Removal(new TextSpan(0, 5), RemovalReason.Metadata),
            new Removal(new TextSpan(25, 40), RemovalReason.Duplicate),
            new Removal(new TextSpan(5, 8), RemovalReason.Boilerplate),
            new Removal(new TextSpan(50, 50), RemovalReason.Boilerplate),
        ]);

        Assert.Equal([new TextSpan(0, 8), new TextSpan(20, 40)], merged);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(7, true)]
    [InlineData(8, false)]
    [InlineData(19, false)]
    [InlineData(39, true)]
    [InlineData(40, false)]
    public void Is_removed_answers_for_every_offset(int offset, bool removed)
    {
        var document = new Document("t.txt", new string('x', 60));
        document.Removed.Add(new Removal(new TextSpan(20, 40), RemovalReason.Boilerplate));
        document.Removed.Add(new Removal(new TextSpan(0, 8), RemovalReason.Metadata));

        Assert.Equal(removed, document.IsRemoved(offset));
    }

    [Fact]
    public void Is_removed_sees_removals_added_after_an_earlier_question()
    {
        var document = new Document("t.txt", new string('x', 60));
        Assert.False(document.IsRemoved(10));

        document.Removed.Add(new Removal(new TextSpan(5, 15), RemovalReason.Duplicate));

        Assert.True(document.IsRemoved(10));
    }
}
