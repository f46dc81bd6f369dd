namespace Dyad.Storage.Sqlite;

/// <summary>The SQL of what the store keeps beyond documents: event mentions, fused events and the tables views query.</summary>
internal static class SqliteEventSql
{
    /// <summary>
    /// Migration 2: each document's event mentions, its entities and text sketch; fused events with their
    /// members, a row per pair of states and per state in date order (so one pair's events are a range scan),
    /// and a full-text index over names, entities and evidence.
    /// </summary>
    public const string Migration = """
        CREATE TABLE document_sketches (
            document_id TEXT PRIMARY KEY REFERENCES documents (id),
            sketch      BLOB NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE document_entities (
            document_id TEXT NOT NULL REFERENCES documents (id),
            entity_id   TEXT NOT NULL,
            type        TEXT NOT NULL,
            name        TEXT NOT NULL,
            mentions    INTEGER NOT NULL,
            PRIMARY KEY (document_id, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX document_entities_by_entity ON document_entities (entity_id);

        CREATE TABLE event_mentions (
            seq          INTEGER PRIMARY KEY,
            id           TEXT NOT NULL UNIQUE,
            document_id  TEXT NOT NULL REFERENCES documents (id),
            block        TEXT NOT NULL,
            type         TEXT NOT NULL,
            status       TEXT NOT NULL,
            countries    TEXT NOT NULL,
            source       TEXT,
            target       TEXT,
            date_value   TEXT,
            name         TEXT,
            round        INTEGER,
            equipment    TEXT,
            confidence   REAL NOT NULL,
            evidence_start INTEGER NOT NULL,
            evidence_end   INTEGER NOT NULL,
            record       TEXT NOT NULL
        );
        CREATE INDEX event_mentions_by_block ON event_mentions (block);
        CREATE INDEX event_mentions_by_document ON event_mentions (document_id);

        CREATE TABLE events (
            seq            INTEGER PRIMARY KEY,
            id             TEXT NOT NULL UNIQUE,
            block          TEXT NOT NULL,
            type           TEXT NOT NULL,
            status         TEXT NOT NULL,
            countries      TEXT NOT NULL,
            source         TEXT,
            target         TEXT,
            date_value     TEXT,
            sort_date      TEXT NOT NULL,
            name           TEXT,
            round          INTEGER,
            source_count   INTEGER NOT NULL,
            document_count INTEGER NOT NULL,
            conflicts      INTEGER NOT NULL,
            signature      TEXT NOT NULL,
            record         TEXT NOT NULL
        );
        CREATE INDEX events_by_block ON events (block);
        CREATE INDEX events_by_date ON events (sort_date, seq);

        CREATE TABLE event_members (
            event_id   TEXT NOT NULL,
            mention_id TEXT NOT NULL,
            position   INTEGER NOT NULL,
            reason     TEXT NOT NULL,
            PRIMARY KEY (event_id, mention_id)
        ) WITHOUT ROWID;
        CREATE INDEX event_members_by_mention ON event_members (mention_id);

        CREATE TABLE event_pairs (
            a         TEXT NOT NULL,
            b         TEXT NOT NULL,
            sort_date TEXT NOT NULL,
            event_seq INTEGER NOT NULL,
            PRIMARY KEY (a, b, sort_date, event_seq)
        ) WITHOUT ROWID;
        CREATE INDEX event_pairs_by_event ON event_pairs (event_seq);

        CREATE TABLE event_countries (
            country   TEXT NOT NULL,
            sort_date TEXT NOT NULL,
            event_seq INTEGER NOT NULL,
            PRIMARY KEY (country, sort_date, event_seq)
        ) WITHOUT ROWID;
        CREATE INDEX event_countries_by_event ON event_countries (event_seq);

        CREATE VIRTUAL TABLE events_fts USING fts5 (
            name, entities, evidence,
            tokenize = 'unicode61 remove_diacritics 2'
        )
        """;

    /// <summary>What <c>sort_date</c> holds for an undated event: after every date, so undated events come last.</summary>
    public const string Undated = "~";

    /// <summary>One row a document and entity: the document's mentions of one entity are summed before (<see cref="SqliteFusion"/>).</summary>
    public const string InsertEntity = "INSERT INTO document_entities (document_id, entity_id, type, name, mentions) VALUES ($doc, $entity, $type, $name, $mentions)";

    public const string InsertMention = """
        INSERT INTO event_mentions (id, document_id, block, type, status, countries, source, target, date_value, name, round,
                                    equipment, confidence, evidence_start, evidence_end, record)
        VALUES ($id, $doc, $block, $type, $status, $countries, $source, $target, $date, $name, $round,
                $equipment, $confidence, $start, $end, $record)
        ON CONFLICT (id) DO NOTHING
        """;

    /// <summary>
    /// Migration 3: the candidate groups new mentions touched, written with the documents in their transaction and
    /// fused later in bulk (<see cref="SqliteFusion"/>): fusing once per group after a run, not once per batch, keeps
    /// ingestion linear in the corpus. A killed run leaves its groups here; the next write or read fuses them.
    /// Stores written by migration 2 fused every batch at once: nothing is pending in them.
    /// </summary>
    public const string PendingMigration = "CREATE TABLE fusion_pending (block TEXT PRIMARY KEY) WITHOUT ROWID";

