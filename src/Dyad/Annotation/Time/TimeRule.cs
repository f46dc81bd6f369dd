using System.Text.RegularExpressions;

namespace Dyad.Annotation.Time;

/// <summary>
/// One row of the rule table: a pattern over the lexicon's words, the TIMEX3 type it yields,
/// and how a match becomes a value (null rejects the match).
/// </summary>
internal sealed record TimeRule(string Name, TimexType Type, string Pattern, Func<RuleMatch, TimeValue?> Resolve);

/// <summary>A rule's match with typed readers for its named groups, and the anchor to resolve against.</summary>
internal readonly struct RuleMatch(Match match, string text, TimeAnchor anchor, RuleRegex regex)
{
    public Match Match { get; } = match;
    public string Text { get; } = text;
    public TimeAnchor Anchor { get; } = anchor;

    public bool Has(string group) => GroupOf(group).Success;

    public string Group(string group) => GroupOf(group).Value;

    /// <summary>A group of several words as the lexicon keys it: one space between words ('the  future' is 'the future').</summary>
    public string Words(string group) => string.Join(' ', Group(group).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public int Int(string group) => int.Parse(GroupOf(group).ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);

    public int? Year => Has("year") ? Int("year") : null;

    public int Month => Lookup(TimeLexicon.Months, GroupOf("month").ValueSpan.TrimEnd('.'));

    public int Day => Int("day");

    public DayOfWeek Weekday => Lookup(TimeLexicon.Weekdays, GroupOf("weekday").ValueSpan);

    public Season Season => Lookup(TimeLexicon.Seasons, GroupOf("season").ValueSpan);

    public PartOfDay Part => Lookup(TimeLexicon.PartsOfDay, GroupOf("part").ValueSpan);

    public TimeUnit Unit => Lookup(TimeLexicon.Units, GroupOf("unit").ValueSpan);

    public int Ordinal => Lookup(TimeLexicon.Ordinals, GroupOf("ordinal").ValueSpan);

    /// <summary>The amount a number group says; null for "several", "a few".</summary>
    public decimal? Number => TimeLexicon.ParseNumber(Group("num"));

    /// <summary>-1, 0 or +1 from the direction word; 0 when there is none.</summary>
    public int Direction =>
        GroupOf("dir") is { Success: true } dir && TimeLexicon.Directions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(dir.ValueSpan, out var d) ? d : 0;

    /// <summary>The text right after the match, for rules that look one word ahead.</summary>
    public ReadOnlySpan<char> After => Text.AsSpan(Match.Index + Match.Length);

    /// <summary>The group by its number, not its name (an unknown name gives a group that did not match, as by name).</summary>
    private System.Text.RegularExpressions.Group GroupOf(string name) => Match.Groups[regex.GroupNumber(name)];

    /// <summary>A lexicon's value for a group's words, read in place (a group's text as a string is a copy each time it is asked for).</summary>
    private static TValue Lookup<TValue>(System.Collections.Frozen.FrozenDictionary<string, TValue> lexicon, ReadOnlySpan<char> words) =>
        lexicon.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(words, out var value) ? value : throw new KeyNotFoundException($"'{words}' is not in the lexicon");
}

