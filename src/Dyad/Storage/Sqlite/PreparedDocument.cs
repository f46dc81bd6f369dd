using System.Text;
using Dyad.Annotation.Entities;
using Dyad.Annotation.Events;
using Dyad.Documents;
using Dyad.Fusion;
using Dyad.Knowledge;
using Dyad.Output;

namespace Dyad.Storage.Sqlite;

/// <summary>
/// Everything the writer stores of a document, computed before its transaction and on any thread: the record, the text
/// sketch, one row an entity and the event mentions with their JSON. The writer thread then only runs statements.
/// </summary>
internal sealed class PreparedDocument
{
    private PreparedDocument(Document document, DocumentRecord? record, string? error)
    {
        Document = document;
        Record = record;
        Error = error;
    }

    public Document Document { get; }

    /// <summary>Null when the document cannot be stored; <see cref="Error"/> says why.</summary>
    public DocumentRecord? Record { get; }

    public string? Error { get; }

    public byte[] Sketch { get; private init; } = [];

    /// <summary>One row an entity, its mentions summed, the first listing's type and name kept.</summary>
    public List<(string Id, string Type, string Name, int Mentions)> Entities { get; } = [];

    /// <summary>The values of <see cref="SqliteEventSql.InsertMention"/> after the document id, a mention each.</summary>
    public List<object?[]> Mentions { get; } = [];

    /// <summary>The candidate groups the document's mentions fall in.</summary>
    public HashSet<string> Blocks { get; } = new(StringComparer.Ordinal);

    public static PreparedDocument From(Document document)
    {
        DocumentRecord record;
        try
        {
            record = DocumentRecord.From(document);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return new PreparedDocument(document, null, e.Message);
        }
        var prepared = new PreparedDocument(document, record, null) { Sketch = TextSketch.Compute(record.CleanText) };
        prepared.AddEntities(document.Entities);
        foreach (var e in document.Events)
        {
            if (e.Countries.Count < 2 || e.Evidence.Count == 0) continue;
            var block = FusionMention.BlockFor(e);
            prepared.Blocks.Add(block);
            prepared.Mentions.Add([FusionMention.IdFor(e), block, e.Type.ToSchemaName(), e.Status.ToSchemaName(),
                string.Join(',', e.Countries), e.Source?.Value, e.Target?.Value, e.Date?.Value.ToString(), e.Name, e.Round,
                e.Equipment.Count == 0 ? null : string.Join(',', e.Equipment.Select(x => x.Id)), e.Confidence,
                e.Evidence[0].Span.Start, e.Evidence[0].Span.End, EventJson(e)]);
        }
        return prepared;
    }

    private void AddEntities(IEnumerable<Entity> entities)
    {
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (at.TryGetValue(entity.Id, out var i)) Entities[i] = Entities[i] with { Mentions = Entities[i].Mentions + entity.Mentions.Count };
            else
            {
                at[entity.Id] = Entities.Count;
                Entities.Add((entity.Id, entity.Type.ToSchemaName(), entity.Name, entity.Mentions.Count));
            }
        }
    }

    private static string EventJson(Event e)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, DocumentRecordWriter.Options))
            EventRecordWriter.Write(json, e);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
