using Dyad.Pipeline;

namespace Dyad.Cleaning;

/// <summary>The cleaning stages in their order: lines first (chrome and metadata), then repeated passages of what is left.</summary>
public static class CleaningStages
{
    public static IEnumerable<IDocumentStage> Create(CleaningOptions? options = null) =>
    [
        new LineCleaningStage(options),
        new DuplicatePassageStage(),
    ];
}
