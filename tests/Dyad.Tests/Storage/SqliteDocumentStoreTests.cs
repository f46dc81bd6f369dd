using System.Text;
using Dyad.Documents;
using Dyad.Storage;
using Dyad.Storage.Sqlite;

namespace Dyad.Tests.Storage;

public sealed class SqliteDocumentStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private SqliteDocumentStore OpenStore(string name = "dyad.db") => SqliteDocumentStore.Open(_folder.File(name));

    [Fact]
    public void A_new_file_is_migrated_to_the_latest_schema_in_wal_mode()
    {
        var path = _folder.File("fresh.db");
        using (var store = SqliteDocumentStore.Open(path))
            Assert.Equal(0, store.Count());

        Assert.Equal((long)SqliteDocumentStore.SchemaVersion, StoreFile.Long(path, "PRAGMA user_version"));
        Assert.Equal("wal", StoreFile.Scalar(path, "PRAGMA journal_mode"));
        foreach (var table in new[] { "documents", "sources", "documents_fts" })
            Assert.Equal(1L, StoreFile.Long(path, $"SELECT count(*) FROM sqlite_master WHERE name = '{table}'"));
    }

    [Fact]
    public void A_version_3_store_keeps_its_sketches_and_entities_when_migrated_to_lean_writes()
    {
        var path = _folder.File("v3.db");
        StoreFile.Scalar(path, string.Join(";\n", SqliteSql.Migrations.Take(3)) + ";\nPRAGMA user_version = 3");
        StoreFile.Scalar(path, """
            INSERT INTO documents (id, format, original_text, clean_text, removed, warnings, ingested_at)
                VALUES ('d1', 'text', 'x', 'x', '[]', '[]', '2024-01-01T00:00:00Z');
            INSERT INTO sources (document_id, source, first_seen) VALUES ('d1', 'a.txt', '2024-01-01T00:00:00Z');
            INSERT INTO document_sketches (document_id, sketch) VALUES ('d1', x'0102');
            INSERT INTO document_entities (document_id, entity_id, type, name, mentions) VALUES ('d1', 'RUS', 'country', 'Russia', 3);
            """);

        using (var store = SqliteDocumentStore.Open(path))
            Assert.Equal(("RUS", 1, 3), store.Entities().Select(e => (e.Id, e.Documents, e.Mentions)).Single());

        Assert.Equal((long)SqliteDocumentStore.SchemaVersion, StoreFile.Long(path, "PRAGMA user_version"));
        Assert.Equal(new byte[] { 1, 2 }, (byte[])StoreFile.Scalar(path, "SELECT sketch FROM documents WHERE id = 'd1'")!);
        Assert.Equal(0L, StoreFile.Long(path, "SELECT count(*) FROM sqlite_master WHERE name = 'document_sketches'"));
        StoreFile.AssertConsistent(path);
    }

    [Fact]
    public void Reopening_a_migrated_file_keeps_its_documents()
    {
        using (var store = OpenStore())
            store.Write(Articles.Range(0, 3));
        using var reopened = OpenStore();
        Assert.Equal(3, reopened.Count());
    }

    [Fact]
    public void A_closed_store_is_its_file_alone_so_a_copy_of_the_file_misses_nothing()
    {
        var path = _folder.File("closed.db");
        using (var store = SqliteDocumentStore.Open(path))
        {
            store.Write(Articles.Range(0, 5));
            Assert.Equal(5, store.List().Count()); // a read leaves a pooled reader open until the store closes
        }

        Assert.False(File.Exists(path + "-wal"), "the write-ahead log outlived the store");
        var copy = _folder.File("copy.db");
        File.Copy(path, copy);
        using var reopened = SqliteDocumentStore.Open(copy);
        Assert.Equal(5, reopened.Count());
    }

    [Fact]
    public void A_file_from_a_newer_dyad_is_refused_with_its_version()
    {
        var path = _folder.File("newer.db");
        SqliteDocumentStore.Open(path).Dispose();
        StoreFile.Scalar(path, $"PRAGMA user_version = {SqliteDocumentStore.SchemaVersion + 1}");

        var error = Assert.Throws<InvalidOperationException>(() => SqliteDocumentStore.Open(path));
        Assert.Contains("newer", error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Writing_the_same_documents_twice_adds_nothing_the_second_time()
    {
        using var store = OpenStore();
        var first = store.Write(Articles.Range(0, 10));
        var second = store.Write(Articles.Range(0, 10));

        Assert.Equal(10, first.Count(WriteOutcome.Added));
        Assert.Equal(0, second.Count(WriteOutcome.Added));
        Assert.Equal(10, second.Count(WriteOutcome.AlreadyStored));
        Assert.Equal(10, store.Count());
        Assert.Equal(10L, StoreFile.Long(store.Path, "SELECT count(*) FROM sources"));
    }

    [Fact]
    public void One_article_at_two_paths_is_one_document_with_two_sources()
    {
        using var store = OpenStore();
        var result = store.Write([
            Articles.Make(1, source: "inbox/a.txt"),
            Articles.Make(1, source: "archive/a-copy.txt"),
        ]);

        Assert.Equal([WriteOutcome.Added, WriteOutcome.NewSource], result.Documents.Select(d => d.Outcome));
        Assert.Equal(1, store.Count());
        var stored = store.Find(result.Documents[0].Id!)!;
        Assert.Equal(["inbox/a.txt", "archive/a-copy.txt"], stored.Sources.Select(s => s.Path));
        Assert.Equal(2, Assert.Single(store.List()).SourceCount);
    }

    [Fact]
    public void A_syndicated_copy_with_other_chrome_and_url_is_a_second_source_of_the_same_document()
    {
        using var store = OpenStore();
        store.Write([Articles.Make(4, source: "feed.xml#3", chrome: "Menu | Login", url: "https://courier.example/talks-4")]);
        var copy = store.Write([Articles.Make(4, source: "feed.xml#9", chrome: "Partner content from the wire | Subscribe now",
            url: "https://partner.example/wire/talks")]);

        Assert.Equal(WriteOutcome.NewSource, Assert.Single(copy.Documents).Outcome);
        var stored = store.Find(copy.Documents[0].Id!)!;
        Assert.Equal(["https://courier.example/talks-4", "https://partner.example/wire/talks"], stored.Sources.Select(s => s.Url));
        // The first copy read is the one whose text is kept.
        Assert.StartsWith("Menu | Login", stored.Text);
    }

    [Fact]
    public void The_same_source_is_recorded_once_however_often_it_is_read()
    {
        using var store = OpenStore();
        for (var i = 0; i < 3; i++)
            store.Write([Articles.Make(2, source: "a.txt"), Articles.Make(2, source: "a.txt", url: "https://courier.example/2")]);

        Assert.Equal(2L, StoreFile.Long(store.Path, "SELECT count(*) FROM sources"));
        Assert.Equal(2, store.Find(Articles.Make(2).ContentId())!.Sources.Count);
    }

    [Fact]
    public void Original_text_removed_ranges_and_metadata_round_trip_exactly()
    {
        var clock = new FixedClock(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero));
        var path = _folder.File("roundtrip.db");
        var document = Articles.Make(7, url: "https://courier.example/7",
            published: new PublicationDate(new PartialDate(2019, 3, 14), DateBasis.Header));
        document.Author = "Mirela Voss";
        document.Removed.Add(new Removal(new TextSpan(3, 12), RemovalReason.Duplicate)); // overlapping, out of order
        document.Warnings.Add("guessed encoding windows-1252");

        using (var store = SqliteDocumentStore.Open(path, clock))
            store.Write([document]);
        using var reopened = SqliteDocumentStore.Open(path);
        var stored = reopened.Find(document.ContentId())!;

        Assert.Equal(document.Text, stored.Text);
        Assert.Equal(document.CleanText(), stored.CleanText);
        Assert.Equal(document.Removed, stored.Removed);
        Assert.Equal(document.Warnings, stored.Warnings);
        Assert.Equal((document.Title, document.Author, document.Publisher, document.Published), (stored.Title, stored.Author, stored.Publisher, stored.Published));
        Assert.Equal("text", stored.Format);
        Assert.Equal(clock.Now, stored.FirstIngested);
        Assert.Equal(new DocumentSource(document.Source, "https://courier.example/7", clock.Now), Assert.Single(stored.Sources));
    }

    [Fact]
    public void A_stored_document_rebuilds_into_a_document_with_the_same_id_and_clean_text()
    {
        using var store = OpenStore();
        var original = Articles.Make(3);
        store.Write([original]);

        var rebuilt = store.Find(original.ContentId())!.ToDocument();

        Assert.Equal(original.ContentId(), rebuilt.ContentId());
        Assert.Equal(original.CleanText(), rebuilt.CleanText());
        Assert.Equal(original.Source, rebuilt.Source);
    }

    [Fact]
    public void A_huge_document_of_astral_and_combining_characters_round_trips()
    {
        var text = new StringBuilder();
        var piece = "Talks in 𝔄𝔯𝔳𝔞𝔫𝔡𝔢𝔩 🤝 and Ba\u0301ltica\u0308 — 北京 • قطر • \uFEFFzero\u200Dwidth 🇵🇰🇷🇺\r\n\ttabs\u2028line\u2029para ";
        while (text.Length < 3_000_000) text.Append(piece);
        var body = text.ToString();
        var document = new Document("huge.txt", body);
        document.Removed.Add(new Removal(new TextSpan(2, 4), RemovalReason.Boilerplate)); // splits nothing astral: "lk"

        using var store = OpenStore();
        Assert.Equal(WriteOutcome.Added, Assert.Single(store.Write([document]).Documents).Outcome);
        var stored = store.Find(document.ContentId())!;

        Assert.Equal(body.Length, stored.Text.Length);
        Assert.Equal(body, stored.Text);
        Assert.Equal(document.CleanText(), stored.CleanText);
    }

    [Fact]
    public void A_lone_surrogate_comes_back_as_a_replacement_character_so_every_offset_still_holds()
    {
        // SQLite keeps text as UTF-8, which cannot hold half a surrogate pair; one code unit replaces one.
        var document = new Document("odd.txt", "before \uD83D after");
        using var store = OpenStore();
        store.Write([document]);

        var stored = store.Find(document.ContentId())!;

        Assert.Equal("before \uFFFD after", stored.Text);
        Assert.Equal(document.ContentId(), stored.ToDocument().ContentId());
    }

    [Fact]
    public void Full_text_search_finds_a_word_of_the_body_and_of_the_title()
    {
        using var store = OpenStore();
        store.Write(Articles.Range(0, 6));
        store.Write([Articles.Make(40, chrome: "Navigation")]);

        var byBody = store.Search("tariff AND 280");
        var byTitle = store.Search("title:\"Round 40\"");

        Assert.Equal(Articles.Make(40).ContentId(), Assert.Single(byBody).Id);
        Assert.Equal(Articles.Make(40).ContentId(), Assert.Single(byTitle).Id);
        Assert.Empty(store.Search("Navigation")); // removed chrome is not indexed
        Assert.Equal(7, store.Search("river", limit: 50).Count);
    }

    [Fact]
    public void A_query_full_text_search_cannot_parse_is_an_argument_error()
    {
        using var store = OpenStore();
        Assert.Throws<ArgumentException>(() => store.Search("\"unclosed"));
    }

    [Fact]
    public void Listing_orders_by_publication_then_id_with_undated_last()
    {
        using var store = OpenStore();
        var undated = Articles.Make(10);
        undated.Published = null;
        var late = Articles.Make(11, published: new PublicationDate(new PartialDate(2023, 2), DateBasis.Metadata));
        var early = Articles.Make(12, published: new PublicationDate(new PartialDate(2018), DateBasis.Content));
        store.Write([undated, late, early]);

        var listed = store.List().ToList();

        Assert.Equal([early.ContentId(), late.ContentId(), undated.ContentId()], listed.Select(d => d.Id));
        Assert.Equal(new DocumentSummary(late.ContentId(), late.Published, late.Title, "The Riverside Courier", 1, late.Source), listed[1]);
        Assert.Equal(listed, store.List().ToList());
    }

    [Fact]
    public void Finding_an_unknown_id_gives_null()
    {
        using var store = OpenStore();
        Assert.Null(store.Find("d-00000000000000000000"));
    }

    [Fact]
    public void A_document_with_ranges_outside_its_text_fails_alone_and_the_batch_goes_on()
    {
        using var store = OpenStore();
        var broken = Articles.Make(5, source: "broken.txt");
        broken.Removed.Add(new Removal(new TextSpan(10, 100_000), RemovalReason.Boilerplate));

        var result = store.Write([Articles.Make(4), broken, Articles.Make(6)]);

        Assert.Equal([WriteOutcome.Added, WriteOutcome.Failed, WriteOutcome.Added], result.Documents.Select(d => d.Outcome));
        Assert.Contains("does not fit", result.Documents[1].Error);
        Assert.Equal("broken.txt", result.Documents[1].Source);
        Assert.Equal(2, store.Count());
    }

    [Fact]
    public void A_document_the_database_refuses_halfway_leaves_nothing_of_itself_behind()
    {
        var path = _folder.File("refusing.db");
        using (SqliteDocumentStore.Open(path)) { }
        // The document's row (and its full-text entry) is written before its source: refusing the source fails the
        // document after part of it is in, and only its savepoint can take that part out again.
        StoreFile.Scalar(path, """
            CREATE TRIGGER refuse_source BEFORE INSERT ON sources WHEN new.source = 'refused.txt'
            BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
            """);
        var refused = Articles.Make(5, source: "refused.txt");

        using (var store = SqliteDocumentStore.Open(path))
        {
            var result = store.Write([Articles.Make(4), refused, Articles.Make(6)]);

            Assert.Equal([WriteOutcome.Added, WriteOutcome.Failed, WriteOutcome.Added], result.Documents.Select(d => d.Outcome));
            Assert.Contains("refused by the test", result.Documents[1].Error);
            Assert.Equal(2, store.Count());
            Assert.Null(store.Find(refused.ContentId()));
        }
        StoreFile.AssertConsistent(path);
    }

    [Fact]
    public void Annotations_are_saved_and_replaced_per_document()
    {
        using var store = OpenStore();
        var document = Articles.Make(8);
        store.Write([document]);

        Assert.True(store.SaveAnnotations(document.ContentId(), """{"entities":[]}"""));
        Assert.True(store.SaveAnnotations(document.ContentId(), """{"entities":[{"id":"country:PAK"}]}"""));
        Assert.False(store.SaveAnnotations("d-unknown", "{}"));

        Assert.Equal("""{"entities":[{"id":"country:PAK"}]}""", store.Find(document.ContentId())!.AnnotationsJson);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => store.SaveAnnotations(document.ContentId(), "{not json"));
    }

    [Fact]
    public async Task Readers_see_only_whole_batches_while_a_writer_commits()
    {
        const int batchSize = 40, batches = 15;
        using var store = OpenStore();
        var writing = Task.Run(() =>
        {
            for (var b = 0; b < batches; b++)
                store.Write(Articles.Range(b * batchSize, batchSize));
        });

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var seen = new List<long>();
            do
            {
                var count = store.Count();
                var listed = store.List().Count();
                Assert.Equal(0, count % batchSize);
                Assert.Equal(0, listed % batchSize);
                Assert.True(listed >= count, "a later snapshot cannot hold fewer documents");
                seen.Add(count);
            } while (!writing.IsCompleted);
            return seen;
        })).ToArray();

        await writing;
        foreach (var seen in await Task.WhenAll(readers))
            Assert.Equal(seen.Order(), seen); // counts never go back
        Assert.Equal(batchSize * batches, store.Count());
        StoreFile.AssertConsistent(store.Path);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
