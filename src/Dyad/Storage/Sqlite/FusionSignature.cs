using System.Security.Cryptography;
using System.Text;
using Dyad.Fusion;

namespace Dyad.Storage.Sqlite;

/// <summary>
/// What a stored event's record is made from: its members in order with their reasons, and the code that built it.
/// Mentions, their documents and sketches never change once stored, so an event whose signature is stored already
/// need not be built again when its candidate group is fused anew. The build's identity (the module version id, which a
/// deterministic build derives from the code) is part of it, so a new version of Dyad rebuilds the events it fuses.
/// </summary>
internal static class FusionSignature
{
    private static readonly string Build = typeof(FusedEventBuilder).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Of(FusionCluster cluster)
    {
        var text = new StringBuilder(Build);
        foreach (var member in cluster.Members) text.Append('\n').Append(member.Mention.Id).Append(' ').Append(member.Reason);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))[..12]);
    }
}
