using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Data.Sqlite;

namespace Dyad.Web.Reviews;

/// <summary>
/// Reviews in their own tables of the store's SQLite file (review_*), apart from what ingestion writes,
/// so ingesting the same articles again leaves them as they are. One connection, serialized; the
/// overlays are kept in memory and reread only after a change.
/// </summary>
public sealed class SqliteReviewStore : IReviewStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS review_overlays (
            event_id TEXT PRIMARY KEY,
            overlay  TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS review_audit (
            seq         INTEGER PRIMARY KEY,
            at          TEXT NOT NULL,
            user_name   TEXT NOT NULL,
            action      TEXT NOT NULL,
            summary     TEXT NOT NULL,
            changes     TEXT NOT NULL,
            reverts     INTEGER,
            reverted_by INTEGER
        );
        CREATE TABLE IF NOT EXISTS review_audit_events (
            event_id TEXT NOT NULL,
            seq      INTEGER NOT NULL,
            PRIMARY KEY (event_id, seq)
        ) WITHOUT ROWID;
        """;

    private static readonly JsonTypeInfo<List<OverlayChange>> Json = WebJsonContext.Default.ListOverlayChange;

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;
    private readonly Lock _lock = new();
    private Dictionary<string, EventOverlay>? _overlays;
    private long _version;

    public SqliteReviewStore(string path, TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        _connection = SqliteFiles.OpenWriter(path);
        SqliteFiles.Execute(_connection, Schema);
    }

    public long Version => Interlocked.Read(ref _version);

    public IReadOnlyDictionary<string, EventOverlay> Overlays()
    {
        lock (_lock)
        {
            if (_overlays is not null) return _overlays;
            var overlays = new Dictionary<string, EventOverlay>(StringComparer.Ordinal);
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT event_id, overlay FROM review_overlays";
            using var reader = command.ExecuteReader();
            while (reader.Read()) overlays[reader.GetString(0)] = EventOverlay.FromJson(reader.GetString(1));
            return _overlays = overlays;
        }
    }

    public AuditEntry Change(string user, string action, string summary, IReadOnlyList<string> eventIds, Func<string, EventOverlay?, EventOverlay?> change)
    {
        lock (_lock)
        {
            var current = Overlays();
            var now = _clock.GetUtcNow();
            var changes = new List<OverlayChange>();
            foreach (var id in eventIds.Distinct(StringComparer.Ordinal))
            {
                var before = current.GetValueOrDefault(id);
                var after = change(id, before);
                after = after is null || after.IsEmpty ? null : after with { ChangedAt = now, ChangedBy = user };
                changes.Add(new OverlayChange(id, before, after));
            }
            return Write(user, action, summary, changes, now, reverts: null);
        }
    }

    public AuditEntry Revert(string user, long seq)
    {
        lock (_lock)
        {
            var entry = FindAudit(seq) ?? throw new ReviewException($"no audit entry {seq}", 404);
            if (entry.RevertedBy is { } by) throw new ReviewException($"entry {seq} was already undone by entry {by}", 409);
            var current = Overlays();
            var changes = new List<OverlayChange>();
            foreach (var change in entry.Changes)
            {
                var now = current.GetValueOrDefault(change.EventId);
                if (!EventOverlay.SameChanges(now, change.After))
                    throw new ReviewException($"event {change.EventId} was changed after entry {seq}: undo the later change first", 409);
                changes.Add(new OverlayChange(change.EventId, now, change.Before));
            }
            return Write(user, "revert", $"undo #{seq}: {entry.Summary}", changes, _clock.GetUtcNow(), reverts: seq);
        }
    }

    public IReadOnlyList<AuditEntry> Audit(string? eventId = null, int limit = 200)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = eventId is null
                ? "SELECT * FROM review_audit ORDER BY seq DESC LIMIT $limit"
                : "SELECT a.* FROM review_audit_events e JOIN review_audit a ON a.seq = e.seq WHERE e.event_id = $event ORDER BY a.seq DESC LIMIT $limit";
            command.Parameters.AddWithValue("$limit", limit);
            if (eventId is not null) command.Parameters.AddWithValue("$event", eventId);
            return ReadEntries(command);
        }
    }

    public AuditEntry? FindAudit(long seq)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT * FROM review_audit WHERE seq = $seq";
            command.Parameters.AddWithValue("$seq", seq);
            return ReadEntries(command).FirstOrDefault();
        }
    }

    private AuditEntry Write(string user, string action, string summary, List<OverlayChange> changes, DateTimeOffset at, long? reverts)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        foreach (var change in changes)
        {
            using var write = _connection.CreateCommand();
            write.Transaction = transaction;
            if (change.After is null)
            {
                write.CommandText = "DELETE FROM review_overlays WHERE event_id = $id";
            }
            else
            {
                write.CommandText = "INSERT INTO review_overlays (event_id, overlay) VALUES ($id, $overlay) ON CONFLICT (event_id) DO UPDATE SET overlay = excluded.overlay";
                write.Parameters.AddWithValue("$overlay", change.After.ToJson());
            }
            write.Parameters.AddWithValue("$id", change.EventId);
            write.ExecuteNonQuery();
        }

        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO review_audit (at, user_name, action, summary, changes, reverts) VALUES ($at, $user, $action, $summary, $changes, $reverts);
            SELECT last_insert_rowid();
            """;
        insert.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$user", user);
        insert.Parameters.AddWithValue("$action", action);
        insert.Parameters.AddWithValue("$summary", summary);
        insert.Parameters.AddWithValue("$changes", JsonSerializer.Serialize(changes, Json));
        insert.Parameters.AddWithValue("$reverts", (object?)reverts ?? DBNull.Value);
        var seq = (long)insert.ExecuteScalar()!;

        foreach (var change in changes)
        {
            using var index = _connection.CreateCommand();
            index.Transaction = transaction;
            index.CommandText = "INSERT OR IGNORE INTO review_audit_events (event_id, seq) VALUES ($id, $seq)";
            index.Parameters.AddWithValue("$id", change.EventId);
            index.Parameters.AddWithValue("$seq", seq);
            index.ExecuteNonQuery();
        }
        if (reverts is { } undone)
        {
            using var mark = _connection.CreateCommand();
            mark.Transaction = transaction;
            mark.CommandText = "UPDATE review_audit SET reverted_by = $seq WHERE seq = $undone";
            mark.Parameters.AddWithValue("$seq", seq);
            mark.Parameters.AddWithValue("$undone", undone);
            mark.ExecuteNonQuery();
        }
        transaction.Commit();

        _overlays = null;
        Interlocked.Increment(ref _version);
        return new AuditEntry(seq, at, user, action, summary, changes, reverts, null);
    }

    private static List<AuditEntry> ReadEntries(SqliteCommand command)
    {
        var entries = new List<AuditEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            entries.Add(new AuditEntry(
                Seq: reader.GetInt64(0),
                At: DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                User: reader.GetString(2),
                Action: reader.GetString(3),
                Summary: reader.GetString(4),
                Changes: JsonSerializer.Deserialize(reader.GetString(5), Json) ?? [],
                Reverts: reader.IsDBNull(6) ? null : reader.GetInt64(6),
                RevertedBy: reader.IsDBNull(7) ? null : reader.GetInt64(7)));
        }
        return entries;
    }

    public void Dispose()
    {
        lock (_lock) _connection.Dispose();
    }
}
