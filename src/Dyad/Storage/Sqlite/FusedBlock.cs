using Dyad.Fusion;

namespace Dyad.Storage.Sqlite;

/// <summary>One fused event of a candidate group as it is to be stored: its cluster, record and <see cref="FusionSignature"/>.</summary>
internal sealed record FusedRow(FusionCluster Cluster, FusedEvent Fused, string Json, string Signature)
{
    public static FusedRow From(FusionCluster cluster, FusedEvent fused, string signature) =>
        new(cluster, fused, FusedEventRecord.ToJson(fused), signature);
}

/// <summary>
/// A candidate group fused from all its mentions. <paramref name="Changed"/>: the events to store, built, in id order;
/// <paramref name="Unchanged"/>: the ids and signatures of the group's other events, stored already as they are.
/// </summary>
internal sealed record FusedBlock(string Block, IReadOnlyList<FusedRow> Changed, IReadOnlyDictionary<string, string> Unchanged);
