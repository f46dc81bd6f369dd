using System.Buffers;
using Dyad.Annotation.Time;
using Dyad.Documents;

namespace Dyad.Cleaning.Dating;

/// <summary>
/// Infers when an article was written from what its sentences treat as past: the latest explicit date
/// not in the writer's future, a relative year tied to an explicit one ("last year, in 2016" means 2017),
/// and dated editions the knowledge base recognizes. An article is written at or after what it reports,
/// so the latest such date is the estimate: to the month where that evidence has a month, else the year.
/// </summary>
public sealed class ContentDateEstimator(TimeExpressionRecognizer recognizer, INamedEditionLookup? editions = null)
{
    /// <summary>
    /// The estimate from the body lines of the document (chrome, short lines and the header date
    /// <paramref name="headerDate"/> itself ignored), or null without evidence.
    /// </summary>
    public PartialDate? Estimate(Document document, TextSpan? headerDate = null) =>
        Estimate(new LineTimexes(document, recognizer), headerDate);

    internal PartialDate? Estimate(LineTimexes lines, TextSpan? headerDate)
    {
        var document = lines.Document;
        var text = document.Text;
        var evidence = new List<PartialDate>();
        int? impliedYear = null;
        // The lines read for evidence, and those of them with a year, whose expressions are found in one search of the body.
        var read = new List<int>();
        var withYear = new List<int>();
        for (var index = 0; index < lines.Lines.Count; index++)
        {
            var line = lines.Lines[index];
            if (line.IsChrome || document.IsRemoved(line.Span.Start)) continue;
            if (!TextLines.HasWords(text.AsSpan(line.Span.Start, line.Span.Length), DatingLexicon.SentenceMinimumWords)) continue;
            read.Add(index);
            if (MayHoldYear(text.AsSpan(line.Span.Start, line.Span.Length))) withYear.Add(index);
        }
        lines.ReadInBody(withYear);

        var nextWithYear = 0;
        foreach (var index in read)
        {
            var line = lines.Lines[index];
            if (nextWithYear < withYear.Count && withYear[nextWithYear] == index)
            {
                nextWithYear++;
                var found = lines.InBody(index);
                var future = new FutureSentences(text);
                foreach (var expression in found)
                {
                    if (expression.Type != TimexType.Date || expression.Value.ToPartialDate() is not { } date) continue;
                    if (headerDate is { } header && expression.Span.Overlaps(header)) continue;
                    if (future.Holds(expression.Span)) continue;
                    evidence.Add(date);
                }
                if (ImpliedYear(text, found) is { } year && (impliedYear is null || year > impliedYear)) impliedYear = year;
            }

            if (editions is null) continue;
            foreach (var edition in editions.FindEditions(text, line.Span))
                if (!InWritersFuture(text, edition.Span)) evidence.Add(edition.Held);
        }
        return Combine(evidence, impliedYear);
    }

    /// <summary>
    /// Whether the line writes something shaped like a year (1500–2099: '15' to '19' or '20', then two digits), as the
    /// time rules' year pattern reads one. Unanchored, only such a year gives an expression a year: a line without one
    /// dates nothing (an expression that runs on into the next line is passed over with it), and its expressions need not be read.
    /// </summary>
    internal static bool MayHoldYear(ReadOnlySpan<char> line)
    {
        for (var at = line.IndexOfAny('1', '2'); at >= 0 && at + 3 < line.Length; at = NextCentury(line, at + 1))
        {
            var century = line[at] == '1' ? line[at + 1] is >= '5' and <= '9' : line[at + 1] == '0';
            if (century && char.IsDigit(line[at + 2]) && char.IsDigit(line[at + 3])) return true;
        }
        return false;
    }

    private static int NextCentury(ReadOnlySpan<char> line, int from)
    {
        var next = line[from..].IndexOfAny('1', '2');
        return next < 0 ? -1 : from + next;
    }

    /// <summary>The latest year among the evidence (or the implied year when later), to the month where the evidence of that year has one.</summary>
    private static PartialDate? Combine(List<PartialDate> evidence, int? impliedYear)
    {
        int? latestYear = impliedYear;
        foreach (var date in evidence)
            if (latestYear is null || date.Year > latestYear) latestYear = date.Year;
        if (latestYear is not { } year) return null;

        int? month = null;
        foreach (var date in evidence)
            if (date.Year == year && date.Month is { } m && (month is null || m > month)) month = m;
        return new PartialDate(year, month);
    }

    /// <summary>A sentence holding one explicit year and a relative one ("last year, in 2016") fixes the year of writing.</summary>
    private static int? ImpliedYear(string text, ReadOnlySpan<TimeExpression> found)
    {
        foreach (var relative in found)
        {
            if (!DatingLexicon.RelativeYears.TryGetValue(relative.Text, out var offset)) continue;
            var sentence = TextLines.SentenceAround(text, relative.Span);
            int? explicitYear = null;
            var count = 0;
            foreach (var other in found)
                if (sentence.Contains(other.Span) && other.Value is CalendarValue { Year: { } y, Month: null })
                {
                    explicitYear = y;
                    count++;
                }
            if (count == 1) return explicitYear + offset;
        }
        return null;
    }

    /// <summary>True when the date's sentence says it lies ahead ("will be held in 2025", "by 2030").</summary>
    internal static bool InWritersFuture(string text, TextSpan span) => SaysFuture(text, TextLines.SentenceAround(text, span));

    /// <summary>Whether a sentence speaks of the future, remembered for the next date of the same sentence: a line's dates come in text order.</summary>
    private struct FutureSentences(string text)
    {
        private TextSpan _sentence = new(-1, -1);
        private bool _future;

        public bool Holds(TextSpan span)
        {
            var sentence = TextLines.SentenceAround(text, span);
            if (sentence != _sentence)
            {
                _sentence = sentence;
                _future = SaysFuture(text, sentence);
            }
            return _future;
        }
    }

    /// <summary>What separates the words of a sentence for the future cues, as one set: a list of marks is searched anew each time.</summary>
    private static readonly SearchValues<char> WordBreaks = SearchValues.Create(" \t,;:()\"'“”‘’");

    private static bool SaysFuture(string text, TextSpan sentence)
    {
        var words = text.AsSpan(sentence.Start, sentence.Length);
        foreach (var range in words.SplitAny(WordBreaks))
        {
            var word = words[range];
            if (word.Length > 1 && DatingLexicon.FutureCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return true;
        }
        return false;
    }
}
