using Dyad.Annotation.Events;
using Dyad.Documents;
using Dyad.Fusion;
using Dyad.Output;
using Microsoft.Data.Sqlite;

namespace Dyad.Storage.Sqlite;

/// <summary>
/// The writer's side of fusion, inside its transactions: a document's mentions and entities are written with it and
/// the candidate groups it touched marked pending; later each pending group, fused again from all its mentions
/// (<see cref="BlockFuser"/>), is stored and cleared in one transaction, so a killed ingest leaves documents and
/// events consistent and the result does not depend on arrival order. Only events whose members changed
/// are built and rewritten (<see cref="FusionSignature"/>).
/// </summary>
internal sealed class SqliteFusion : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly List<SqliteCommand> _commands = [];
    private readonly SqliteCommand _insertEntity, _insertMention, _blockEvents,
        _deleteEvent, _insertEvent, _insertPair, _insertCountry, _insertMember, _insertSearchText, _markPending, _pendingBlocks, _clearPending;

    public SqliteFusion(SqliteConnection connection)
    {
        _connection = connection;
        _insertEntity = Prepare(SqliteEventSql.InsertEntity, "$doc", "$entity", "$type", "$name", "$mentions");
        _insertMention = Prepare(SqliteEventSql.InsertMention, "$id", "$doc", "$block", "$type", "$status", "$countries", "$source",
            "$target", "$date", "$name", "$round", "$equipment", "$confidence", "$start", "$end", "$record");
        _blockEvents = Prepare(SqliteEventSql.BlockEvents, "$block");
        _deleteEvent = Prepare(SqliteEventSql.DeleteEvent, "$seq", "$id");
        _insertEvent = Prepare(SqliteEventSql.InsertEvent, "$id", "$block", "$type", "$status", "$countries", "$source", "$target",
            "$date", "$sort", "$name", "$round", "$sources", "$documents", "$conflicts", "$signature", "$record");
        _insertPair = Prepare(SqliteEventSql.InsertPair, "$a", "$b", "$sort", "$seq");
        _insertCountry = Prepare(SqliteEventSql.InsertCountry, "$country", "$sort", "$seq");
        _insertMember = Prepare(SqliteEventSql.InsertMember, "$event", "$mention", "$position", "$reason");
        _insertSearchText = Prepare(SqliteEventSql.InsertSearchText, "$seq", "$name", "$entities", "$evidence");
        _markPending = Prepare(SqliteEventSql.MarkPending, "$block");
        _pendingBlocks = Prepare(SqliteEventSql.PendingBlocks);
        _clearPending = Prepare(SqliteEventSql.ClearPending, "$block");
    }

    public void Enlist(SqliteTransaction transaction)
    {
        foreach (var command in _commands) command.Transaction = transaction;
    }

    /// <summary>Writes the entities and event mentions of a newly stored document (its sketch goes with the document).</summary>
    public void AddDocument(string documentId, PreparedDocument document)
    {
        foreach (var (id, type, name, mentions) in document.Entities)
            Run(_insertEntity, documentId, id, type, name, mentions);
        foreach (var mention in document.Mentions)
        {
            var p = _insertMention.Parameters;
            p[0].Value = mention[0];
            p[1].Value = documentId;
            for (var i = 1; i < mention.Length; i++) p[i + 1].Value = mention[i] ?? DBNull.Value;
            _insertMention.ExecuteNonQuery();
        }
    }

    /// <summary>Notes that a candidate group's mentions changed: it is fused again by <see cref="SqliteDocumentWriter.FusePending"/>.</summary>
    public void MarkPending(string block) => Run(_markPending, block);

    /// <summary>Every pending candidate group, in name order: the order they are stored in, so event sequence numbers do not depend on timing.</summary>
    public List<string> PendingBlocks()
    {
        var blocks = new List<string>();
        using var reader = _pendingBlocks.ExecuteReader();
        while (reader.Read()) blocks.Add(reader.GetString(0));
        return blocks;
    }

    /// <summary>
    /// Stores a group's events as fused from all its mentions (<see cref="BlockFuser"/>): removes the stored events that
    /// are no longer among them, writes the changed ones, and clears the group. False, writing nothing, when the events
    /// the fuser found stored unchanged are no longer stored so (another process fused the group since): the caller
    /// fuses it again.
    /// </summary>
    public bool TryApply(FusedBlock fused)
    {
        var kept = 0;
        var stale = new List<(long Seq, string Id)>();
        _blockEvents.Parameters[0].Value = fused.Block;
        using (var reader = _blockEvents.ExecuteReader())
            while (reader.Read())
            {
                var id = reader.GetString(1);
                if (fused.Unchanged.TryGetValue(id, out var signature) && signature == reader.GetString(2)) kept++;
                else stale.Add((reader.GetInt64(0), id));
            }
        if (kept != fused.Unchanged.Count) return false;
        foreach (var (seq, id) in stale) Run(_deleteEvent, seq, id);
        foreach (var row in fused.Changed) Insert(fused.Block, row);
        Run(_clearPending, fused.Block);
        return true;
    }

    /// <summary>A row of <see cref="SqliteEventSql.BlockMentions"/>.</summary>
    public static FusionMention ReadMention(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1),
        PartialDate.ParseIso(reader.IsDBNull(3) ? null : reader.GetString(3)),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        EventRecordReader.Read(reader.GetFieldValue<byte[]>(2)));

    private void Insert(string block, FusedRow row)
    {
        var (cluster, fused, json, signature) = row;
        var e = fused.Event;
        var sort = SortDate(e);
        SetValues(_insertEvent, e.Id, block, e.Type.ToSchemaName(), e.Status.ToSchemaName(), string.Join(',', e.Countries),
            e.Source?.Value, e.Target?.Value, e.Date?.Value.ToString(), sort, e.Name, e.Round,
            fused.SourceCount, fused.DocumentCount, e.Conflicts.Count, signature, json);
        var seq = (long)_insertEvent.ExecuteScalar()!;
        var countries = e.Countries.Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < countries.Count; i++)
        {
            Run(_insertCountry, countries[i], sort, seq);
            for (var j = i + 1; j < countries.Count; j++) Run(_insertPair, countries[i], countries[j], sort, seq);
        }
        for (var i = 0; i < cluster.Members.Count; i++)
            Run(_insertMember, e.Id, cluster.Members[i].Mention.Id, i, cluster.Members[i].Reason);
        Run(_insertSearchText, seq, e.Name, EntityText(e), string.Join("\n", e.Evidence.Select(x => x.Text)));
    }

    /// <summary>The day an event's date begins, so pairs list in date order; undated events after all dated ones.</summary>
    public static string SortDate(Event e) => e.Date is { } d ? d.Value.Earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : SqliteEventSql.Undated;

    /// <summary>The names an event gives, for <c>--entity</c>: its name, place, people with their offices, equipment, states.</summary>
    private static string EntityText(Event e) => string.Join("\n",
        new[] { e.Name, e.Location }.Concat(e.Participants.Select(p => p.Role is null ? p.Name : p.Name + " " + p.Role))
            .Concat(e.Equipment.Select(x => x.Name)).Concat(e.Countries.Select(c => c.Value)).Where(s => !string.IsNullOrEmpty(s)));

    private static void SetValues(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        SetValues(command, values);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        _commands.Add(command);
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands) command.Dispose();
    }
}
