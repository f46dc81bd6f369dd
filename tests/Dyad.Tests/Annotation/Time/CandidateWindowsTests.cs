using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dyad.Annotation.Time;
using Dyad.Documents;

namespace Dyad.Tests.Annotation.Time;

/// <summary>
/// The recognizer runs its rules only in candidate windows; these tests hold that to its promise:
/// every rule finds in the windows exactly the matches a scan of the whole range finds.
/// </summary>
public sealed class CandidateWindowsTests
{
    private static readonly RuleNeeds[] Needs =
        Array.ConvertAll(TimeRules.Expanded, rule => RuleNeeds.Of(rule.Rule, rule.Regex.Pattern));

    [Fact]
    public void Windows_find_every_match_of_a_full_scan_in_the_spec_lines()
    {
        var spec = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Annotation", "Time", "time-rules.spec"))
            .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'))
            .Select(line => line.Split('|')[1].Replace("[", "").Replace("]", "").Trim());
        AssertSameMatches(string.Join("\n", spec));
    }

    [Fact]
    public void Windows_find_every_match_of_a_full_scan_in_the_sample_articles()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryFolder("samples")))
            AssertSameMatches(File.ReadAllText(file));
    }

    [Fact]
    public void Windows_find_every_match_of_a_full_scan_in_generated_text_and_ranges()
    {
        var text = GeneratedText(seed: 7, length: 120_000);
        AssertSameMatches(text);
        var random = new Random(11);
        for (var i = 0; i < 300; i++)
        {
            var start = random.Next(text.Length);
            AssertSameMatches(text, new TextSpan(start, Math.Min(text.Length, start + random.Next(1, 400))));
        }
    }

    [SharedDataFact("data/bbc-news/bbc-fulltext.jsonl")]
    public void Windows_find_every_match_of_a_full_scan_in_news_articles()
    {
        foreach (var line in File.ReadLines(SharedData.Find("data/bbc-news/bbc-fulltext.jsonl")!).Take(400))
        {
            var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
            AssertSameMatches(text);
            var lineStart = 0;
            foreach (var paragraph in text.Split('\n'))
            {
                AssertSameMatches(text, new TextSpan(lineStart, lineStart + paragraph.Length));
                lineStart += paragraph.Length + 1;
            }
        }
    }

    [Theory]
    [InlineData(@"\b(?:{weekday},?\s+)?{month}\s+{day},?\s+{year}\b", "Month Digit Year")]
    [InlineData(@"\b(?:the\s+)?{season}\s+(?:of\s+)?{year}\b", "Season Year")]
    [InlineData(@"\b(?:(?:the\s+)?{ordinal}\s+quarter\b(?:\s+of\s+{year})?|{ordinal}-quarter\b)", "quarter")]
    [InlineData(@"\b{ordinal}[\s-]+century\b", "century")]
    [InlineData(@"\b{num}\s+{unit}\s+(?<way>ago|earlier|later)\b", "number Unit number-then-unit earlier|later|ago")]
    [InlineData(@"\b(?:(?:the\s+)?(?:(?<dir>last|past)\s+)?{num}\s+|{num}-){unit}", "number Unit number-then-unit")]
    [InlineData(@"\b(?<the>the\s+)?(?:(?<dir>last|past)\s+)?{num}(?:\s+|(?(the)(?!)|(?(dir)(?!)|-))){unit}", "Unit number-then-unit")]
    [InlineData(@"\b{num}(?:\s+|(?(dir)x)){unit}", "Unit")]
    [InlineData(@"{unit}(?(x)(?!)|\s+{month})", "Unit Month")]
    [InlineData(@"{unit}(?(x){month})", "Unit")]
    [InlineData(@"(?:(?!)|{month})|{year}", "Month, Year")]
    [InlineData(@"{unit}(?:(?!))?", "Unit")]
    [InlineData(@"\b{num}\s+(?=\w){unit}", "number Unit number-then-unit")]
    [InlineData(@"\b{num}\s*{unit}", "number Unit")]
    [InlineData(@"\b{num}\s+the\s+{unit}", "number the Unit")]
    [InlineData(@"x{num}\s+{unit}", "Unit")]
    [InlineData(@"\b(?:{num}\s+)?{unit}", "Unit")]
    [InlineData(@"\b(?:{num}\s+)?{unit}|{num}years", "")]
    [InlineData(@"(?<=\bfor\s+)(?<unit>years|days)\b", "")]
    [InlineData(@"\b{month}|{year}", "Month, Year")]
    [InlineData(@"\b{month}|the\s+year", "")]
    [InlineData(@"\b(?:{month}|the\s+year)\b", "Month|the")]
    [InlineData(@"\b{unit}?\s+{year}[{x}]", "Year")]
    [InlineData(@"\bmid-?quarter\b|\bquarters?\b|(?<!\bthe\s+)tonight\b", "")]
    public void Requirements_are_what_every_match_passes_through(string pattern, string expected)
    {
        Assert.Equal(expected, string.Join(" ", RuleNeeds.Requirements(pattern)));
    }

    [Theory]
    [InlineData(@"\b{year}-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])\b", "-")]
    [InlineData(@"(?<![\d.])(?<d>0?[1-9]|[12]\d|3[01])\.(?<m>0?[1-9]|1[0-2])\.{year}\b", ".")]
    [InlineData(@"(?:\bthe\s+)?['’](?<short>\d)0s\b", "'’")]
    [InlineData(@"\b{month},?\s+{day}", "")]
    [InlineData(@"\b{year}-{month}|{year}", "")]
    [InlineData(@"\bQ(?<q>[1-4])\s+{year}\b", "")]
    [InlineData(@"[\s-]+\.?[^/]", "")]
    public void Punctuation_is_a_mark_every_match_consumes(string pattern, string expected) =>
        Assert.Equal(expected, RuleNeeds.Punctuation(pattern));

    [Theory]
    [InlineData("talks in 2019 ended", true)]
    [InlineData("code x12015 here", true)]
    [InlineData("in 2019\u0663", true)]
    [InlineData("in 20\u0661\u0669", false)]
    [InlineData("sold 2.5m units for 76% less", false)]
    [InlineData("1499 and 2100", false)]
    [InlineData("20190 units", false)]
    [InlineData("in \u0662\u0660\u0661\u0669", false)]
    public void A_window_holds_a_year_only_where_the_year_placeholder_can_read_one(string text, bool year)
    {
        var windows = new List<CandidateWindow>();
        CandidateWindows.Find(text, new TextSpan(0, text.Length), windows);

        Assert.NotEmpty(windows);
        Assert.Equal(year, windows.Any(window => (window.Kinds & TriggerKinds.Year) != 0));
        Assert.Equal(year, Regex.IsMatch(text, @"(?:1[5-9]|20)[0-9][0-9](?![0-9])")); // what {year} reads
    }

    [Fact]
    public void Only_rules_with_long_lookarounds_read_the_margins()
    {
        var withMargins = TimeRules.Expanded.Where((_, i) => Needs[i].Margins).Select(rule => rule.Rule.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["ambiguous month after a time word", "bare length after for", "duration", "the past period", "year"], withMargins);
    }

    [Fact]
    public void Every_rule_needs_a_trigger()
    {
        for (var i = 0; i < Needs.Length; i++)
            Assert.False(Needs[i].CanMatchIn(TriggerKinds.None, cues: ulong.MaxValue), TimeRules.Expanded[i].Rule.Name);
    }

    [Fact]
    public void Pattern_words_leave_out_lookarounds_escapes_and_group_names()
    {
        var words = PatternWords.Words(@"(?<!\b(?:will|would)\s+)\bthe\s+(?<unit>years|months)\b(?-i:May)(?!\s+ago)");

        Assert.Equal(["the", "years", "months", "May"], words);
    }

    /// <summary>For every rule, the matches (start, length) of a scan of the range equal those of its windows.</summary>
    private static void AssertSameMatches(string text, TextSpan? within = null)
    {
        var range = within ?? new TextSpan(0, text.Length);
        var windows = new List<CandidateWindow>();
        CandidateWindows.Find(text, range, windows);
        for (var i = 0; i < TimeRules.Expanded.Length; i++)
        {
            var regex = TimeRules.Expanded[i].Regex;
            var full = new List<(int, int)>();
            for (var m = regex.Match(text, range.Start, range.Length); m.Success; m = m.NextMatch()) full.Add((m.Index, m.Length));
            var windowed = new List<(int, int)>();
            foreach (var window in windows)
            {
                if (!Needs[i].CanMatchIn(window)) continue;
                var span = Needs[i].SpanIn(window);
                for (var m = regex.Match(text, span.Start, span.Length); m.Success; m = m.NextMatch()) windowed.Add((m.Index, m.Length));
            }
            if (!full.SequenceEqual(windowed))
            {
                var missing = full.Except(windowed).Concat(windowed.Except(full)).First();
                Assert.Fail($"rule '{TimeRules.Expanded[i].Rule.Name}' differs at '{text.Substring(missing.Item1, missing.Item2)}' ({missing.Item1})");
            }
        }
    }

    /// <summary>Words of time expressions and their neighbours, glued by every kind of separator, in random order.</summary>
    internal static string GeneratedText(int seed, int length)
    {
        string[] pieces =
        [
            "the", "The", "a", "an", "of", "in", "since", "for", "will", "last", "Last", "next", "this", "past", "early", "mid",
            "May", "may", "March", "march", "MAY", "Sept.", "Jan", "Monday", "monday", "FRIDAY", "spring", "fall", "morning", "night",
            "tonight", "today", "yesterday", "year", "years", "Years", "month", "weeks", "days", "decade", "century", "quarter",
            "hours", "ago", "earlier", "later", "every", "each", "few", "several", "couple", "number", "twenty", "five", "first",
            "third", "21st", "now", "currently", "present", "at", "moment", "time", "recent", "future", "come", "ahead", "daily",
            "annually", "old", "said", "troops", "No.", "Flight", "Friendship", "Kavkaz", "Q3", "3", "12", "31", "2019", "1990s",
            "1999", "2020", "'80s", "’90s", "2019-03-04", "12.3.2019", "3/14/2019", "14/3/2019", "4.5", "1,000", "$2000", "76%",
            "3rd", "x12", "\u212Aelvin", "we\u212Ak", "ſeptember", "Zürich", "to", "not", "by", "until", "1499", "1500", "2099", "2100",
            "15000", "x2019", "20\u0661\u0669", "\u0662\u0660\u0661\u0669", "2019\u0663",
        ];
        string[] separators = [" ", " ", " ", "  ", "\n", "\n\n", "-", " - ", "\u00A0", "\t", ", ", ". ", "", "(", ") ", "'", "/", "."];
        var random = new Random(seed);
        var text = new StringBuilder(length + 32);
        while (text.Length < length)
            text.Append(pieces[random.Next(pieces.Length)]).Append(separators[random.Next(separators.Length)]);
        return text.ToString();
    }

    private static string RepositoryFolder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) return Path.Combine(dir.FullName, name);
        throw new DirectoryNotFoundException("repository root not found");
    }
}
