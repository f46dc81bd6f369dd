using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Annotation.Entities;
using Dyad.Annotation.Time;
using Dyad.Knowledge;
using Dyad.Documents;
using Names = Dyad.Output.RecordFieldNames;

namespace Dyad.Output;

/// <summary>
/// Writes a document as the JSON "document record" of output-schema.md: the contract that
/// tools, the reference scorer and users' scripts read. Field names and meanings are fixed there.
/// </summary>
public static class DocumentRecordWriter
{
    public static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // JSON Lines for machines and people; not embedded in HTML
        Indented = false,
    };

    public static void Write(Utf8JsonWriter json, Document document)
    {
        var clean = document.RentCleanText(out var cleanLength); // once: the id is a hash of it
        var text = clean.AsSpan(0, cleanLength);
        json.WriteStartObject();
        json.WriteString(Names.Source, document.Source);
        json.WriteString(Names.Id, Document.IdFor(text));
        WriteNullable(json, Names.Title, document.Title);
        WriteNullable(json, Names.Author, document.Author);
        WriteNullable(json, Names.Publisher, document.Publisher);
        if (document.Metadata.Url is { } url) json.WriteString(Names.Url, url);
        WritePublished(json, document.Published);
        JsonText.WriteString(json, Names.Text, text);
        ArrayPool<char>.Shared.Return(clean);
        WriteRemoved(json, document.Removed);
        WriteEntities(json, document.Entities);
        WriteTimexes(json, document.Timexes);
        json.WriteStartArray(Names.Events);
        foreach (var e in document.Events) EventRecordWriter.Write(json, e);
        json.WriteEndArray();
        if (document.Warnings.Count > 0)
        {
            json.WriteStartArray(Names.Warnings);
            foreach (var warning in document.Warnings) json.WriteStringValue(warning);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>One record as a single line of JSON, without the newline.</summary>
    public static string ToJsonLine(Document document)
    {
        var line = Fill(document);
        var text = Encoding.UTF8.GetString(line.Buffer.WrittenSpan);
        Release(line);
        return text;
    }

    /// <summary>
    /// Writes one record and a newline to <paramref name="output"/> as UTF-8, the bytes `dyad analyze` prints: no string
    /// between, which would cost a decoding, an encoding and twice the record's size in garbage.
    /// </summary>
    public static void WriteJsonLine(Stream output, Document document)
    {
        var line = Fill(document);
        line.Buffer.Write("\n"u8);
        output.Write(line.Buffer.WrittenSpan);
        Release(line);
    }

    /// <summary>The thread's line buffer holding the record of <paramref name="document"/>.</summary>
    private static PooledLine Fill(Document document)
    {
        // One buffer and writer a thread, kept between records: a record's buffer would otherwise grow afresh each time.
        var line = t_line ??= new PooledLine();
        line.Buffer.ResetWrittenCount();
        line.Json.Reset(line.Buffer);
        Write(line.Json, document);
        line.Json.Flush();
        return line;
    }

    private static void Release(PooledLine line)
    {
        if (line.Buffer.Capacity > PooledLine.MaximumKept) t_line = null; // a huge record's buffer is not kept
    }

    [ThreadStatic]
    private static PooledLine? t_line;

    private sealed class PooledLine
    {
        public const int MaximumKept = 1 << 20;
        public readonly ArrayBufferWriter<byte> Buffer = new(16 * 1024);
        public readonly Utf8JsonWriter Json;

        public PooledLine() => Json = new Utf8JsonWriter(Buffer, Options);
    }

    public static string BasisName(DateBasis basis) => basis switch
    {
        DateBasis.Manifest => "manifest",
        DateBasis.Metadata => "metadata",
        DateBasis.Header => "header",
        DateBasis.Content => "content",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, null),
    };

    public static string ReasonName(RemovalReason reason) => reason switch
    {
        RemovalReason.Boilerplate => "boilerplate",
        RemovalReason.Metadata => "metadata",
        RemovalReason.Duplicate => "duplicate",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    private static void WritePublished(Utf8JsonWriter json, PublicationDate? published)
    {
        if (published is null)
        {
            json.WriteNull(Names.Published);
            return;
        }
        json.WriteStartObject(Names.Published);
        json.WriteString(Names.Value, published.Date.ToString());
        json.WriteString(Names.Basis, BasisName(published.Basis));
        json.WriteEndObject();
    }

    private static void WriteRemoved(Utf8JsonWriter json, List<Removal> removed)
    {
        json.WriteStartArray(Names.Removed);
        // In text order; removals of one span keep the order they were made in.
        var sorted = new (Removal Removal, int Order)[removed.Count];
        for (var i = 0; i < sorted.Length; i++) sorted[i] = (removed[i], i);
        Array.Sort(sorted, static (a, b) => a.Removal.Span.Start != b.Removal.Span.Start ? a.Removal.Span.Start.CompareTo(b.Removal.Span.Start)
            : a.Removal.Span.End != b.Removal.Span.End ? a.Removal.Span.End.CompareTo(b.Removal.Span.End)
            : a.Order.CompareTo(b.Order));
        foreach (var (r, _) in sorted)
        {
            json.WriteStartObject();
            json.WriteNumber(Names.Start, r.Span.Start);
            json.WriteNumber(Names.End, r.Span.End);
            json.WriteString(Names.Reason, EncodedReasons[(int)r.Reason]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteEntities(Utf8JsonWriter json, List<Entity> entities)
    {
        json.WriteStartArray(Names.Entities);
        foreach (var entity in entities)
        {
            json.WriteStartObject();
            json.WriteString(Names.Id, entity.Id);
            json.WriteString(Names.Type, EncodedEntityTypes[(int)entity.Type]);
            json.WriteString(Names.Name, entity.Name);
            json.WriteStartArray(Names.Mentions);
            foreach (var mention in entity.Mentions)
            {
                json.WriteStartObject();
                json.WriteNumber(Names.Start, mention.Span.Start);
                json.WriteNumber(Names.End, mention.Span.End);
                json.WriteString(Names.Text, mention.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteTimexes(Utf8JsonWriter json, List<TimeExpression> timexes)
    {
        json.WriteStartArray(Names.Timexes);
        foreach (var t in timexes)
        {
            json.WriteStartObject();
            json.WriteNumber(Names.Start, t.Span.Start);
            json.WriteNumber(Names.End, t.Span.End);
            json.WriteString(Names.Text, t.Text);
            json.WriteString(Names.Type, t.TypeName);
            json.WriteString(Names.Value, t.Value.ToTimex());
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    internal static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    private static void WriteNullable(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    /// <summary>The schema's names of the removal reasons and entity types, encoded once, by the enum's value.</summary>
    private static readonly JsonEncodedText[] EncodedReasons = EncodeAll<RemovalReason>(ReasonName);
    private static readonly JsonEncodedText[] EncodedEntityTypes = EncodeAll<EntityType>(EntityTypeNames.ToSchemaName);

    private static JsonEncodedText[] EncodeAll<T>(Func<T, string> name) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var encoded = new JsonEncodedText[values.Max(v => Convert.ToInt32(v)) + 1];
        foreach (var value in values) encoded[Convert.ToInt32(value)] = JsonEncodedText.Encode(name(value), Options.Encoder);
        return encoded;
    }
}