    /// <summary>
    /// Migration 4: leaner bulk writes. A B-tree keyed by the content hash takes each new document on a random page, so a
    /// batch dirties a page a row in every such tree once a store is large: the sketch becomes a column of the document
    /// (written with it, on the table's last page), a document's entities a plain table that is only ever scanned, and the
    /// indexes no query uses are dropped.
    /// </summary>
    public const string LeanWritesMigration = """
        DROP INDEX documents_by_title;
        DROP INDEX sources_by_source;
        DROP INDEX sources_by_url;
        DROP INDEX event_mentions_by_document;
        DROP INDEX event_members_by_mention;

        ALTER TABLE documents ADD COLUMN sketch BLOB;
        UPDATE documents SET sketch = (SELECT s.sketch FROM document_sketches s WHERE s.document_id = documents.id);
        DROP TABLE document_sketches;

        CREATE TABLE document_entities_by_document (
            document_id TEXT NOT NULL REFERENCES documents (id),
            entity_id   TEXT NOT NULL,
            type        TEXT NOT NULL,
            name        TEXT NOT NULL,
            mentions    INTEGER NOT NULL
        );
        INSERT INTO document_entities_by_document (document_id, entity_id, type, name, mentions)
            SELECT document_id, entity_id, type, name, mentions FROM document_entities;
        DROP TABLE document_entities;
        ALTER TABLE document_entities_by_document RENAME TO document_entities
        """;

    public const string MarkPending = "INSERT OR IGNORE INTO fusion_pending (block) VALUES ($block)";

    public const string PendingBlocks = "SELECT block FROM fusion_pending ORDER BY block";

    public const string ClearPending = "DELETE FROM fusion_pending WHERE block = $block";

    public const string AnyPending = "SELECT EXISTS (SELECT 1 FROM fusion_pending)";

    public const string BlockMentions = """
        SELECT m.id, m.document_id, m.record, d.published, d.publisher
        FROM event_mentions m JOIN documents d ON d.id = m.document_id
        WHERE m.block = $block
        """;

    public const string FindSketch = "SELECT sketch FROM documents WHERE id = $id";

    public const string BlockEvents = "SELECT seq, id, signature FROM events WHERE block = $block";

    public const string DeleteEvent = """
        DELETE FROM events_fts WHERE rowid = $seq;
        DELETE FROM event_pairs WHERE event_seq = $seq;
        DELETE FROM event_countries WHERE event_seq = $seq;
        DELETE FROM event_members WHERE event_id = $id;
        DELETE FROM events WHERE seq = $seq
        """;

    public const string InsertEvent = """
        INSERT INTO events (id, block, type, status, countries, source, target, date_value, sort_date, name, round,
                            source_count, document_count, conflicts, signature, record)
        VALUES ($id, $block, $type, $status, $countries, $source, $target, $date, $sort, $name, $round,
                $sources, $documents, $conflicts, $signature, $record)
        RETURNING seq
        """;

    public const string InsertPair = "INSERT OR IGNORE INTO event_pairs (a, b, sort_date, event_seq) VALUES ($a, $b, $sort, $seq)";

    public const string InsertCountry = "INSERT OR IGNORE INTO event_countries (country, sort_date, event_seq) VALUES ($country, $sort, $seq)";

    public const string InsertMember = "INSERT INTO event_members (event_id, mention_id, position, reason) VALUES ($event, $mention, $position, $reason)";

    public const string InsertSearchText = "INSERT INTO events_fts (rowid, name, entities, evidence) VALUES ($seq, $name, $entities, $evidence)";

    public const string FindEvent = "SELECT record FROM events WHERE id = $id";

    public const string FindEventBlock = "SELECT block FROM events WHERE id = $id";

    public const string MentionDocuments = """
        SELECT d.id, d.title, d.publisher, d.published, d.published_basis,
               (SELECT s.source FROM sources s WHERE s.document_id = d.id ORDER BY s.seq LIMIT 1),
               (SELECT s.url FROM sources s WHERE s.document_id = d.id AND s.url <> '' ORDER BY s.seq LIMIT 1)
        FROM documents d WHERE d.id = $id
        """;

    public const string Entities = """
        SELECT entity_id, type, min(name), count(*), sum(mentions)
        FROM document_entities
        GROUP BY entity_id, type
        ORDER BY count(*) DESC, sum(mentions) DESC, entity_id
        """;

    public const string CountMentions = "SELECT count(*) FROM event_mentions";
    public const string CountSources = "SELECT count(*) FROM sources";
    public const string EventsByType = "SELECT type, count(*) FROM events WHERE status <> 'generic' GROUP BY type ORDER BY count(*) DESC, type";
    public const string EventsByStatus = "SELECT status, count(*) FROM events GROUP BY status ORDER BY count(*) DESC, status";
    public const string EventFigures = """
        SELECT count(*), coalesce(sum(conflicts > 0), 0), coalesce(sum(document_count > 1), 0),
               min(CASE WHEN sort_date <> '~' THEN sort_date END), max(CASE WHEN sort_date <> '~' THEN sort_date END)
        FROM events WHERE status <> 'generic'
        """;
    public const string TopPairs = "SELECT a, b, count(*) FROM event_pairs GROUP BY a, b ORDER BY count(*) DESC, a, b LIMIT $limit";
}
