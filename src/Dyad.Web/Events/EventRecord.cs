using System.Text.Json.Serialization;

namespace Dyad.Web.Events;

/// <summary>
/// An event as the web shows and serves it: the event record of output-schema.md (same field names in JSON),
/// plus <see cref="Review"/>, what people decided about it. Immutable; reviews make changed copies.
/// </summary>
public sealed record EventRecord
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string Status { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public string? Source { get; init; }
    public string? Target { get; init; }
    public EventDateValue? Date { get; init; }
    public string? Name { get; init; }
    public int? Round { get; init; }
    public string? Location { get; init; }
    public IReadOnlyList<EquipmentItem> Equipment { get; init; } = [];
    public IReadOnlyList<Participant> Participants { get; init; } = [];
    public EventCodeValues? Codes { get; init; }
    public double Confidence { get; init; }
    public IReadOnlyList<FieldConflict> Conflicts { get; init; } = [];
    public IReadOnlyList<EvidenceSpan> Evidence { get; init; } = [];

    /// <summary>Independent sources that report the event (copies of one report counted once); null for a single document's event.</summary>
    [JsonPropertyName("source_count")]
    public int? SourceCount { get; init; }

    /// <summary>Documents that report the event.</summary>
    [JsonPropertyName("document_count")]
    public int? DocumentCount { get; init; }

    /// <summary>Null until someone reviews the event (or merges or splits it).</summary>
    public ReviewSummary? Review { get; init; }

    /// <summary>"PAK-RUS": the pair of states, sorted, when the event has exactly two; null otherwise.</summary>
    public string? Pair => Countries.Count == 2 ? string.Join('-', Countries.Order(StringComparer.Ordinal)) : null;

    /// <summary>Dates sort as text (ISO); undated events sort after every date.</summary>
    [JsonIgnore]
    public string SortDate => Date?.Value ?? "~";
}

public sealed record EventDateValue(string Value, string? Text);

public sealed record EquipmentItem(string Id, string Name, int? Quantity);

public sealed record Participant(string Name, string? Role, string? Country);

public sealed record EventCodeValues(string? Cameo, string? Plover);

public sealed record FieldConflict(string Field, IReadOnlyList<string> Values);

/// <summary>A span of a document that reports the event; offsets into the document's original text.</summary>
public sealed record EvidenceSpan(string Source, string Doc, int Start, int End, string Text)
{
    /// <summary>Stable across re-ingestion: the document id is its content's, the offsets are into its text.</summary>
    public string Key => $"{Doc}:{Start}-{End}";
}

/// <summary>What people decided about an event: the verdict, the fields they set (with the machine's values), merges and splits.</summary>
public sealed record ReviewSummary(
    string? Verdict,
    IReadOnlyDictionary<string, FieldEdit> Edits,
    IReadOnlyList<string> MergedFrom,
    string? SplitFrom,
    string? LastBy,
    DateTimeOffset? LastAt);

/// <summary>A field a reviewer set, and what the machine had said.</summary>
public sealed record FieldEdit(string? Value, string? MachineValue);
