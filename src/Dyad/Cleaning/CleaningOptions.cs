namespace Dyad.Cleaning;

/// <summary>How cleaning reads a batch.</summary>
public sealed record CleaningOptions
{
    /// <summary>Line counts over the batch, when the caller has them; every rule works without.</summary>
    public LineRecurrence? Recurrence { get; init; }
}
