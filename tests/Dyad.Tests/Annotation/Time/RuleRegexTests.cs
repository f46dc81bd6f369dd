using System.Text.RegularExpressions;
using Dyad.Annotation.Time;

namespace Dyad.Tests.Annotation.Time;

/// <summary>A rule runs interpreted, then compiled once it runs often: both engines must find the very same matches.</summary>
public sealed class RuleRegexTests
{
    [Fact]
    public void Interpreted_and_compiled_rules_find_the_same_matches_in_the_spec_and_the_samples()
    {
        var spec = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Annotation", "Time", "time-rules.spec"))
            .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'))
            .Select(line => line.Split('|')[1].Replace("[", "").Replace("]", "").Trim());
        var texts = Directory.EnumerateFiles(RepositoryFolder("samples")).Select(File.ReadAllText).Prepend(string.Join("\n", spec)).ToList();

        foreach (var (rule, regex) in TimeRules.Expanded)
        {
            var interpreted = new Regex(regex.Pattern, RuleRegex.Options);
            var compiled = new Regex(regex.Pattern, RuleRegex.Options | RegexOptions.Compiled);
            foreach (var text in texts)
                Assert.True(Matches(interpreted, text).SequenceEqual(Matches(compiled, text)), rule.Name);
        }
    }

    [Fact]
    public void A_rule_finds_the_same_before_and_after_it_is_compiled()
    {
        var regex = new RuleRegex(TimeRules.Expanded.Single(rule => rule.Rule.Name == "month day, year").Regex.Pattern);
        const string text = "The talks opened on March 3, 2019 and closed on Friday, April 5, 2019.";
        var first = regex.Match(text, 0, text.Length).Value;
        for (var i = 0; i < RuleRegex.SearchesBeforeCompiling; i++) regex.Match(text, 0, text.Length);

        Assert.Equal("March 3, 2019", first);
        Assert.Equal(first, regex.Match(text, 0, text.Length).Value);
        Assert.Equal("Friday, April 5, 2019", regex.Match(text, 0, text.Length).NextMatch().Value);
    }

    private static IEnumerable<string> Matches(Regex regex, string text)
    {
        for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            yield return $"{m.Index}:{m.Length}:" + string.Join(",", m.Groups.Values.Select(g => $"{g.Name}={g.Index}/{g.Length}"));
    }

    private static string RepositoryFolder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) return Path.Combine(dir.FullName, name);
        throw new DirectoryNotFoundException("repository root not found");
    }
}
