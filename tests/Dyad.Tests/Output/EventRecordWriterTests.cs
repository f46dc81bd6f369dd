using System.Text.Json;
using Dyad.Output;
using Dyad.Tests.Annotation.Events;

namespace Dyad.Tests.Output;

public sealed class EventRecordWriterTests
{
    private static readonly string[] Fields =
        ["id", "type", "status", "countries", "source", "target", "date", "name", "round", "location", "equipment", "participants", "codes", "confidence", "conflicts", "evidence"];

    [Fact]
    public void A_document_record_holds_every_event_field_with_nulls_where_empty_and_no_conflicts()
    {
        var document = EventReading.Analyze("Russia delivered four Mi-35M helicopters to Pakistan.", "2018-03", "corpus/a.txt");

        using var json = JsonDocument.Parse(DocumentRecordWriter.ToJsonLine(document));
        var e = Assert.Single(json.RootElement.GetProperty("events").EnumerateArray().ToList());

        Assert.Equal(Fields, e.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ARMS_TRANSFER", e.GetProperty("type").GetString());
        Assert.Equal("occurred", e.GetProperty("status").GetString());
        Assert.Equal(["PAK", "RUS"], e.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(("RUS", "PAK"), (e.GetProperty("source").GetString(), e.GetProperty("target").GetString()));
        Assert.Equal(JsonValueKind.Null, e.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("round").ValueKind);
        var item = Assert.Single(e.GetProperty("equipment").EnumerateArray().ToList());
        Assert.Equal(("equipment:mi-35m", "Mi-35M", 4), (item.GetProperty("id").GetString(), item.GetProperty("name").GetString(), item.GetProperty("quantity").GetInt32()));
        Assert.Equal(("062", "AID"), (e.GetProperty("codes").GetProperty("cameo").GetString(), e.GetProperty("codes").GetProperty("plover").GetString()));
        Assert.Empty(e.GetProperty("conflicts").EnumerateArray());
        var evidence = Assert.Single(e.GetProperty("evidence").EnumerateArray().ToList());
        Assert.Equal("corpus/a.txt", evidence.GetProperty("source").GetString());
        Assert.Equal(json.RootElement.GetProperty("id").GetString(), evidence.GetProperty("doc").GetString());
        Assert.Equal((0, 53), (evidence.GetProperty("start").GetInt32(), evidence.GetProperty("end").GetInt32()));
    }
}
