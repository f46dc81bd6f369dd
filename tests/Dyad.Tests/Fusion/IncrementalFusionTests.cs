using Dyad.Documents;
using Dyad.Pipeline;
using Dyad.Reading;
using Dyad.Storage.Sqlite;
using Dyad.Tests.Storage;
using Microsoft.Data.Sqlite;

namespace Dyad.Tests.Fusion;

/// <summary>Fusing a candidate group again builds only the events whose members changed; the others stay as stored.</summary>
public sealed class IncrementalFusionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static readonly Lazy<List<Document>> Analysed = new(() =>
    {
        var pipeline = DefaultPipeline.Create();
        return new DocumentReader(new ReadOptions { Manifest = Manifest.Load(FusedArticles.Manifest) })
            .Read([FusedArticles.Corpus]).OfType<ReadSucceeded>().Select(r => pipeline.Process(r.Document)).ToList();
    });

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Fusing_a_fused_store_again_builds_nothing()
    {
        var db = FusedStore("fused.db");

        foreach (var block in Column(db, "SELECT DISTINCT block FROM events"))
        {
            var fused = FuseAlone(db, block);
            Assert.Empty(fused.Changed);
            Assert.Equal(Column(db, "SELECT id FROM events WHERE block = $block", block).Order(), fused.Unchanged.Keys.Order());
        }
    }

    [Fact]
    public void A_document_added_to_a_fused_store_rebuilds_only_the_events_it_joins_and_ends_as_fusing_all_at_once()
    {
        var whole = FusedStore("whole.db");

        var skipped = 0;
        foreach (var added in Analysed.Value)
        {
            var db = _folder.File($"without-{Analysed.Value.IndexOf(added)}.db");
            using var store = SqliteDocumentStore.Open(db);
            store.Write(Analysed.Value.Where(d => d != added).ToList());
            store.Fuse();
            var addedId = store.Write([added]).Documents[0].Id; // not fused yet: its groups are pending

            foreach (var block in Column(db, "SELECT block FROM fusion_pending"))
            {
                var fused = FuseAlone(db, block);
                Assert.All(fused.Changed, row => Assert.Contains(row.Cluster.Members, m => m.Mention.DocumentId == addedId));
                Assert.Equal(Column(whole, "SELECT id FROM events WHERE block = $block", block).Order(),
                    fused.Changed.Select(r => r.Fused.Id).Concat(fused.Unchanged.Keys).Order());
                skipped += fused.Unchanged.Count;
            }
        }
        Assert.True(skipped > 0, "no added document left an event of its groups unchanged: the test shows nothing");
    }

    [Fact]
    public void A_group_whose_events_another_process_rewrote_after_it_was_read_is_not_stored_from_that_read()
    {
        var db = FusedStore("overtaken.db");
        var block = Column(db, "SELECT block FROM events ORDER BY block")[0];
        var stored = Column(db, "SELECT id || ' ' || signature FROM events WHERE block = $block ORDER BY id", block);
        var fused = FuseAlone(db, block); // all unchanged: nothing built
        Assert.Empty(fused.Changed);

        // Another process rewrites an event of the group after the read, then this one stores what it read.
        Execute(db, "UPDATE events SET signature = 'rewritten' WHERE id = (SELECT min(id) FROM events WHERE block = $block)", block);
        using (var connection = Open(db))
        {
            using var fusion = new SqliteFusion(connection);
            using var transaction = connection.BeginTransaction();
            fusion.Enlist(transaction);
            Assert.False(fusion.TryApply(fused));
            transaction.Commit();
        }

        // Fused again from what is stored, the group is whole again.
        Execute(db, "INSERT INTO fusion_pending (block) VALUES ($block)", block);
        using (var store = SqliteDocumentStore.Open(db))
            Assert.Equal(1, store.Fuse());
        Assert.Equal(stored, Column(db, "SELECT id || ' ' || signature FROM events WHERE block = $block ORDER BY id", block));
    }

    /// <summary>A closed store holding every test article, fused.</summary>
    private string FusedStore(string name)
    {
        var db = _folder.File(name);
        using var store = SqliteDocumentStore.Open(db);
        store.Write(Analysed.Value);
        store.Fuse();
        return db;
    }

    /// <summary>Fuses one candidate group as the store's fusing threads do: on a read connection of its own.</summary>
    private static FusedBlock FuseAlone(string db, string block)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var fuser = new BlockFuser(connection);
        return fuser.Fuse(block);
    }

    private static List<string> Column(string db, string sql, string? block = null)
    {
        using var connection = Open(db);
        using var command = Command(connection, sql, block);
        var values = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }

    private static void Execute(string db, string sql, string block)
    {
        using var connection = Open(db);
        using var command = Command(connection, sql, block);
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string? block)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (block is not null) command.Parameters.AddWithValue("$block", block);
        return command;
    }
}
