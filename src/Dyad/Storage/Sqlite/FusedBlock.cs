using System.Security.Cryptography;
using System.Text;
using Dyad.Fusion;

namespace Dyad.Storage.Sqlite;

/// <summary>One fused event of a candidate group as it is to be stored: its cluster, record and the signature that tells whether it changed.</summary>
internal sealed record FusedRow(FusionCluster Cluster, FusedEvent Fused, string Json, string Signature)
{
    public static FusedRow From(FusionCluster cluster, FusedEvent fused)
    {
        var json = FusedEventRecord.ToJson(fused);
        return new FusedRow(cluster, fused, json, SignatureOf(json, cluster));
    }

    private static string SignatureOf(string json, FusionCluster cluster)
    {
        var text = new StringBuilder(json);
        foreach (var member in cluster.Members) text.Append('\n').Append(member.Mention.Id).Append(' ').Append(member.Reason);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))[..12]);
    }
}

/// <summary>A candidate group fused from all its mentions: the events it should hold, in id order.</summary>
internal sealed record FusedBlock(string Block, IReadOnlyList<FusedRow> Events);
