using System.Globalization;
using System.Text;
using Dyad.Annotation.Events;
using Dyad.Documents;
using Dyad.Fusion;
using Dyad.Output;
using Dyad.Pipeline;
using Microsoft.Data.Sqlite;

namespace Dyad.Storage.Sqlite;

/// <summary>The fused events: queried through the pair and country tables so one pair's events are an index range in date order.</summary>
public sealed partial class SqliteDocumentStore
{
    public IEnumerable<string> QueryEventRecords(EventQuery query) => EventRows(query, reader => reader.GetString(0));

    // Parsed from the record's UTF-8 bytes as SQLite holds them (no detour through a UTF-16 string), on the other
    // cores while this thread steps the query: a pair's thousands of events take the time of the query alone.
    public IEnumerable<FusedEvent> QueryEvents(EventQuery query) =>
        BatchedParallel.Select(EventRows(query, reader => reader.GetFieldValue<byte[]>(0)), bytes => FusedEventRecord.Read(bytes));

    private IEnumerable<T> EventRows<T>(EventQuery query, Func<SqliteDataReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureFused();
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = EventSelect(query, command);
        SqliteDataReader reader;
        try
        {
            reader = command.ExecuteReader();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_ERROR && (query.Search is not null || query.Entity is not null))
        {
            throw new ArgumentException($"cannot search for \"{query.Search ?? query.Entity}\": {e.Message}", nameof(query), e);
        }
        using (reader)
            while (reader.Read())
                yield return read(reader);
    }

    public FusedEvent? FindEvent(string id)
    {
        EnsureFused();
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = SqliteEventSql.FindEvent;
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is string json ? FusedEventRecord.Read(json) : null;
    }

