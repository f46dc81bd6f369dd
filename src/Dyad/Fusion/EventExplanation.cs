using Dyad.Storage;

namespace Dyad.Fusion;

/// <summary>Why an event is what it is: its mentions with the reason each was merged, and the events of its candidate group it was kept apart from.</summary>
public sealed record EventExplanation(FusedEvent Event, string Block, IReadOnlyList<ExplainedMember> Members, IReadOnlyList<KeptApart> Apart);

/// <summary>A mention of the event, the reason it joined, and the report it comes from.</summary>
public sealed record ExplainedMember(FusionMention Mention, string Reason, ReportSource? Report);

/// <summary>Another event of the same type and states, and the first rule that keeps the two apart.</summary>
public sealed record KeptApart(string EventId, string Reason);
