namespace Dyad.Fusion;

/// <summary>
/// Documents that are copies of one report: the same article under several outlets, or near-identical texts
/// (<see cref="TextSketch"/> similarity at least <see cref="Threshold"/>). Each group counts as one source when
/// sources are counted and when they vote on a disputed value. A group is named by its smallest document id.
/// </summary>
public sealed class SyndicationGroups
{
    public const double Threshold = 0.8;

    private readonly Dictionary<string, string> _group;

    private SyndicationGroups(Dictionary<string, string> group) => _group = group;

    /// <summary>Every document its own source.</summary>
    public static SyndicationGroups None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Groups documents by their sketches; a document without one is its own group.</summary>
    public static SyndicationGroups From(IReadOnlyDictionary<string, byte[]> sketches)
    {
        var ids = sketches.Keys.Order(StringComparer.Ordinal).ToList();
        var parent = ids.ToDictionary(id => id, id => id, StringComparer.Ordinal);
        string Root(string id)
        {
            while (parent[id] != id) id = parent[id] = parent[parent[id]];
            return id;
        }
        for (var i = 0; i < ids.Count; i++)
            for (var j = i + 1; j < ids.Count; j++)
                if (TextSketch.Similarity(sketches[ids[i]], sketches[ids[j]]) >= Threshold)
                {
                    var a = Root(ids[i]);
                    var b = Root(ids[j]);
                    if (a != b) parent[string.CompareOrdinal(a, b) < 0 ? b : a] = string.CompareOrdinal(a, b) < 0 ? a : b;
                }
        return new SyndicationGroups(ids.ToDictionary(id => id, Root, StringComparer.Ordinal));
    }

    /// <summary>The group a document belongs to: the smallest id among its copies.</summary>
    public string GroupOf(string documentId) => _group.GetValueOrDefault(documentId, documentId);
}
