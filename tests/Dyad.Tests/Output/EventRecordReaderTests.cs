using System.Text;
using System.Text.Json;
using Dyad.Annotation.Events;
using Dyad.Documents;
using Dyad.Fusion;
using Dyad.Knowledge;
using Dyad.Output;

namespace Dyad.Tests.Output;

public sealed class EventRecordReaderTests
{
    private static Event FullEvent()
    {
        var e = new Event
        {
            Id = "e-1", Type = EventType.ArmsTransfer, Status = EventStatus.Occurred,
            Source = CountryCode.Parse("RUS"), Target = CountryCode.Parse("PAK"),
            Date = new EventDate(PartialDate.ParseIso("2017-08")!.Value, "in August 2017"),
            Name = "Deal \"A\" \u2013 \u00e9t\u00e9", Round = 3, Location = "Rawalpindi", Confidence = 0.85,
            Codes = new EventCodes("062", "AID"),
        };
        e.Countries.AddRange([CountryCode.Parse("PAK"), CountryCode.Parse("RUS")]);
        e.Equipment.Add(new EventEquipment("equipment:mi-35m", "Mi-35M", 4));
        e.Equipment.Add(new EventEquipment("equipment:rd-93", "RD-93", null));
        e.Participants.Add(new EventParticipant("Sergei Shoigu", "Minister of Defence", CountryCode.Parse("RUS")));
        e.Participants.Add(new EventParticipant("A. Person", null, null));
        e.Conflicts.Add(new EventConflict("date", ["2017-08", "2017-09"]));
        e.Evidence.Add(new EventEvidence("a.txt", "d-1", new TextSpan(10, 60), "Russia delivered four Mi-35M helicopters.\nLine two."));
        e.Evidence.Add(new EventEvidence("b.txt", "d-2", new TextSpan(0, 5), "Short"));
        return e;
    }

    private static string Write(Event e)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, DocumentRecordWriter.Options)) EventRecordWriter.Write(json, e);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void Every_field_written_reads_back_and_writes_the_same_record()
    {
        var written = Write(FullEvent());
        Assert.Equal(written, Write(EventRecordReader.Read(written)));

        var bare = new Event { Id = "e-2", Type = EventType.Visit, Status = EventStatus.Planned };
        Assert.Equal(Write(bare), Write(EventRecordReader.Read(Write(bare))));
    }

    [Fact]
    public void Fields_read_in_any_order_with_escaped_names_and_unknown_fields_passed_over()
    {
        const string json = """
            {"evidence":[{"text":"t","end":4,"start":1,"doc":"d-9","source":"s.txt","extra":{"x":[1,2]}}],
             "st\u0061tus":"speculative","later":[{"a":null}],"type":"VISIT","countries":["RUS","IND"],"id":"e-9",
             "date":{"text":"in 2019","value":"2019"},"conflicts":[{"values":["a",2,true,null],"field":"date"}]}
            """;
        var e = EventRecordReader.Read(json);
        Assert.Equal(("e-9", EventType.Visit, EventStatus.Speculative), (e.Id, e.Type, e.Status));
        Assert.Equal(["RUS", "IND"], e.Countries.Select(c => c.Value));
        Assert.Equal("2019", e.Date!.Value.ToString());
        Assert.Equal("in 2019", e.Date.Text);
        Assert.Equal(new EventEvidence("s.txt", "d-9", new TextSpan(1, 4), "t"), Assert.Single(e.Evidence));
        Assert.Equal(["a", "2", "true", ""], Assert.Single(e.Conflicts).Values);
        Assert.Null(e.Name);
        Assert.Equal(EventCodes.None, e.Codes);
    }

    [Theory]
    [InlineData("""{"type":"VISIT","status":"occurred"}""", typeof(FormatException))]
    [InlineData("""{"id":"e","type":"PARADE","status":"occurred"}""", typeof(FormatException))]
    [InlineData("""{"id":"e","type":"VISIT","status":"occurred","evidence":[{"text":"t",""", typeof(JsonException))]
    [InlineData("""["id"]""", typeof(JsonException))]
    [InlineData("""{"id":"e","type":"VISIT","status":"occurred"} {"id":"f"}""", typeof(JsonException))]
    [InlineData("", typeof(JsonException))]
    public void A_broken_record_is_refused_with_the_reason(string json, Type expected)
    {
        var thrown = Record.Exception(() => EventRecordReader.Read(json));
        Assert.IsAssignableFrom(expected, thrown);
    }

    [Fact]
    public void A_fused_record_reads_back_its_counts_or_counts_its_documents()
    {
        var fused = new FusedEvent(FullEvent(), 1, 2);
        var read = FusedEventRecord.Read(FusedEventRecord.ToJson(fused));
        Assert.Equal((1, 2), (read.SourceCount, read.DocumentCount));
        Assert.Equal(FusedEventRecord.ToJson(fused), FusedEventRecord.ToJson(read));

        var plain = FusedEventRecord.Read(Write(FullEvent()));
        Assert.Equal((2, 2), (plain.SourceCount, plain.DocumentCount));
    }
}
