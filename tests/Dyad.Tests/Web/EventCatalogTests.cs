using Dyad.Web.Events;
using Dyad.Web.Reviews;

namespace Dyad.Tests.Web;

public sealed class EventCatalogTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeSource _source = new();
    private readonly SqliteReviewStore _reviews;
    private readonly EventCatalog _catalog;
    private readonly ReviewService _service;

    public EventCatalogTests()
    {
        _reviews = new SqliteReviewStore(_folder.File("reviews.db"));
        _catalog = new EventCatalog(_source, _reviews);
        _service = new ReviewService(_catalog, _reviews);
    }

    public void Dispose()
    {
        _reviews.Dispose();
        _folder.Dispose();
    }

    private sealed class FakeSource : IEventSource
    {
        public IReadOnlyList<EventRecord> Current { get; set; } = [];
        public IReadOnlyList<EventRecord> Events() => Current;
        public void Invalidate() { }
    }

    private static EventRecord Event(string id, string? date, string type = "MEETING", string status = "occurred", string[]? countries = null, params string[] evidence) => new()
    {
        Id = id,
        Type = type,
        Status = status,
        Countries = countries ?? ["PAK", "RUS"],
        Date = date is null ? null : new EventDateValue(date, date),
        Evidence = evidence.Select(key => new EvidenceSpan("a.txt", key.Split(':')[0], int.Parse(key.Split(':')[1].Split('-')[0]), int.Parse(key.Split('-')[^1]), "quoted")).ToList(),
    };

    private IReadOnlyList<string> Ids(EventFilter filter) => _catalog.Query(filter).Events.Select(e => e.Id).ToList();

    [Fact]
    public void Date_filters_take_an_event_whose_date_can_fall_in_the_range()
    {
        _source.Current = [Event("e-year", "2015"), Event("e-month", "2015-06"), Event("e-day", "2015-06-20"), Event("e-later", "2016-01-02"), Event("e-undated", null)];
        Assert.Equal(["e-year", "e-month", "e-day"], Ids(new EventFilter { From = "2015-06", To = "2015-12" }));
        Assert.Equal(["e-year", "e-month", "e-day", "e-later"], Ids(new EventFilter { From = "2015-06-20" }));
        Assert.Equal(["e-year"], Ids(new EventFilter { To = "2015-05" }));
        Assert.Equal(5, _catalog.Query(new EventFilter()).Total);
    }

    [Fact]
    public void A_pair_matches_in_either_order_and_generic_statements_only_when_asked()
    {
        _source.Current = [Event("e-a", "2015"), Event("e-b", "2016", countries: ["IND", "RUS"]), Event("e-c", "2017", status: "generic"), Event("e-d", "2018", countries: ["IND", "PAK", "RUS"])];
        Assert.Equal(["e-a"], Ids(new EventFilter { Pair = "rus-pak" }));
        Assert.Equal(["e-a", "e-d"], Ids(new EventFilter { Country = "PAK" }));
        Assert.Equal(["e-b", "e-d"], Ids(new EventFilter { Country = "IND" }));
        Assert.Equal(["e-c"], Ids(new EventFilter { Status = "generic" }));
        Assert.Empty(Ids(new EventFilter { Pair = "PAK-XYZ" }));
        Assert.Equal(["e-d"], Ids(new EventFilter { Offset = 2 }));
    }

    [Fact]
    public void A_review_follows_its_evidence_when_fusion_gives_the_event_another_id()
    {
        _source.Current = [Event("e-first", "2015", "MEETING", "occurred", null, "d-1:0-10")];
        _service.Review("ana", "e-first", new ReviewRequest { Action = "accept", Fields = new() { ["location"] = "Sochi" } });

        // A new report became the seed: the same real event, a new id, the old evidence among the new.
        _source.Current = [Event("e-seeded", "2015", "MEETING", "occurred", null, "d-2:5-20", "d-1:0-10")];
        var now = _catalog.Find("e-seeded")!;
        Assert.Equal("accepted", now.Review!.Verdict);
        Assert.Equal("Sochi", now.Location);
        Assert.Equal("e-seeded", _catalog.Find("e-first")!.Id);
    }

    [Fact]
    public void Merges_chain_and_reverts_restore_the_events_as_they_were()
    {
        _source.Current = [Event("e-a", "2015", evidence: "d-1:0-5"), Event("e-b", "2015", evidence: "d-2:0-5"), Event("e-c", "2015", evidence: "d-3:0-5")];
        var first = _service.Merge("ana", new MergeRequest(["e-b", "e-c"]));
        var second = _service.Merge("bo", new MergeRequest(["e-a", "e-b"]));
        Assert.Equal(["e-a"], Ids(new EventFilter()));
        Assert.Equal(3, _catalog.Find("e-c")!.Evidence.Count);
        _service.Revert("ana", first.Seq);
        Assert.Equal(["e-a", "e-c"], Ids(new EventFilter()));
        _service.Revert("ana", second.Seq);
        Assert.Equal(["e-a", "e-b", "e-c"], Ids(new EventFilter()));
        Assert.Equal(["revert", "revert", "merge", "merge"], _reviews.Audit().Select(a => a.Action));
    }

    [Fact]
    public void A_part_split_off_an_event_keeps_its_own_review()
    {
        _source.Current = [Event("e-a", "2015", evidence: ["d-1:0-5", "d-2:0-5"])];
        var (_, part) = _service.Split("ana", "e-a", new SplitRequest(["d-2:0-5"]));
        _service.Review("ana", part, new ReviewRequest { Action = "reject" });
        Assert.Equal("rejected", _catalog.Find(part)!.Review!.Verdict);
        Assert.Null(_catalog.Find("e-a")!.Review!.Verdict);
        Assert.Equal(["d-1:0-5"], _catalog.Find("e-a")!.Evidence.Select(ev => ev.Key));
    }

    [Fact]
    public void A_revert_that_would_undo_later_work_is_refused()
    {
        _source.Current = [Event("e-a", "2015", evidence: "d-1:0-5")];
        var first = _service.Review("ana", "e-a", new ReviewRequest { Action = "edit", Fields = new() { ["date"] = "2014" } });
        _service.Review("bo", "e-a", new ReviewRequest { Action = "edit", Fields = new() { ["location"] = "Sochi" } });
        Assert.Equal(409, Assert.Throws<ReviewException>(() => _service.Revert("ana", first.Seq)).StatusCode);
        Assert.Equal("2014", _catalog.Find("e-a")!.Date!.Value);
    }

    [Fact]
    public void Bad_reviews_are_refused_with_the_reason()
    {
        _source.Current = [Event("e-a", "2015", evidence: "d-1:0-5")];
        Assert.Equal(404, Assert.Throws<ReviewException>(() => _service.Review("ana", "e-none", new ReviewRequest { Action = "accept" })).StatusCode);
        Assert.Equal(400, Assert.Throws<ReviewException>(() => _service.Review("ana", "e-a", new ReviewRequest { Action = "approve" })).StatusCode);
        Assert.Equal(400, Assert.Throws<ReviewException>(() => _service.Review("ana", "e-a", new ReviewRequest { Action = "edit", Fields = new() { ["status"] = "maybe" } })).StatusCode);
        Assert.Equal(400, Assert.Throws<ReviewException>(() => _service.Review("ana", "e-a", new ReviewRequest { Action = "edit", Fields = new() { ["source"] = "Russia" } })).StatusCode);
        Assert.Equal(400, Assert.Throws<ReviewException>(() => _service.Split("ana", "e-a", new SplitRequest(["d-1:0-5"]))).StatusCode); // would leave nothing
        Assert.Empty(_reviews.Audit());
    }
}
