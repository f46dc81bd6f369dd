using Dyad.Annotation.Time;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Cleaning.Dating;

/// <summary>
/// Sets <see cref="Document.Published"/> with its basis, strongest first: the manifest or the source's metadata,
/// then a dateline in the header, then what the content treats as past. When the header and the content
/// disagree by more than a year the content wins (a page header is more often a capture date than an article's).
/// No evidence leaves the date null. Runs after cleaning: boilerplate lines are already in <see cref="Document.Removed"/>.
/// </summary>
public sealed class PublicationDateStage : IDocumentStage
{
    private readonly TimeExpressionRecognizer _recognizer;
    private readonly ContentDateEstimator _content;

    public PublicationDateStage(TimeExpressionRecognizer? recognizer = null, INamedEditionLookup? editions = null)
    {
        _recognizer = recognizer ?? TimeExpressionRecognizer.Default;
        _content = new ContentDateEstimator(_recognizer, editions);
    }

    public string Name => "publication-date";

    public void Process(Document document)
    {
        if (document.Metadata.Published is { } stated)
        {
            document.Published = stated;
            return;
        }
        if (document.Published is { Basis: DateBasis.Manifest or DateBasis.Metadata }) return;
        // Both readers see the header lines: each line's expressions are found once.
        var lines = new LineTimexes(document, _recognizer);
        var header = DatelineFinder.Find(lines);
        document.Published = Decide(header, _content.Estimate(lines, header?.Span));
    }

    private static PublicationDate? Decide(DatelineFinder.Dateline? header, PartialDate? content)
    {
        var headerDate = header switch
        {
            null => (PartialDate?)null,
            { Year: { } year } => new PartialDate(year, header.Month, header.Day),
            // A wire dateline without a year takes the content's year, or the next one if the content runs later in the year.
            _ when content is { } c => new PartialDate(c.Month is { } m && m > header.Month ? c.Year + 1 : c.Year, header.Month, header.Day),
            _ => null,
        };
        if (headerDate is { } h)
        {
            if (content is { } c && DaysApart(h, c) > 366)
                return new PublicationDate(c, DateBasis.Content);
            return new PublicationDate(h, DateBasis.Header);
        }
        return content is { } estimate ? new PublicationDate(estimate, DateBasis.Content) : null;
    }

    /// <summary>The gap between two dates of any precision: zero when their ranges meet.</summary>
    private static int DaysApart(PartialDate a, PartialDate b) =>
        Math.Max(0, Math.Max(a.Earliest.DayNumber - b.Latest.DayNumber, b.Earliest.DayNumber - a.Latest.DayNumber));
}
