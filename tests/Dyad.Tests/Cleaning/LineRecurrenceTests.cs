using Dyad.Cleaning;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Tests.Cleaning;

public sealed class LineRecurrenceTests
{
    private const string SharedChrome = "Visit our partner shop for gadgets and gifts";

    private static string Page(int n) =>
        $"Talks on defence round {n}\n\n" +
        $"Delegations met for round {n} of talks on defence cooperation and agreed to meet again next year.\n" +
        SharedChrome + "\n" +
        $"Officials said the talks on defence cooperation in round {n} covered training and joint exercises.\n";

    [Fact]
    public void A_short_line_many_pages_of_a_batch_share_is_chrome()
    {
        var recurrence = new LineRecurrence();
        var pages = Enumerable.Range(1, 4).Select(Page).ToList();
        foreach (var page in pages) recurrence.Add(page);
        var cleaning = new DocumentPipeline(CleaningStages.Create(new CleaningOptions { Recurrence = recurrence }));

        var document = cleaning.Process(new Document("p1.txt", pages[0]));

        Assert.DoesNotContain(SharedChrome, document.CleanText());
        Assert.Contains("covered training", document.CleanText());
    }

    [Fact]
    public void Without_a_batch_the_same_line_stands_as_body()
    {
        var cleaning = new DocumentPipeline(CleaningStages.Create());

        var document = cleaning.Process(new Document("p1.txt", Page(1)));

        Assert.Contains(SharedChrome, document.CleanText());
    }

    [Fact]
    public void Prose_is_not_counted_so_syndicated_copies_keep_their_body()
    {
        var recurrence = new LineRecurrence();
        for (var i = 0; i < 4; i++) recurrence.Add(Page(1));

        Assert.Equal(0, recurrence.DocumentsWith("Delegations met for round 1 of talks on defence cooperation and agreed to meet again next year."));
        Assert.Equal(4, recurrence.DocumentsWith("  visit our partner shop   for gadgets and gifts "));
    }
}
