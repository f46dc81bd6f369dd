using System.Buffers;
using System.Collections.Frozen;
using Dyad.Annotation.Time;

namespace Dyad.Cleaning.Dating;

/// <summary>The words publication dating reads: labels of a dateline, and cues that a date lies ahead of the writer.</summary>
internal static class DatingLexicon
{
    /// <summary>Labels that introduce a publication date in a page header: "Published: 12 March 2019".</summary>
    public static readonly string[] DateLabels =
        ["Published on", "Published", "First published", "Posted on", "Posted", "Last updated", "Updated on", "Updated", "Dated", "Date", "Filed"];

    /// <summary>The labels sought in a line at once, case ignored.</summary>
    public static readonly SearchValues<string> AnyDateLabel = SearchValues.Create(DateLabels, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The first three letters of every month name and abbreviation as the time rules read it (Capitalized or UPPER, case
    /// kept): without a reference date only such a name or a numeric date with its year give an expression its month.
    /// </summary>
    public static readonly SearchValues<string> MonthStems = SearchValues.Create(
        [.. TimeLexicon.ProperForms(TimeLexicon.Months.Keys).Select(month => month[..Math.Min(3, month.Length)]).Distinct()],
        StringComparison.Ordinal);

    /// <summary>
    /// Words that put a date in the writer's future ("will be held in 2025", "by 2030", "plans for 2026"):
    /// such a date says nothing about when the article was written.
    /// </summary>
    public static readonly FrozenSet<string> FutureCues = new[]
    {
        "will", "shall", "scheduled", "planned", "plan", "plans", "planning", "expected", "expects", "upcoming", "aims", "aim",
        "target", "targets", "goal", "vision", "forecast", "projected", "intends", "proposed", "until", "till", "by", "next",
        "forthcoming", "due", "slated", "envisages", "envisaged",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Relative year expressions and the offset from their year to the year of writing: "last year" (2016) means 2017.</summary>
    public static readonly FrozenDictionary<string, int> RelativeYears = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["last year"] = 1, ["previous year"] = 1, ["this year"] = 0, ["current year"] = 0, ["next year"] = -1, ["coming year"] = -1,
        ["earlier this year"] = 0, ["later this year"] = 0,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A date standing alone on a header line has at most this many words: the longest date the time rules read
    /// ("early Saturday, the 13th of April, 2024") and after it a clock time, a zone and an agency ("at 10:42 p.m. PKT (APP)")
    /// hold fewer than fifteen.
    /// </summary>
    public const int StandingDateMaximumWords = 20;

    /// <summary>A line with fewer words is a heading, a calendar row or a stamp, not a sentence that can date the article.</summary>
    public const int SentenceMinimumWords = 5;
}
