namespace Dyad.Annotation.Events;

/// <summary>
/// How surely a mention reports its event as typed: the trigger's strength, scaled by how complete its
/// arguments are (two states, a direction where the type has one, a date, a key where the type has one),
/// lowered by attribution hedges ('reportedly') and, a little, when no cue said the status. Several
/// mentions of one event combine as independent witnesses: 1 − Π(1 − cᵢ).
/// </summary>
internal static class EventConfidence
{
    private const double HedgeFactor = 0.8;
    private const double DefaultStatusFactor = 0.95;

    public static double OfMention(TriggerRule rule, Event args, bool hedged, bool statusCued)
    {
        var expected = 2;
        var found = (args.Countries.Count >= 2 ? 1 : 0) + (args.Date is not null ? 1 : 0);
        if (rule.Type.IsDirected())
        {
            expected++;
            if (args.Source is not null && args.Target is not null) found++;
        }
        if (rule.Type is EventType.Exercise or EventType.Dialogue or EventType.ArmsTransfer or EventType.MechanismEstablished)
        {
            expected++;
            if (args.HasKey()) found++;
        }
        var completeness = (double)found / expected;
        return rule.Strength * (0.5 + 0.5 * completeness) * (hedged ? HedgeFactor : 1) * (statusCued ? 1 : DefaultStatusFactor);
    }

    public static double Combine(double a, double b) => 1 - (1 - a) * (1 - b);
}
