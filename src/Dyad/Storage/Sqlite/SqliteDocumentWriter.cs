using Dyad.Documents;
using Dyad.Fusion;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dyad.Storage.Sqlite;

/// <summary>
/// The one write connection of a store and its prepared statements, compiled once and reused
/// for every document. Not thread-safe: the store serializes calls.
/// </summary>
internal sealed class SqliteDocumentWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _insertSource;
    private readonly SqliteCommand _savepoint;
    private readonly SqliteCommand _release;
    private readonly SqliteCommand _rollbackTo;
    private readonly SqliteFusion _fusion;
    private readonly Func<SqliteConnection> _openReader;
    private BlockFuser? _ownFuser; // fuses on this connection, inside its transaction, a group another process changed

    /// <param name="openReader">Opens a read connection to the same store, for the threads that fuse candidate groups.</param>
    public SqliteDocumentWriter(SqliteConnection connection, TimeProvider clock, Func<SqliteConnection> openReader)
    {
        _connection = connection;
        _openReader = openReader;
        _clock = clock;
        _insertDocument = Prepare(SqliteSql.InsertDocument,
            "$id", "$title", "$author", "$publisher", "$published", "$basis", "$format",
            "$text", "$clean", "$removed", "$warnings", "$now");
        _insertDocument.Parameters.Add("$sketch", SqliteType.Blob);
        _insertSource = Prepare(SqliteSql.InsertSource, "$id", "$source", "$url", "$now");
        _savepoint = Prepare(SqliteSql.Savepoint);
        _release = Prepare(SqliteSql.ReleaseSavepoint);
        _rollbackTo = Prepare(SqliteSql.RollbackToSavepoint);
        _fusion = new SqliteFusion(connection);
    }

    public BatchWriteResult Write(IReadOnlyList<Document> documents)
    {
        var results = new DocumentWriteResult[documents.Count];
        var now = _clock.GetUtcNow().ToString("O");
        using var transaction = _connection.BeginTransaction(deferred: false);
        foreach (var command in (ReadOnlySpan<SqliteCommand>)[_insertDocument, _insertSource, _savepoint, _release, _rollbackTo])
            command.Transaction = transaction;
        _fusion.Enlist(transaction);

        var touched = new SortedSet<string>(StringComparer.Ordinal);
        // While this thread writes one chunk, the next is prepared on the other cores.
        var next = PrepareAsync(documents, 0);
        for (var start = 0; start < documents.Count; start += PreparedTogether)
        {
            var prepared = next.GetAwaiter().GetResult();
            if (start + PreparedTogether < documents.Count) next = PrepareAsync(documents, start + PreparedTogether);
            for (var i = 0; i < prepared.Length; i++)
                results[start + i] = WriteOne(prepared[i], now, touched);
        }

        // Marked in the same transaction: a batch that does not commit leaves nothing pending either.
        foreach (var block in touched) _fusion.MarkPending(block);
        transaction.Commit();
        return new BatchWriteResult(results);
    }

    /// <summary>Documents prepared at once, on every core, while this thread writes the chunk before them.</summary>
    private const int PreparedTogether = 32;

    /// <summary>
    /// Records, sketches and JSON of the chunk of <paramref name="documents"/> from <paramref name="start"/>, computed in
    /// parallel: what is left for the writer thread is running statements. The documents are read here, in the caller's order.
    /// </summary>
    private static Task<PreparedDocument[]> PrepareAsync(IReadOnlyList<Document> documents, int start)
    {
        var chunk = new Document[Math.Min(PreparedTogether, documents.Count - start)];
        for (var i = 0; i < chunk.Length; i++) chunk[i] = documents[start + i];
        return Task.Run(() =>
        {
            var prepared = new PreparedDocument[chunk.Length];
            try
            {
                Parallel.For(0, chunk.Length, i => prepared[i] = PreparedDocument.From(chunk[i]));
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
            return prepared;
        });
    }

    /// <summary>Candidate groups fused in one transaction: bounds the write-ahead log on a large backlog.</summary>
    private const int GroupsPerTransaction = 256;

    /// <summary>
    /// Fuses every pending candidate group and returns how many it fused. Groups are independent: they are fused on
    /// one thread a core, each reading through a connection of its own, while this thread stores the results in group
    /// order, a transaction every <see cref="GroupsPerTransaction"/> groups.
    /// </summary>
    public int FusePending()
    {
        List<string> blocks;
        using (var transaction = _connection.BeginTransaction(deferred: true))
        {
            _fusion.Enlist(transaction);
            blocks = _fusion.PendingBlocks();
        }
        if (blocks.Count == 0) return 0;

        using var fusing = new ParallelBlockFusion(blocks, _openReader, Math.Min(Environment.ProcessorCount, blocks.Count));
        for (var start = 0; start < blocks.Count; start += GroupsPerTransaction)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            _fusion.Enlist(transaction);
            for (var i = start; i < Math.Min(start + GroupsPerTransaction, blocks.Count); i++)
            {
                var fused = fusing.Take(i);
                if (_fusion.TryApply(fused)) continue;
                // Another process stored this group's events after its fuser read them: fuse it again from what this
                // transaction sees, which nothing else can change before it commits.
                _ownFuser ??= new BlockFuser(_connection);
                _ownFuser.Enlist(transaction);
                if (!_fusion.TryApply(_ownFuser.Fuse(fused.Block)))
                    throw new InvalidOperationException($"the events of candidate group {fused.Block} changed inside a write transaction");
            }
            transaction.Commit();
        }
        return blocks.Count;
    }

    private DocumentWriteResult WriteOne(PreparedDocument prepared, string now, SortedSet<string> touched)
    {
        if (prepared.Record is not { } record)
            return new DocumentWriteResult(prepared.Document.Source, null, WriteOutcome.Failed, prepared.Error);

        // A savepoint per document, so one the database refuses leaves no half of itself behind.
        _savepoint.ExecuteNonQuery();
        try
        {
            var added = InsertDocument(record, prepared.Sketch, now) == 1;
            var newSource = InsertSource(record, now) == 1;
            if (added) _fusion.AddDocument(record.Id, prepared);
            _release.ExecuteNonQuery();
            if (added) touched.UnionWith(prepared.Blocks);
            var outcome = added ? WriteOutcome.Added : newSource ? WriteOutcome.NewSource : WriteOutcome.AlreadyStored;
            return new DocumentWriteResult(record.Source, record.Id, outcome);
        }
        catch (SqliteException e) when (IsAboutTheDocument(e))
        {
            _rollbackTo.ExecuteNonQuery();
            _release.ExecuteNonQuery();
            return new DocumentWriteResult(record.Source, record.Id, WriteOutcome.Failed, e.Message);
        }
    }

    private int InsertDocument(DocumentRecord record, byte[] sketch, string now)
    {
        var p = _insertDocument.Parameters;
        p[0].Value = record.Id;
        p[1].Value = (object?)record.Title ?? DBNull.Value;
        p[2].Value = (object?)record.Author ?? DBNull.Value;
        p[3].Value = (object?)record.Publisher ?? DBNull.Value;
        p[4].Value = record.Published is { } published ? published.Date.ToString() : DBNull.Value;
        p[5].Value = record.Published is { } dated ? StorageJson.BasisName(dated.Basis) : DBNull.Value;
        p[6].Value = record.Format;
        p[7].Value = record.Text;
        p[8].Value = record.CleanText;
        p[9].Value = record.RemovedJson;
        p[10].Value = record.WarningsJson;
        p[11].Value = now;
        p[12].Value = sketch;
        return _insertDocument.ExecuteNonQuery();
    }

    private int InsertSource(DocumentRecord record, string now)
    {
        var p = _insertSource.Parameters;
        p[0].Value = record.Id;
        p[1].Value = record.Source;
        p[2].Value = record.Url ?? ""; // '' rather than NULL so the uniqueness rule sees "no URL" as one value
        p[3].Value = now;
        return _insertSource.ExecuteNonQuery();
    }

    /// <summary>Errors one document's values cause; anything else (I/O, full disk, corruption) fails the batch.</summary>
    private static bool IsAboutTheDocument(SqliteException e) =>
        e.SqliteErrorCode is raw.SQLITE_TOOBIG or raw.SQLITE_CONSTRAINT or raw.SQLITE_MISMATCH;

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(name, SqliteType.Text);
        command.Prepare();
        return command;
    }

    public void Dispose()
    {
        _insertDocument.Dispose();
        _insertSource.Dispose();
        _savepoint.Dispose();
        _release.Dispose();
        _rollbackTo.Dispose();
        _fusion.Dispose();
        _ownFuser?.Dispose();
    }
}
