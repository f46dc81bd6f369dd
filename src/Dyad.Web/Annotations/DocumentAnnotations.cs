using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dyad.Annotation.Entities;
using Dyad.Annotation.Events;
using Dyad.Annotation.Sentences;
using Dyad.Annotation.Time;
using Dyad.Knowledge;
using Dyad.Output;
using Dyad.Pipeline;
using Dyad.Storage;
using Dyad.Web.Events;

namespace Dyad.Web.Annotations;

/// <summary>
/// The annotations of stored documents: read from the document record the store keeps beside the text
/// (<see cref="IDocumentStore.SaveAnnotations"/>), or, for a document stored without them (by a plain
/// <c>dyad ingest</c>), computed once from its stored text and removed ranges and saved.
/// </summary>
public sealed class DocumentAnnotations
{
    private static readonly JsonTypeInfo<AnnotationRecord> Json = WebJsonContext.Default.AnnotationRecord;

    private readonly IDocumentStore _store;
    private readonly DocumentPipeline _annotation;
    private readonly ConcurrentDictionary<string, AnnotatedDocument> _cache = new(StringComparer.Ordinal);

    public DocumentAnnotations(IDocumentStore store, KnowledgeBase knowledge)
    {
        _store = store;
        // The stages after cleaning and dating: the store already holds what those decided.
        _annotation = new DocumentPipeline(
        [
            new SentenceStage(),
            new TimeExpressionStage(TimeExpressionRecognizer.Default),
            new EntityStage(knowledge),
            new EventStage(knowledge),
        ]);
    }

    /// <summary>The document with its annotations; null when no document has that id.</summary>
    public AnnotatedDocument? Find(string id)
    {
        if (_cache.TryGetValue(id, out var cached)) return cached;
        var stored = _store.Find(id);
        if (stored is null) return null;
        var annotated = Annotate(stored);
        if (_cache.Count > 2_000) _cache.Clear(); // a bound, not an eviction policy: pages reopen few documents
        _cache[id] = annotated;
        return annotated;
    }

    /// <summary>Reads or computes a stored document's annotations.</summary>
    public AnnotatedDocument Annotate(StoredDocument stored)
    {
        var json = stored.AnnotationsJson;
        if (json is null)
        {
            var document = _annotation.Process(stored.ToDocument());
            json = DocumentRecordWriter.ToJsonLine(document);
            _store.SaveAnnotations(stored.Id, json);
        }
        return Parse(stored, json);
    }

    public void Forget(string id) => _cache.TryRemove(id, out _);

    internal static AnnotatedDocument Parse(StoredDocument stored, string json)
    {
        var record = JsonSerializer.Deserialize(json, Json) ?? new AnnotationRecord();
        return new AnnotatedDocument(
            stored,
            record.Entities ?? [],
            record.Timexes ?? [],
            record.Events ?? []);
    }

    /// <summary>The parts of a document record (output-schema.md) the web reads.</summary>
    internal sealed record AnnotationRecord
    {
        public List<EntityAnnotation>? Entities { get; init; }
        public List<TimexAnnotation>? Timexes { get; init; }
        public List<EventRecord>? Events { get; init; }
    }
}
