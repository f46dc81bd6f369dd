using Dyad.Annotation.Events;
using Dyad.Documents;
using Dyad.Fusion;
using Dyad.Knowledge;

namespace Dyad.Tests.Fusion;

public sealed class EventFuserTests
{
    private static int _next;

    /// <summary>A document's event between Pakistan and Russia, with one quote.</summary>
    private static FusionMention Mention(string doc, EventType type, string? date = null, string? name = null, int? round = null,
        (string Name, int? Quantity)? equipment = null, string quote = "A quote.", string? published = "2021-01")
    {
        var e = new Event { Id = $"e-{doc}-{Interlocked.Increment(ref _next):D4}", Type = type, Status = EventStatus.Occurred, Name = name, Round = round, Confidence = 0.5 };
        e.Countries.AddRange([CountryCode.Parse("PAK"), CountryCode.Parse("RUS")]);
        if (type == EventType.ArmsTransfer)
        {
            e.Source = CountryCode.Parse("RUS");
            e.Target = CountryCode.Parse("PAK");
        }
        if (date is not null) e.Date = new EventDate(PartialDate.ParseIso(date)!.Value, date);
        if (equipment is { } item) e.Equipment.Add(new EventEquipment("equipment:" + item.Name.ToLowerInvariant(), item.Name, item.Quantity));
        e.Evidence.Add(new EventEvidence(doc + ".txt", doc, new TextSpan(0, quote.Length), quote));
        return new FusionMention(FusionMention.IdFor(e), doc, PartialDate.ParseIso(published), null, e);
    }

    private static List<List<string>> Fuse(IEnumerable<FusionMention> mentions) =>
        EventFuser.Cluster(mentions).Select(c => c.Members.Select(m => m.Mention.Id).Order(StringComparer.Ordinal).ToList())
            .OrderBy(c => c[0], StringComparer.Ordinal).ToList();

    [Fact]
    public void Two_editions_of_one_exercise_never_merge()
    {
        var clusters = Fuse([Mention("d1", EventType.Exercise, "2021", "Druzhba VI"), Mention("d2", EventType.Exercise, "2021", "Druzhba V")]);
        Assert.Equal(2, clusters.Count);
    }

    [Fact]
    public void One_edition_named_two_ways_merges_and_tolerates_a_year_of_disagreement()
    {
        var clusters = Fuse([Mention("d1", EventType.Exercise, "2021", "Druzhba VI"), Mention("d2", EventType.Exercise, "2020", "Druzhba-VI")]);
        Assert.Single(clusters);
    }

    [Fact]
    public void Transfers_of_different_quantities_are_two_transfers()
    {
        var clusters = Fuse([Mention("d1", EventType.ArmsTransfer, null, equipment: ("Mi-35M", 4)), Mention("d2", EventType.ArmsTransfer, null, equipment: ("Mi-35M", 20))]);
        Assert.Equal(2, clusters.Count);
    }

    [Fact]
    public void Events_without_a_key_in_different_years_stay_apart_and_compatible_dates_merge()
    {
        Assert.Equal(2, Fuse([Mention("d1", EventType.Meeting, "2014"), Mention("d2", EventType.Meeting, "2015")]).Count);
        Assert.Single(Fuse([Mention("d1", EventType.Meeting, "2014"), Mention("d2", EventType.Meeting, "2014-11")]));
    }

    [Fact]
    public void A_mention_that_fits_two_events_equally_stays_apart()
    {
        var clusters = Fuse([Mention("d1", EventType.Dialogue, "2018", "JMCC", 1), Mention("d2", EventType.Dialogue, "2021", "JMCC", 3), Mention("d3", EventType.Dialogue, null, "JMCC")]);
        Assert.Equal(3, clusters.Count);
    }

    [Fact]
    public void A_report_of_an_event_done_is_not_about_one_dated_after_it_was_published()
    {
        Assert.Equal(2, Fuse([Mention("d1", EventType.Agreement, null, published: "2014-11"), Mention("d2", EventType.Agreement, "2018-08", published: "2018-08")]).Count);
        Assert.Single(Fuse([Mention("d1", EventType.Agreement, null, published: "2018-09"), Mention("d2", EventType.Agreement, "2018-08", published: "2018-08")]));
    }

    [Fact]
    public void Mentions_of_one_document_are_never_merged()
    {
        Assert.Equal(2, Fuse([Mention("d1", EventType.Agreement, "2014"), Mention("d1", EventType.Agreement, "2014")]).Count);
    }

    [Fact]
    public void The_clusters_do_not_depend_on_the_order_mentions_come_in()
    {
        var mentions = new List<FusionMention>
        {
            Mention("d1", EventType.Exercise, "2016", "Druzhba 2016"), Mention("d2", EventType.Exercise, "2016-09"),
            Mention("d3", EventType.Exercise, null), Mention("d4", EventType.Exercise, "2017", "Druzhba II"),
            Mention("d5", EventType.Exercise, "2017-10"), Mention("d6", EventType.Exercise, "2021", "Druzhba VI"),
        };
        var expected = Fuse(mentions);
        var random = new Random(7);
        for (var i = 0; i < 20; i++)
            Assert.Equal(expected, Fuse(mentions.OrderBy(_ => random.Next()).ToList()));
    }

    [Fact]
    public void Copies_of_one_report_count_as_one_source_when_sources_vote()
    {
        const string wire = "Pakistan and Russia signed the defence cooperation agreement in 2015 at a ceremony in Rawalpindi attended by officials of both ministries, who said the accord would guide training, exchanges and talks on equipment in the coming years.";
        var sketches = new Dictionary<string, byte[]>
        {
            ["a"] = TextSketch.Compute("Officials recalled that the agreement was signed in 2014 in Moscow after months of talks between the two defence ministries."),
            ["b"] = TextSketch.Compute("Analysts wrote that the agreement dates from 2014, when relations between the two states began to warm."),
            ["c"] = TextSketch.Compute(wire),
            ["c2"] = TextSketch.Compute(wire + " Reporting by our correspondent."),
            ["c3"] = TextSketch.Compute("By a staff writer. " + wire),
        };
        Assert.True(TextSketch.Similarity(sketches["c"], sketches["c2"]) >= SyndicationGroups.Threshold);
        Assert.True(TextSketch.Similarity(sketches["a"], sketches["b"]) < 0.2);
        var mentions = new[]
        {
            Mention("a", EventType.Agreement, "2014", "Defence Cooperation Agreement"), Mention("b", EventType.Agreement, "2014", "Defence Cooperation Agreement"),
            Mention("c", EventType.Agreement, "2015", "Defence Cooperation Agreement"), Mention("c2", EventType.Agreement, "2015", "Defence Cooperation Agreement"),
            Mention("c3", EventType.Agreement, "2015", "Defence Cooperation Agreement"),
        };
        var cluster = Assert.Single(EventFuser.Cluster(mentions));
        var fused = FusedEventBuilder.Build(cluster, SyndicationGroups.From(sketches));
        Assert.Equal(3, fused.SourceCount);
        Assert.Equal(5, fused.DocumentCount);
        Assert.Equal("2014", fused.Event.Date!.Value.ToString());
        Assert.Equal(["2014", "2015"], Assert.Single(fused.Event.Conflicts).Values);

        var counted = FusedEventBuilder.Build(cluster, SyndicationGroups.None); // every copy a source: three say 2015
        Assert.Equal("2015", counted.Event.Date!.Value.ToString());
    }
}
