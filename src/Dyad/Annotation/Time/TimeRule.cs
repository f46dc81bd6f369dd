using System.Text.RegularExpressions;

namespace Dyad.Annotation.Time;

/// <summary>
/// One row of the rule table: a pattern over the lexicon's words, the TIMEX3 type it yields,
/// and how a match becomes a value (null rejects the match).
/// </summary>
internal sealed record TimeRule(string Name, TimexType Type, string Pattern, Func<RuleMatch, TimeValue?> Resolve);

/// <summary>A rule's match with typed readers for its named groups, and the anchor to resolve against.</summary>
internal readonly struct RuleMatch(Match match, string text, TimeAnchor anchor)
{
    public Match Match { get; } = match;
    public string Text { get; } = text;
    public TimeAnchor Anchor { get; } = anchor;

    public bool Has(string group) => Match.Groups[group].Success;

    public string Group(string group) => Match.Groups[group].Value;

    /// <summary>A group of several words as the lexicon keys it: one space between words ('the  future' is 'the future').</summary>
    public string Words(string group) => string.Join(' ', Group(group).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public int Int(string group) => int.Parse(Match.Groups[group].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);

    public int? Year => Has("year") ? Int("year") : null;

    public int Month => TimeLexicon.Months[Group("month").TrimEnd('.')];

    public int Day => int.Parse(Match.Groups["day"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);

    public DayOfWeek Weekday => TimeLexicon.Weekdays[Group("weekday")];

    public Season Season => TimeLexicon.Seasons[Group("season")];

    public PartOfDay Part => TimeLexicon.PartsOfDay[Group("part")];

    public TimeUnit Unit => TimeLexicon.Units[Group("unit")];

    public int Ordinal => TimeLexicon.Ordinals[Group("ordinal")];

    /// <summary>The amount a number group says; null for "several", "a few".</summary>
    public decimal? Number => TimeLexicon.ParseNumber(Group("num"));

    /// <summary>-1, 0 or +1 from the direction word; 0 when there is none.</summary>
    public int Direction => Has("dir") && TimeLexicon.Directions.TryGetValue(Group("dir"), out var d) ? d : 0;

    /// <summary>The text right after the match, for rules that look one word ahead.</summary>
    public ReadOnlySpan<char> After => Text.AsSpan(Match.Index + Match.Length);
}
