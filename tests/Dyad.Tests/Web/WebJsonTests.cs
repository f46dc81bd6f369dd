using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dyad.Web;
using Dyad.Web.Api;
using Dyad.Web.Events;
using Dyad.Web.Reviews;

namespace Dyad.Tests.Web;

/// <summary>The generated serializers write what reflection wrote before them, byte for byte, and read it back.</summary>
public sealed class WebJsonTests
{
    private static readonly JsonSerializerOptions ReflectionResponses =
        new(JsonSerializerDefaults.Web) { Encoder = WebJson.Encoder, TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static readonly JsonSerializerOptions ReflectionStored =
        new(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static readonly DateTimeOffset At = new(2026, 11, 23, 14, 20, 45, TimeSpan.Zero);

    private static readonly EventRecord Reviewed = new()
    {
        Id = "e-1",
        Type = "ARMS_TRANSFER",
        Status = "occurred",
        Countries = ["RUS", "PAK"],
        Source = "RUS",
        Target = "PAK",
        Date = new EventDateValue("2015-08", "in August"),
        Name = "Mi-35M <deal> & \"more\" – Мі-35 ‘ok’",
        Equipment = [new EquipmentItem("equipment:mi-35", "Mi-35M", 4), new EquipmentItem("equipment:x", "X", null)],
        Participants = [new Participant("Sergei Shoigu", "defence minister", "RUS"), new Participant("Someone", null, null)],
        Codes = new EventCodeValues("163", null),
        Confidence = 0.875,
        Conflicts = [new FieldConflict("date", ["2015", "2016"])],
        Evidence = [new EvidenceSpan("a.txt", "d-1", 10, 42, "Russia will deliver four Mi-35M helicopters")],
        SourceCount = 2,
        Review = new ReviewSummary("accepted", new Dictionary<string, FieldEdit> { ["name"] = new("Deal", null) }, ["e-2"], null, "ana", At),
    };

    [Fact]
    public void An_event_record_is_written_as_reflection_wrote_it()
    {
        Assert.Equal(JsonSerializer.Serialize(Reviewed, ReflectionResponses), JsonSerializer.Serialize(Reviewed, WebJson.Responses.EventRecord));
        Assert.Equal(JsonSerializer.Serialize(Reviewed, ReflectionStored), JsonSerializer.Serialize(Reviewed, WebJsonContext.Default.EventRecord));
        var unreviewed = Reviewed with { Review = null, Codes = null, Date = null, SourceCount = null };
        Assert.Equal(JsonSerializer.Serialize(unreviewed, ReflectionResponses), JsonSerializer.Serialize(unreviewed, WebJson.Options));
    }

    [Fact]
    public void An_event_record_reads_back_as_it_was_written()
    {
        var json = JsonSerializer.Serialize(Reviewed, WebJsonContext.Default.EventRecord);
        var read = JsonSerializer.Deserialize(json, WebJsonContext.Default.EventRecord)!;
        Assert.Equal(json, JsonSerializer.Serialize(read, WebJsonContext.Default.EventRecord));
    }

    [Fact]
    public void Overlays_and_audit_entries_are_written_as_reflection_wrote_them()
    {
        var overlay = new EventOverlay
        {
            Verdict = "rejected",
            Fields = new SortedDictionary<string, string?>(StringComparer.Ordinal) { ["round"] = "2", ["date"] = null },
            MergedInto = "e-9",
            Splits = [new SplitPart("e-1-s0011", ["d-1:1-5"])],
            Anchor = ["d-1:1-5", "d-2:3-9"],
            ChangedAt = At,
            ChangedBy = "ana",
        };
        Assert.Equal(JsonSerializer.Serialize(overlay, ReflectionStored), overlay.ToJson());
        Assert.Equal(overlay.ToJson(), EventOverlay.FromJson(overlay.ToJson()).ToJson());

        List<OverlayChange> changes = [new("e-1", null, overlay), new("e-2", overlay, null)];
        var entry = new AuditEntry(3, At, "ana", "merge", "merge e-2 into e-1 (<same>)", changes, null, 4);
        Assert.Equal(JsonSerializer.Serialize(entry, ReflectionResponses), JsonSerializer.Serialize(entry, WebJson.Responses.AuditEntry));
        Assert.Equal(JsonSerializer.Serialize(changes, ReflectionStored), JsonSerializer.Serialize(changes, WebJsonContext.Default.ListOverlayChange));
    }

    [Fact]
    public void Listings_are_written_as_reflection_wrote_them()
    {
        var list = new DocumentList(2, 0, [new DocumentListItem("d-1", "Título <b>", null, "2014-11-21", "manifest", 1, "a.txt")]);
        Assert.Equal(JsonSerializer.Serialize(list, ReflectionResponses), JsonSerializer.Serialize(list, WebJson.Responses.DocumentList));
        var page = new EventPage(1, 0, 50, [Reviewed]);
        Assert.Equal(JsonSerializer.Serialize(page, ReflectionResponses), JsonSerializer.Serialize(page, WebJson.Responses.EventPage));
    }
}
