using Dyad.Documents;

namespace Dyad.Annotation.Time;

/// <summary>
/// A stretch of text where time rules may match. <paramref name="Core"/> holds every match; <paramref name="Span"/> adds
/// one chunk each side for rules whose lookarounds read past a match's chunks. <paramref name="Kinds"/> are the triggers it holds,
/// <paramref name="Cues"/> the cue words of its chunks (<see cref="CandidateWindows.CueOf"/>): what a rule's needs are checked against.
/// </summary>
internal readonly record struct CandidateWindow(TextSpan Span, TextSpan Core, TriggerKinds Kinds, ulong Cues = 0);
