using Dyad.Cleaning;

namespace Dyad.Tests.Cleaning;

/// <summary>The union of a rule table's anchored rows matches a line exactly when one of those rows does.</summary>
public sealed class AnchoredUnionTests
{
    /// <summary>Every line of the labelled cleaning pages (chrome and prose alike), and each line's first words alone.</summary>
    private static IEnumerable<string> Lines()
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in LabelledPage.All())
            foreach (var (_, text) in page.Lines)
            {
                var line = text.Trim();
                if (line.Length == 0) continue;
                lines.Add(line);
                var words = line.Split(' ');
                for (var n = 1; n < Math.Min(words.Length, 4); n++) lines.Add(string.Join(' ', words.Take(n)));
            }
        return lines;
    }

    [Fact]
    public void The_union_joins_the_rows_that_hang_on_the_line_start_and_no_other()
    {
        var union = RulePatterns.UnionOf("boilerplate-lines.txt");
        Assert.InRange(union.Rows.Count, 10, 40);
        Assert.All(union.Rows, row => Assert.StartsWith("^", row));
        Assert.DoesNotContain(union.Rows, row => row.Contains("copyright"));
        Assert.DoesNotContain(union.Rows, row => row.Contains("(^|[.!]"));
    }

    [Theory]
    [InlineData("boilerplate-lines.txt")]
    [InlineData("metadata-lines.txt")]
    public void A_line_matches_a_union_when_it_matches_one_of_its_rows(string table)
    {
        var union = RulePatterns.UnionOf(table);
        var lines = Lines().ToList();
        var disagreeing = lines.Where(line => union.Rows.Any(row => RulePatterns.Of(row).IsMatch(line)) != union.Regex.IsMatch(line));

        Assert.Empty(disagreeing);
        Assert.Contains(lines, union.Regex.IsMatch); // the lines hold chrome or metadata the union finds
    }
}
