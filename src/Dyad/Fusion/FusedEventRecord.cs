using System.Text;
using System.Text.Json;
using Dyad.Output;

namespace Dyad.Fusion;

/// <summary>
/// A fused event as one line of JSON: the event record of output-schema.md with two added fields,
/// <c>source_count</c> (independent sources, copies of one report counted once) and <c>document_count</c>.
/// </summary>
public static class FusedEventRecord
{
    public static string ToJson(FusedEvent fused)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, DocumentRecordWriter.Options))
            EventRecordWriter.Write(json, fused.Event, j =>
            {
                j.WriteNumber("source_count", fused.SourceCount);
                j.WriteNumber("document_count", fused.DocumentCount);
            });
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static FusedEvent Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    public static FusedEvent Read(ReadOnlySpan<byte> utf8)
    {
        int? sources = null, documents = null;
        var e = EventRecordReader.Read(utf8, (ref Utf8JsonReader reader) =>
        {
            if (reader.ValueTextEquals("source_count"u8)) sources = EventRecordReader.Int(ref reader);
            else if (reader.ValueTextEquals("document_count"u8)) documents = EventRecordReader.Int(ref reader);
            else reader.Skip();
        });
        documents ??= e.Evidence.Select(x => x.Document).Distinct().Count();
        return new FusedEvent(e, sources ?? documents.Value, documents.Value);
    }
}
