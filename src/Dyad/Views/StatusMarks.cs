using Dyad.Annotation.Events;

namespace Dyad.Views;

/// <summary>One mark a status, so a timeline shows at a glance what happened and what was only talked of.</summary>
public static class StatusMarks
{
    public static char For(EventStatus status) => status switch
    {
        EventStatus.Occurred => '*',
        EventStatus.Ongoing => '~',
        EventStatus.Planned => '>',
        EventStatus.Proposed => '?',
        EventStatus.Speculative => '!',
        EventStatus.Negated => 'x',
        _ => '.',
    };

    public const string Legend = "* occurred  ~ ongoing  > planned  ? proposed  ! speculative  x negated";
}
