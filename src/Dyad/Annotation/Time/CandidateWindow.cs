using Dyad.Documents;

namespace Dyad.Annotation.Time;

/// <summary>A stretch of text where time rules may match, and the kinds of trigger it holds.</summary>
internal readonly record struct CandidateWindow(TextSpan Span, TriggerKinds Kinds);
