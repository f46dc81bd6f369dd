using Dyad.Annotation.Time;
using Dyad.Documents;

namespace Dyad.Tests.Annotation.Time;

public sealed class TimeExpressionStageTests
{
    private const string Text = "Navies meet\nMarch 2024\nThe navies met last December and will meet again in 2018.";

    [Fact]
    public void Last_december_resolves_against_publication_month()
    {
        var document = new Document("a.txt", Text) { Published = new PublicationDate(new PartialDate(2017, 1), DateBasis.Manifest) };

        new TimeExpressionStage().Process(document);

        Assert.Contains(document.Timexes, t => t.Text == "last December" && t.Value.ToTimex() == "2016-12");
    }

    [Fact]
    public void Without_a_publication_date_relative_values_keep_only_what_they_know()
    {
        var document = new Document("a.txt", Text);

        new TimeExpressionStage().Process(document);

        Assert.Contains(document.Timexes, t => t.Text == "last December" && t.Value.ToTimex() == "XXXX-12");
        Assert.Contains(document.Timexes, t => t.Text == "2018" && t.Value.ToTimex() == "2018");
    }

    [Fact]
    public void Removed_text_is_not_annotated()
    {
        var document = new Document("a.txt", Text);
        var chrome = Text.IndexOf("March 2024", StringComparison.Ordinal);
        document.Removed.Add(new Removal(new TextSpan(chrome, chrome + "March 2024".Length), RemovalReason.Boilerplate));

        new TimeExpressionStage().Process(document);

        Assert.DoesNotContain(document.Timexes, t => t.Text.Contains("2024"));
        Assert.Equal(2, document.Timexes.Count);
    }

    [Fact]
    public void Protected_spans_veto_the_expressions_they_touch()
    {
        var document = new Document("a.txt", Text);
        var at = Text.IndexOf("2018", StringComparison.Ordinal);
        var stage = new TimeExpressionStage(protectedSpans: _ => [new TextSpan(at, at + 4)]);

        stage.Process(document);

        Assert.DoesNotContain(document.Timexes, t => t.Text == "2018");
    }
}
