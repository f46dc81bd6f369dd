using System.Text.RegularExpressions;
using Dyad.Annotation.Time;
using Dyad.Documents;

namespace Dyad.Cleaning.Dating;

/// <summary>
/// Finds the date in an article's header: a labeled date ("Published: 12 March 2019"), a news dateline
/// ("ISLAMABAD, Aug 10 (APP):") or a date line under the title ("March 3, 2017 | 10:20 PM").
/// Site chrome never counts: lines cleaning marked as boilerplate, and a bare date standing above the
/// title (a "today's date" page header such as "Saturday, April 13, 2024"), at the very top or bottom
/// of the page, or beside a calendar.
/// </summary>
public sealed partial class DatelineFinder(TimeExpressionRecognizer recognizer)
{
    /// <summary>How many body lines under the title still belong to the header.</summary>
    private const int HeaderLinesUnderTitle = 3;

    /// <summary>A header date: the date as far as the header gives it (the year may be missing in a wire dateline).</summary>
    public sealed record Dateline(TextSpan Span, int? Year, int Month, int? Day);

    public Dateline? Find(Document document) => Find(new LineTimexes(document, recognizer));

    internal static Dateline? Find(LineTimexes found)
    {
        var document = found.Document;
        var text = document.Text;
        var lines = found.Lines;
        var body = new List<int>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
            if (!lines[i].IsChrome) body.Add(i);
        if (body.Count == 0) return null;
        var title = TitleIndex(document, lines, body);
        var firstLine = lines[0].Span;
        var lastLine = lines[^1].Span;

        for (var i = 0; i < body.Count && i <= title + HeaderLinesUnderTitle; i++)
        {
            var line = lines[body[i]].Span;
            if (!MayHoldHeaderDate(text.AsSpan(line.Start, line.Length))) continue;
            foreach (var expression in found.Of(body[i]))
            {
                if (expression.Type != TimexType.Date || expression.Value is not CalendarValue { Month: { } month } date) continue;
                var before = text.AsSpan(line.Start, expression.Span.Start - line.Start).Trim();
                var after = text.AsSpan(expression.Span.End, line.End - expression.Span.End).Trim();

                var labeled = EndsWithLabel(before) || StartsWithLabel(after); // "Published: 12 March" or "6 October 2018 | Updated 10:42"
                var wire = WireDatelineHead().IsMatch(before);
                var standing = before.IsEmpty && (after.IsEmpty || TimeAndSeparators().IsMatch(after));
                if (!labeled && !wire && !standing) continue;
                if (standing && !labeled && !wire)
                {
                    if (i < title || (i == title && document.Title is null)) continue;           // a page date above the title
                    if (line == firstLine || line == lastLine) continue;                          // a stamp at the very top or bottom
                    if (BesideCalendar(text, lines, line)) continue;
                }
                return new Dateline(expression.Span, date.Year, month, date.Day);
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a header date can stand on the line, judged before its time expressions are sought (the cost of dating):
    /// a month, which unanchored only a month's name or a numeric date with its year gives ("2017-03-03", "3/14/2017":
    /// most titles and paragraphs have neither), and a label to go with ("Published"), a wire dateline's capitals at its
    /// start, or few enough words for a date standing alone with its clock time, zone and agency.
    /// </summary>
    private static bool MayHoldHeaderDate(ReadOnlySpan<char> line)
    {
        if (!line.ContainsAny(DatingLexicon.MonthStems) && !ContentDateEstimator.MayHoldYear(line)) return false;
        if (line.ContainsAny(DatingLexicon.AnyDateLabel)) return true;
        if (line.Length >= 2 && char.IsAsciiLetterUpper(line[0]) && (char.IsAsciiLetterUpper(line[1]) || line[1] is ' ' or '.' or '\'' or '’' or '-'))
            return true;
        return !TextLines.HasWords(line, DatingLexicon.StandingDateMaximumWords + 1);
    }

    /// <summary>The title's index among the body lines: the line holding Document.Title, else the first body line.</summary>
    private static int TitleIndex(Document document, List<TextLine> lines, List<int> body)
    {
        if (document.Title is { Length: > 0 } title)
            for (var i = 0; i < body.Count; i++)
            {
                var line = lines[body[i]].Span;
                if (document.Text.AsSpan(line.Start, line.Length).Contains(title, StringComparison.OrdinalIgnoreCase)) return i;
            }
        return 0;
    }

    private static bool EndsWithLabel(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd(":-–—|".AsSpan()).TrimEnd();
        foreach (var label in DatingLexicon.DateLabels)
            if (before.EndsWith(label, StringComparison.OrdinalIgnoreCase)
                && (before.Length == label.Length || !char.IsLetter(before[^(label.Length + 1)])))
                return true;
        return false;
    }

    private static bool StartsWithLabel(ReadOnlySpan<char> after)
    {
        after = after.TrimStart("|·•–—,/- ".AsSpan());
        foreach (var label in DatingLexicon.DateLabels)
            if (after.StartsWith(label, StringComparison.OrdinalIgnoreCase)
                && (after.Length == label.Length || !char.IsLetter(after[label.Length])))
                return true;
        return false;
    }

    private static bool BesideCalendar(string text, List<TextLine> lines, TextSpan line)
    {
        var index = lines.FindIndex(l => l.Span == line);
        for (var j = Math.Max(0, index - 1); j <= Math.Min(lines.Count - 1, index + 1); j++)
            if (j != index && CalendarRow().IsMatch(text.AsSpan(lines[j].Span.Start, lines[j].Span.Length))) return true;
        return false;
    }

    /// <summary>A wire dateline's place, in capitals, before the date: "ISLAMABAD," or "MOSCOW, Russia,".</summary>
    [GeneratedRegex(@"^[A-Z][A-Z .'’-]+[A-Z](?:,\s*[A-Z][A-Za-z .]+)?,$")]
    private static partial Regex WireDatelineHead();

    /// <summary>What may follow a date on a header line: a clock time, a zone, separators, an agency in brackets.</summary>
    [GeneratedRegex(@"^(?:[|·•–—,/-]\s*)*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\b)?\s*)?(?:\([A-Za-z]+\)\s*:?)?$")]
    private static partial Regex TimeAndSeparators();

    /// <summary>A calendar row: weekday initials or runs of day numbers.</summary>
    [GeneratedRegex(@"^(?:(?:[MTWFS]\s+){6}[MTWFS]|[\d\s\u00A0]{3,})$")]
    private static partial Regex CalendarRow();
}
