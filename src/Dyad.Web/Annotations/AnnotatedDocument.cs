using Dyad.Storage;
using Dyad.Web.Events;

namespace Dyad.Web.Annotations;

/// <summary>A stored document with what the stages found in it, every span an offset into its original text.</summary>
public sealed record AnnotatedDocument(
    StoredDocument Document,
    IReadOnlyList<EntityAnnotation> Entities,
    IReadOnlyList<TimexAnnotation> Timexes,
    IReadOnlyList<EventRecord> Events);

public sealed record EntityAnnotation(string Id, string Type, string Name, IReadOnlyList<MentionSpan> Mentions);

public sealed record MentionSpan(int Start, int End, string Text);

public sealed record TimexAnnotation(int Start, int End, string Text, string Type, string Value);
