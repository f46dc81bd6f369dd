namespace Dyad.Storage.Sqlite;

/// <summary>Every SQL statement of the SQLite backend, the schema migrations first.</summary>
internal static class SqliteSql
{
    /// <summary>
    /// Forward migrations; entry i takes the schema from version i to i + 1 (PRAGMA user_version).
    /// Append, never edit: a store written by an older Dyad replays only the steps it lacks.
    /// </summary>
    public static readonly string[] Migrations =
    [
        // 1: documents keyed by content, their sources, full-text index kept in step by triggers.
        """
        CREATE TABLE documents (
            seq             INTEGER PRIMARY KEY,
            id              TEXT NOT NULL UNIQUE,
            title           TEXT,
            author          TEXT,
            publisher       TEXT,
            published       TEXT,
            published_basis TEXT,
            format          TEXT NOT NULL,
            original_text   TEXT NOT NULL,
            clean_text      TEXT NOT NULL,
            removed         TEXT NOT NULL,
            warnings        TEXT NOT NULL,
            annotations     TEXT,
            ingested_at     TEXT NOT NULL
        );
        CREATE INDEX documents_by_published ON documents (published IS NULL, published, id);
        CREATE INDEX documents_by_title ON documents (title);

        CREATE TABLE sources (
            seq         INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents (id),
            source      TEXT NOT NULL,
            url         TEXT NOT NULL DEFAULT '',
            first_seen  TEXT NOT NULL,
            UNIQUE (document_id, source, url)
        );
        CREATE INDEX sources_by_source ON sources (source);
        CREATE INDEX sources_by_url ON sources (url) WHERE url <> '';

        CREATE VIRTUAL TABLE documents_fts USING fts5 (
            title, clean_text,
            content = 'documents', content_rowid = 'seq',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts (rowid, title, clean_text) VALUES (new.seq, new.title, new.clean_text);
        END;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, clean_text) VALUES ('delete', old.seq, old.title, old.clean_text);
        END;
        CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, clean_text ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, clean_text) VALUES ('delete', old.seq, old.title, old.clean_text);
            INSERT INTO documents_fts (rowid, title, clean_text) VALUES (new.seq, new.title, new.clean_text);
        END;
        """,
        // 2: event mentions, fused events and what views query them by (SqliteEventSql).
        SqliteEventSql.Migration,
        // 3: candidate groups whose mentions changed since they were last fused (SqliteEventSql).
        SqliteEventSql.PendingMigration,
        // 4: the sketch a column of the document, entities a plain table, unused indexes gone (SqliteEventSql).
        SqliteEventSql.LeanWritesMigration,
    ];

    public const string ReadVersion = "PRAGMA user_version";

    // PRAGMA takes no parameters; the version is an int we format ourselves.
    public static string WriteVersion(int version) => $"PRAGMA user_version = {version}";

    public const string EnableWal = "PRAGMA journal_mode = WAL";

    /// <summary>
    /// The writer's page cache is 64 MB (SQLite's default is 2 MB): a batch updates pages all over the id indexes, which
    /// would otherwise be read back from the file for every row. The log is copied into the file every 256 MB rather than
    /// every 4 MB: a page that many batches touch (an index's, the full-text index's) is then copied (and the file synced)
    /// once, not each time. Temporary files are kept in memory: each document's savepoint journals the ~30 pages it first
    /// touches, and in a file that was a write call a page, for a journal only a failed document reads. Together: 50,000
    /// documents into a 1,000,000-document store in 14% less wall (`store-ingest --append`, docs/PERFORMANCE.md).
    /// </summary>
    public const string WriterSettings =
        "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 65536; " +
        "PRAGMA temp_store = MEMORY";

    /// <summary>
    /// A fusing thread's page cache is as large as the writer's: it reads a group's mentions and their documents from
    /// all over the file, and the pages of the id indexes are read again for every group.
    /// </summary>
    public const string FuserSettings = "PRAGMA cache_size = -65536";

    public const string InsertDocument = """
        INSERT INTO documents (id, title, author, publisher, published, published_basis, format,
                               original_text, clean_text, removed, warnings, ingested_at, sketch)
        VALUES ($id, $title, $author, $publisher, $published, $basis, $format,
                $text, $clean, $removed, $warnings, $now, $sketch)
        ON CONFLICT (id) DO NOTHING
        """;

    public const string InsertSource = """
        INSERT INTO sources (document_id, source, url, first_seen)
        VALUES ($id, $source, $url, $now)
        ON CONFLICT (document_id, source, url) DO NOTHING
        """;

    public const string Savepoint = "SAVEPOINT document";
    public const string ReleaseSavepoint = "RELEASE document";
    public const string RollbackToSavepoint = "ROLLBACK TO document";

    public const string CountDocuments = "SELECT count(*) FROM documents";

    private const string SummaryColumns = """
        d.id, d.published, d.published_basis, d.title, d.publisher,
        (SELECT count(*) FROM sources s WHERE s.document_id = d.id),
        (SELECT s.source FROM sources s WHERE s.document_id = d.id ORDER BY s.seq LIMIT 1)
        """;

    public const string ListDocuments =
        "SELECT " + SummaryColumns + " FROM documents d ORDER BY d.published IS NULL, d.published, d.id";

    public const string SearchDocuments =
        "SELECT " + SummaryColumns + """
         FROM documents_fts f JOIN documents d ON d.seq = f.rowid
        WHERE documents_fts MATCH $query
        ORDER BY f.rank
        LIMIT $limit
        """;

    public const string FindDocument = """
        SELECT id, title, author, publisher, published, published_basis, format,
               original_text, clean_text, removed, warnings, ingested_at, annotations
        FROM documents WHERE id = $id
        """;

    public const string FindSources = "SELECT source, url, first_seen FROM sources WHERE document_id = $id ORDER BY seq";

    public const string SaveAnnotations = "UPDATE documents SET annotations = $json WHERE id = $id";
}
