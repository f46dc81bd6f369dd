using System.Text.Json;
using Dyad.Storage.Sqlite;
using Dyad.Tests.Storage;

namespace Dyad.Tests.Fusion;

public sealed class FusionStoreTests(FusedArticles articles) : IClassFixture<FusedArticles>
{
    private List<JsonElement> Events(params string[] filters)
    {
        var (exit, output, error) = articles.Run(["events", "--format", "jsonl", .. filters]);
        Assert.True(exit == 0, error);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private static HashSet<string> Documents(JsonElement e) =>
        e.GetProperty("evidence").EnumerateArray().Select(x => x.GetProperty("doc").GetString()!).ToHashSet();

    private static string? Date(JsonElement e) => e.GetProperty("date").ValueKind == JsonValueKind.Null ? null : e.GetProperty("date").GetProperty("value").GetString();

    [Fact]
    public void Two_rounds_of_one_committee_stay_two_events()
    {
        var sessions = Events("--type", "DIALOGUE");
        Assert.Equal(2, sessions.Count);
        Assert.Equal([1, 3], sessions.Select(e => e.GetProperty("round").GetInt32()).Order());
        Assert.All(sessions, e => Assert.Single(Documents(e)));
    }

    [Fact]
    public void Three_reports_of_one_agreement_are_one_event_and_the_year_they_disagree_on_is_a_conflict_with_the_majority_value()
    {
        var agreement = Assert.Single(Events("--type", "AGREEMENT"));
        Assert.Equal(3, Documents(agreement).Count);
        Assert.Equal(3, agreement.GetProperty("source_count").GetInt32());
        Assert.Equal("2014", Date(agreement)); // two sources say 2014, one 2015
        var conflict = Assert.Single(agreement.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("date", conflict.GetProperty("field").GetString());
        Assert.Equal(["2014", "2015"], conflict.GetProperty("values").EnumerateArray().Select(v => v.GetString()));
    }

    [Theory]
    [InlineData("SANCTION_LIFTED", "2014-06")]
    [InlineData("EXERCISE", "2021")]
    public void A_lifted_embargo_or_an_exercise_edition_reported_twice_is_one_event_with_evidence_from_both(string type, string date)
    {
        var e = Assert.Single(Events("--type", type));
        Assert.Equal(2, Documents(e).Count);
        Assert.Equal(date, Date(e));
        Assert.Empty(e.GetProperty("conflicts").EnumerateArray());
    }

    [Fact]
    public void Evidence_quotes_the_original_text_at_its_offsets()
    {
        foreach (var e in Events())
            foreach (var evidence in e.GetProperty("evidence").EnumerateArray())
            {
                var text = File.ReadAllText(evidence.GetProperty("source").GetString()!);
                var start = evidence.GetProperty("start").GetInt32();
                Assert.Equal(evidence.GetProperty("text").GetString(), text[start..evidence.GetProperty("end").GetInt32()]);
            }
    }

    [Fact]
    public void The_order_documents_arrive_in_does_not_change_the_events()
    {
        using var folder = new TempFolder();
        string Fuse(string name, IEnumerable<string> files)
        {
            var db = folder.File(name);
            foreach (var file in files) Assert.Equal(0, FusedArticles.Ingest(db, file).Exit);
            return Cli.CliRun.Run("events", "--format", "jsonl", "--db", db).Output;
        }
        var forward = Fuse("forward.db", FusedArticles.Files);
        var backward = Fuse("backward.db", FusedArticles.Files.Reverse());
        var together = Cli.CliRun.Run("events", "--format", "jsonl", "--db", articles.Db).Output;
        Assert.Equal(forward, backward);
        Assert.Equal(together, forward);
    }

    [Fact]
    public void Documents_written_without_fusing_are_fused_by_the_next_read_even_after_the_process_stopped()
    {
        using var folder = new TempFolder();
        var db = folder.File("pending.db");
        var pipeline = Dyad.Pipeline.DefaultPipeline.Create();
        var documents = new Dyad.Reading.DocumentReader(new Dyad.Reading.ReadOptions { Manifest = Dyad.Reading.Manifest.Load(FusedArticles.Manifest) })
            .Read([FusedArticles.Corpus]).OfType<Dyad.Reading.ReadSucceeded>().Select(r => pipeline.Process(r.Document)).ToList();
        using (var store = SqliteDocumentStore.Open(db))
            store.Write(documents); // a run stopped before its end: nothing fused yet

        Assert.True(StoreFile.Long(db, "SELECT count(*) FROM fusion_pending") > 0);
        Assert.Equal(0L, StoreFile.Long(db, "SELECT count(*) FROM events"));
        var fusedLater = Cli.CliRun.Run("events", "--format", "jsonl", "--db", db).Output;
        Assert.Equal(Cli.CliRun.Run("events", "--format", "jsonl", "--db", articles.Db).Output, fusedLater);
        Assert.Equal(0L, StoreFile.Long(db, "SELECT count(*) FROM fusion_pending"));
    }

    [Fact]
    public void Ingesting_the_same_articles_again_adds_nothing()
    {
        var copy = articles.File("again.db");
        Assert.Equal(0, FusedArticles.Ingest(copy, FusedArticles.Corpus).Exit);
        var before = Cli.CliRun.Run("events", "--format", "jsonl", "--db", copy).Output;
        var mentions = StoreFile.Long(copy, "SELECT count(*) FROM event_mentions");
        var (exit, _, error) = FusedArticles.Ingest(copy, FusedArticles.Corpus);
        Assert.True(exit == 0, error);
        Assert.Equal(before, Cli.CliRun.Run("events", "--format", "jsonl", "--db", copy).Output);
        Assert.Equal(mentions, StoreFile.Long(copy, "SELECT count(*) FROM event_mentions"));
        Assert.Equal(0L, StoreFile.Long(copy, "SELECT count(*) FROM event_members m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)"));
    }

    [Fact]
    public void Explain_names_each_merged_mention_and_the_rule_that_merged_it()
    {
        var agreement = Assert.Single(Events("--type", "AGREEMENT"));
        var (exit, output, error) = articles.Run("explain", agreement.GetProperty("id").GetString()!);
        Assert.True(exit == 0, error);
        Assert.Contains("seed:", output);
        Assert.Equal(2, output.Split("why: agrees with").Length - 1);
        Assert.Contains("title 'Defence Cooperation Agreement'", output);
        Assert.Contains("dates 2015 and 2014 disagree: kept as a conflict", output.Replace("dates 2014 and 2015", "dates 2015 and 2014"));
        Assert.Contains("sources disagree on date: 2014 / 2015", output);

        var round = Events("--type", "DIALOGUE")[0].GetProperty("id").GetString()!;
        Assert.Contains("round 1 ≠ 3", articles.Run("explain", round).Output);
        Assert.NotEqual(0, articles.Run("explain", "e-unknown").Exit);
    }

    [Fact]
    public void Filters_narrow_by_pair_date_status_entity_and_full_text()
    {
        Assert.Equal(5, Events("--countries", "PAK,RUS").Count);
        Assert.Empty(Events("--countries", "IND,RUS"));
        Assert.Equal(2, Events("--countries", "Pakistan", "--from", "2021").Count);
        Assert.Equal(2, Events("--from", "2014", "--to", "2014-12").Count);
        Assert.Single(Events("--entity", "Druzhba"));
        Assert.Single(Events("--search", "embargo"));
        Assert.Empty(Events("--status", "planned"));
        Assert.Equal(2, articles.Run("events", "--type", "NOT_A_TYPE").Exit);
    }

    [Fact]
    public void The_store_stays_consistent_with_its_events()
    {
        StoreFile.AssertConsistent(articles.Db);
        Assert.Equal(StoreFile.Long(articles.Db, "SELECT count(*) FROM events"), StoreFile.Long(articles.Db, "SELECT count(DISTINCT event_seq) FROM event_pairs"));
        Assert.Equal(StoreFile.Long(articles.Db, "SELECT count(*) FROM event_mentions"), StoreFile.Long(articles.Db, "SELECT count(*) FROM event_members"));
        using var store = SqliteDocumentStore.Open(articles.Db);
        Assert.Equal(5, store.Statistics().Events);
    }
}
