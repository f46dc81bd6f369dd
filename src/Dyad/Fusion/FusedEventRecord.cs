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

    public static FusedEvent Read(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        var e = EventRecordReader.Read(root);
        var documents = EventRecordReader.Int(root, "document_count") ?? e.Evidence.Select(x => x.Document).Distinct().Count();
        return new FusedEvent(e, EventRecordReader.Int(root, "source_count") ?? documents, documents);
    }
}
