using Dyad.Fusion;
using Microsoft.Data.Sqlite;

namespace Dyad.Storage.Sqlite;

/// <summary>
/// Fuses candidate groups from what a connection reads: the group's mentions, the signatures of its stored events, then
/// the sketches of the documents behind each multi-document event that changed. Only events whose members changed are
/// built: a small batch added to a large store touches many groups but few of their events. Writes nothing, so several
/// run at once, each on a read connection of its own, while the writer stores what they computed (<see cref="SqliteFusion.TryApply"/>).
/// </summary>
internal sealed class BlockFuser : IDisposable
{
    private readonly SqliteCommand _blockMentions;
    private readonly SqliteCommand _findSketch;
    private readonly SqliteCommand _storedSignatures;

    public BlockFuser(SqliteConnection connection)
    {
        _blockMentions = connection.CreateCommand();
        _blockMentions.CommandText = SqliteEventSql.BlockMentions;
        _blockMentions.Parameters.Add(new SqliteParameter { ParameterName = "$block" });
        _blockMentions.Prepare();
        _findSketch = connection.CreateCommand();
        _findSketch.CommandText = SqliteEventSql.FindSketch;
        _findSketch.Parameters.Add(new SqliteParameter { ParameterName = "$id" });
        _findSketch.Prepare();
        _storedSignatures = connection.CreateCommand();
        _storedSignatures.CommandText = SqliteEventSql.BlockEvents;
        _storedSignatures.Parameters.Add(new SqliteParameter { ParameterName = "$block" });
        _storedSignatures.Prepare();
    }

    /// <summary>Enlists the reads in a transaction of the same connection (the writer's, when it fuses alone).</summary>
    public void Enlist(SqliteTransaction? transaction)
    {
        _blockMentions.Transaction = transaction;
        _findSketch.Transaction = transaction;
        _storedSignatures.Transaction = transaction;
    }

    public FusedBlock Fuse(string block)
    {
        var clusters = EventFuser.Cluster(LoadMentions(block));
        var stored = StoredSignatures(block);
        var changed = new List<FusedRow>();
        var unchanged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            var signature = FusionSignature.Of(cluster);
            if (stored.TryGetValue(cluster.EventId, out var current) && current == signature)
            {
                unchanged.Add(cluster.EventId, signature);
                continue;
            }
            var groups = cluster.Members.Count > 1 ? Groups(cluster) : SyndicationGroups.None;
            changed.Add(FusedRow.From(cluster, FusedEventBuilder.Build(cluster, groups), signature));
        }
        changed.Sort((a, b) => string.CompareOrdinal(a.Fused.Id, b.Fused.Id));
        return new FusedBlock(block, changed, unchanged);
    }

    /// <summary>The group's stored events: id and signature.</summary>
    private Dictionary<string, string> StoredSignatures(string block)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        _storedSignatures.Parameters[0].Value = block;
        using var reader = _storedSignatures.ExecuteReader();
        while (reader.Read()) stored[reader.GetString(1)] = reader.GetString(2);
        return stored;
    }

    private List<FusionMention> LoadMentions(string block)
    {
        var mentions = new List<FusionMention>();
        _blockMentions.Parameters[0].Value = block;
        using var reader = _blockMentions.ExecuteReader();
        while (reader.Read()) mentions.Add(SqliteFusion.ReadMention(reader));
        return mentions;
    }

    private SyndicationGroups Groups(FusionCluster cluster)
    {
        var sketches = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var document in cluster.Members.Select(m => m.Mention.DocumentId).Distinct(StringComparer.Ordinal))
        {
            _findSketch.Parameters[0].Value = document;
            if (_findSketch.ExecuteScalar() is byte[] sketch) sketches[document] = sketch;
        }
        return SyndicationGroups.From(sketches);
    }

    public void Dispose()
    {
        _blockMentions.Dispose();
        _findSketch.Dispose();
        _storedSignatures.Dispose();
    }
}
