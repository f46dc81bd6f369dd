using Dyad.Annotation.Time;

namespace Dyad.Tests.Annotation.Time;

/// <summary>The source-generated patterns are the rule table's expansion, row by row: the table stays the spec.</summary>
public sealed class TimeRulePatternsTests
{
    [Fact]
    public void There_is_one_generated_pattern_a_rule()
    {
        Assert.Equal(TimeRules.All.Length, TimeRulePatterns.InTableOrder.Length);
    }

    [Fact]
    public void Each_generated_pattern_is_the_expansion_of_its_row()
    {
        for (var i = 0; i < TimeRules.All.Length; i++)
        {
            var expected = TimeRules.Expand(TimeRules.All[i].Pattern);
            var generated = TimeRulePatterns.InTableOrder[i];
            Assert.True(expected == generated.ToString(),
                $"rule '{TimeRules.All[i].Name}': TimeRulePatterns must read\n@\"{expected.Replace("\"", "\"\"")}\"\nbut reads\n@\"{generated}\"");
            Assert.Equal(TimeRulePatterns.Options, generated.Options);
        }
    }
}