    public EventExplanation? Explain(string id)
    {
        EnsureFused();
        using var connection = OpenReader();
        using var transaction = connection.BeginTransaction(deferred: true);
        string? block;
        string? json;
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT block, record FROM events WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            if (!reader.Read()) return null;
            block = reader.GetString(0);
            json = reader.GetString(1);
        }
        var mentions = new List<FusionMention>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = SqliteEventSql.BlockMentions;
            command.Parameters.AddWithValue("$block", block);
            using var reader = command.ExecuteReader();
            while (reader.Read()) mentions.Add(SqliteFusion.ReadMention(reader));
        }
        // Fusion is deterministic: fusing the group again gives the stored events, with every reason.
        var clusters = EventFuser.Cluster(mentions);
        var cluster = clusters.FirstOrDefault(c => c.EventId == id);
        if (cluster is null) return null;
        var reports = Reports(connection, transaction, cluster.Members.Select(m => m.Mention.DocumentId));
        var members = cluster.Members.Select(m => new ExplainedMember(m.Mention, m.Reason, reports.GetValueOrDefault(m.Mention.DocumentId))).ToList();
        return new EventExplanation(FusedEventRecord.Read(json), block, members, EventFuser.Apart(cluster, clusters));
    }

    public IReadOnlyDictionary<string, ReportSource> Reports(IEnumerable<string> documentIds)
    {
        EnsureFused();
        using var connection = OpenReader();
        using var transaction = connection.BeginTransaction(deferred: true);
        return Reports(connection, transaction, documentIds);
    }

    private static Dictionary<string, ReportSource> Reports(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> documentIds)
    {
        var reports = new Dictionary<string, ReportSource>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteEventSql.MentionDocuments;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        foreach (var documentId in documentIds.Distinct(StringComparer.Ordinal))
        {
            id.Value = documentId;
            using var reader = command.ExecuteReader();
            if (!reader.Read()) continue;
            reports[documentId] = new ReportSource(
                reader.GetString(0), NullableString(reader, 1), NullableString(reader, 2),
                PartialDate.ParseIso(NullableString(reader, 3)), NullableString(reader, 5) ?? "", NullableString(reader, 6));
        }
        return reports;
    }

    public IReadOnlyList<EntitySummary> Entities()
    {
        EnsureFused();
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = SqliteEventSql.Entities;
        using var reader = command.ExecuteReader();
        var entities = new List<EntitySummary>();
        while (reader.Read())
            entities.Add(new EntitySummary(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4)));
        return entities;
    }

    public StoreStatistics Statistics()
    {
        EnsureFused();
        using var connection = OpenReader();
        using var transaction = connection.BeginTransaction(deferred: true);
        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        List<(string, long)> Rows(string sql, Func<SqliteDataReader, string> name)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue("$limit", 10);
            using var reader = command.ExecuteReader();
            var rows = new List<(string, long)>();
            while (reader.Read()) rows.Add((name(reader), reader.GetInt64(reader.FieldCount - 1)));
            return rows;
        }
        using var figures = connection.CreateCommand();
        figures.Transaction = transaction;
        figures.CommandText = SqliteEventSql.EventFigures;
        using var f = figures.ExecuteReader();
        f.Read();
        return new StoreStatistics(
            Documents: Scalar(SqliteSql.CountDocuments),
            Sources: Scalar(SqliteEventSql.CountSources),
            Mentions: Scalar(SqliteEventSql.CountMentions),
            Events: f.GetInt64(0),
            EventsWithConflicts: f.GetInt64(1),
            EventsFromSeveralDocuments: f.GetInt64(2),
            FirstDate: NullableString(f, 3),
            LastDate: NullableString(f, 4),
            ByType: Rows(SqliteEventSql.EventsByType, r => r.GetString(0)),
            ByStatus: Rows(SqliteEventSql.EventsByStatus, r => r.GetString(0)),
            TopPairs: Rows(SqliteEventSql.TopPairs, r => r.GetString(0) + "-" + r.GetString(1)));
    }

    /// <summary>
    /// The SELECT for a query, driven by the narrowest index: the pair table for two or more states, the
    /// country table for one, else the events' own date index; each already in date order.
    /// </summary>
    private static string EventSelect(EventQuery query, SqliteCommand command)
    {
        var sql = new StringBuilder();
        var where = new List<string>();
        string order;
        var countries = query.Countries.Select(c => c.Value).Distinct().Order(StringComparer.Ordinal).ToList();
        string dateColumn;
        if (countries.Count >= 2)
        {
            sql.Append("SELECT e.record FROM event_pairs p JOIN events e ON e.seq = p.event_seq");
            where.Add("p.a = $a AND p.b = $b");
            command.Parameters.AddWithValue("$a", countries[0]);
            command.Parameters.AddWithValue("$b", countries[1]);
            for (var i = 2; i < countries.Count; i++)
            {
                where.Add($"instr(e.countries, $c{i}) > 0");
                command.Parameters.AddWithValue($"$c{i}", countries[i]);
            }
            dateColumn = "p.sort_date";
            order = "p.sort_date, p.event_seq";
        }
        else if (countries.Count == 1)
        {
            sql.Append("SELECT e.record FROM event_countries c JOIN events e ON e.seq = c.event_seq");
            where.Add("c.country = $country");
            command.Parameters.AddWithValue("$country", countries[0]);
            dateColumn = "c.sort_date";
            order = "c.sort_date, c.event_seq";
        }
        else
        {
            sql.Append("SELECT e.record FROM events e");
            dateColumn = "e.sort_date";
            order = "e.sort_date, e.seq";
        }
        if (query.From is { } from)
        {
            where.Add($"{dateColumn} >= $from");
            command.Parameters.AddWithValue("$from", Iso(from.Earliest));
        }
        if (query.To is { } to)
        {
            where.Add($"{dateColumn} <= $to");
            command.Parameters.AddWithValue("$to", Iso(to.Latest));
        }
        if (query.From is not null || query.To is not null) where.Add($"{dateColumn} <> '{SqliteEventSql.Undated}'");
        AddIn(where, command, "e.type", "$type", query.Types.Select(t => t.ToSchemaName()));
        if (query.Statuses.Count > 0) AddIn(where, command, "e.status", "$status", query.Statuses.Select(s => s.ToSchemaName()));
        else where.Add("e.status <> 'generic'");
        var match = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.Search)) match.Add("(" + query.Search + ")");
        if (!string.IsNullOrWhiteSpace(query.Entity)) match.Add("entities : \"" + query.Entity.Replace("\"", "\"\"") + "\"");
        if (match.Count > 0)
        {
            where.Add("e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH $match)");
            command.Parameters.AddWithValue("$match", string.Join(" AND ", match));
        }
        if (where.Count > 0) sql.Append(" WHERE ").Append(string.Join(" AND ", where));
        sql.Append(" ORDER BY ").Append(order);
        if (query.Limit is { } limit)
        {
            sql.Append(" LIMIT $limit");
            command.Parameters.AddWithValue("$limit", limit);
        }
        return sql.ToString();
    }

    private static void AddIn(List<string> where, SqliteCommand command, string column, string prefix, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = prefix + names.Count;
            names.Add(name);
            command.Parameters.AddWithValue(name, value);
        }
        if (names.Count > 0) where.Add($"{column} IN ({string.Join(", ", names)})");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
