using System.Diagnostics;
using Dyad.Documents;

namespace Dyad.Pipeline;

/// <summary>The stages a document passes through, in order; built in one place so the flow reads in one screen.</summary>
public sealed class DocumentPipeline
{
    private readonly IDocumentStage[] _stages;

    public DocumentPipeline(IEnumerable<IDocumentStage> stages) => _stages = stages.ToArray();

    public IReadOnlyList<IDocumentStage> Stages => _stages;

    /// <summary>The stage names in order, for a profile that times them.</summary>
    public IEnumerable<string> StageNames => _stages.Select(s => s.Name);

    public Document Process(Document document)
    {
        foreach (var stage in _stages)
            stage.Process(document);
        return document;
    }

    /// <summary>Processes a document, adding the time each stage took to <paramref name="profile"/> (for `dyad bench`).</summary>
    public Document Process(Document document, StageProfile? profile) => profile is null ? Process(document) : ProcessTimed(document, profile);

    private Document ProcessTimed(Document document, StageProfile profile)
    {
        foreach (var stage in _stages)
        {
            var start = Stopwatch.GetTimestamp();
            stage.Process(document);
            profile.Add(stage.Name, Stopwatch.GetTimestamp() - start);
        }
        profile.AddDocument(document.Text.Length);
        return document;
    }
}
