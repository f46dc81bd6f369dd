using Dyad.Documents;

namespace Dyad.Annotation.Time;

/// <summary>The four TIMEX3 types.</summary>
public enum TimexType { Date, Duration, Time, Set }

/// <summary>A time expression found in a text: where it stands, what it says, and its normalized value.</summary>
public sealed record TimeExpression(TextSpan Span, string Text, TimexType Type, TimeValue Value)
{
    /// <summary>The TIMEX3 type name as TimeML writes it: DATE, DURATION, TIME, SET.</summary>
    public string TypeName => Type switch
    {
        TimexType.Date => "DATE",
        TimexType.Duration => "DURATION",
        TimexType.Time => "TIME",
        _ => "SET",
    };
}
