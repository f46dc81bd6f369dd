using Dyad.Documents;
using Microsoft.Data.Sqlite;

namespace Dyad.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, so readers never wait for the writer and a
/// killed writer loses at most its open batch. Writes go through one connection with prepared
/// statements; reads open pooled read-only connections, each call seeing one consistent snapshot.
/// </summary>
public sealed partial class SqliteDocumentStore : IDocumentStore, IEventStore
{
    private readonly string _readConnectionString;
    private readonly SqliteConnection _writeConnection;
    private readonly SqliteDocumentWriter _writer;
    private readonly Lock _writeLock = new();
    private bool _disposed;

    private SqliteDocumentStore(string path, TimeProvider clock)
    {
        Path = path;
        var writeConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        _readConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
        }.ToString();

        _writeConnection = new SqliteConnection(writeConnectionString);
        try
        {
            _writeConnection.Open();
            SqliteSchema.Migrate(_writeConnection, path);
            Execute(_writeConnection, SqliteSql.WriterSettings);
            _writer = new SqliteDocumentWriter(_writeConnection, clock, OpenReader);
            using var pending = _writeConnection.CreateCommand();
            pending.CommandText = SqliteEventSql.AnyPending;
            _mayHavePending = Convert.ToInt64(pending.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0;
        }
        catch
        {
            _writeConnection.Dispose();
            throw;
        }
    }

    /// <summary>The file this store lives in.</summary>
    public string Path { get; }

    /// <summary>The schema version this Dyad writes; a file at a lower version is migrated on open.</summary>
    public static int SchemaVersion => SqliteSchema.LatestVersion;

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating the file (and its folder) when absent
    /// and migrating an older schema forward. <paramref name="clock"/> stamps ingestion times.
    /// </summary>
    public static SqliteDocumentStore Open(string path, TimeProvider? clock = null)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        return new SqliteDocumentStore(path, clock ?? TimeProvider.System);
    }

    public BatchWriteResult Write(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (documents.Count == 0) return new BatchWriteResult([]);
            _mayHavePending = true;
            return _writer.Write(documents);
        }
    }

    /// <summary>
    /// Whether candidate groups may wait to be fused: set by writes, and at open when an earlier run left some.
    /// Reads check it so they never see events older than the mentions stored.
    /// </summary>
    private volatile bool _mayHavePending;

    public int Fuse()
    {
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var fused = _writer.FusePending();
            _mayHavePending = false;
            return fused;
        }
    }

    /// <summary>Fuses what is pending before a read of events, so views always reflect every stored mention.</summary>
    private void EnsureFused()
    {
        if (_mayHavePending) Fuse();
    }

    public long Count()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.CountDocuments;
        return (long)command.ExecuteScalar()!;
    }

    public IEnumerable<DocumentSummary> List()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.ListDocuments;
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return ReadSummary(reader);
    }

    public IReadOnlyList<DocumentSummary> Search(string query, int limit = 20)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.SearchDocuments;
        command.Parameters.AddWithValue("$query", query);
        command.Parameters.AddWithValue("$limit", limit);
        var hits = new List<DocumentSummary>();
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
                hits.Add(ReadSummary(reader));
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_ERROR)
        {
            throw new ArgumentException($"cannot search for \"{query}\": {e.Message}", nameof(query), e);
        }
        return hits;
    }

    public StoredDocument? Find(string id)
    {
        using var connection = OpenReader();
        // One read transaction, so the document and its sources come from the same snapshot.
        using var transaction = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteSql.FindDocument;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;

        var sources = FindSources(connection, transaction, id);
        return new StoredDocument(
            Id: reader.GetString(0),
            Title: NullableString(reader, 1),
            Author: NullableString(reader, 2),
            Publisher: NullableString(reader, 3),
            Published: StorageJson.ReadPublished(NullableString(reader, 4), NullableString(reader, 5)),
            Format: reader.GetString(6),
            Text: reader.GetString(7),
            CleanText: reader.GetString(8),
            Removed: StorageJson.ReadRemovals(reader.GetString(9)),
            Warnings: StorageJson.ReadStrings(reader.GetString(10)),
            FirstIngested: DateTimeOffset.Parse(reader.GetString(11), System.Globalization.CultureInfo.InvariantCulture),
            Sources: sources,
            AnnotationsJson: NullableString(reader, 12));
    }

    public bool SaveAnnotations(string id, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using (System.Text.Json.JsonDocument.Parse(json)) { } // refuse what is not JSON before it is stored
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _writeConnection.BeginTransaction(deferred: false);
            using var command = _writeConnection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SqliteSql.SaveAnnotations;
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$json", json);
            var changed = command.ExecuteNonQuery() == 1;
            transaction.Commit();
            return changed;
        }
    }

    private static List<DocumentSource> FindSources(SqliteConnection connection, SqliteTransaction transaction, string id)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteSql.FindSources;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var sources = new List<DocumentSource>();
        while (reader.Read())
        {
            var url = reader.GetString(1);
            sources.Add(new DocumentSource(
                reader.GetString(0),
                url.Length == 0 ? null : url,
                DateTimeOffset.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture)));
        }
        return sources;
    }

    private static DocumentSummary ReadSummary(SqliteDataReader reader) => new(
        Id: reader.GetString(0),
        Published: StorageJson.ReadPublished(NullableString(reader, 1), NullableString(reader, 2)),
        Title: NullableString(reader, 3),
        Publisher: NullableString(reader, 4),
        SourceCount: reader.GetInt32(5),
        FirstSource: NullableString(reader, 6) ?? "");

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private SqliteConnection OpenReader()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_readConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed) return;
            _disposed = true;
            _writer.Dispose();
            // Pooled readers keep the file open: close them first, so the writer is the last connection and closing it
            // checkpoints the write-ahead log into the file and deletes it. The file alone is then the whole store
            // (a copy of it misses nothing), and the caller may move or delete it.
            using (var pooled = new SqliteConnection(_readConnectionString))
                SqliteConnection.ClearPool(pooled);
            _writeConnection.Dispose();
        }
    }
}
