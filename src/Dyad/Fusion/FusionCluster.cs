namespace Dyad.Fusion;

/// <summary>A mention of a fused event and why it belongs: the seed founded the event, the others agreed with every member.</summary>
public sealed record FusionMember(FusionMention Mention, string Reason);

/// <summary>The mentions fusion took for one real event, the seed (the mention with most of a key) first.</summary>
public sealed class FusionCluster
{
    internal FusionCluster(MentionFacts seed, int order)
    {
        Order = order;
        Facts.Add(seed);
        Members.Add(new FusionMember(seed.Mention, "seed: the mention with most of a key in its candidate group"));
        Documents.Add(seed.Mention.DocumentId);
    }

    /// <summary>The fused event's id: the document-level id of its seed.</summary>
    public string EventId => Members[0].Mention.EventId;

    public List<FusionMember> Members { get; } = [];

    internal List<MentionFacts> Facts { get; } = [];

    internal HashSet<string> Documents { get; } = new(StringComparer.Ordinal);

    internal int Order { get; }

    internal void Add(MentionFacts facts, string reason)
    {
        Facts.Add(facts);
        Members.Add(new FusionMember(facts.Mention, reason));
        Documents.Add(facts.Mention.DocumentId);
    }
}
