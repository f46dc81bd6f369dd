using Dyad.Knowledge;

namespace Dyad.Annotation.Entities;

/// <summary>
/// Settles overlapping candidates: the longer name wins ("Johns Hopkins University" over "Hopkins
/// University"), then the better evidence (the knowledge base over a shape). Two may overlap only when
/// a country name stands inside a longer name of a body or programme: both are mentions.
/// </summary>
internal static class MentionResolver
{
    public static List<MentionCandidate> Resolve(List<MentionCandidate> candidates)
    {
        candidates.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        var accepted = new List<MentionCandidate>(candidates.Count);
        var cluster = new List<MentionCandidate>();
        var clusterEnd = -1;
        foreach (var c in candidates)
        {
            if (c.Span.Start >= clusterEnd && cluster.Count > 0)
            {
                Settle(cluster, accepted);
                cluster.Clear();
            }
            cluster.Add(c);
            clusterEnd = Math.Max(clusterEnd, c.Span.End);
        }
        Settle(cluster, accepted);
        accepted.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        return accepted;
    }

    /// <summary>Greedy within one group of overlapping candidates: longest first, then best evidence, then earliest.</summary>
    private static void Settle(List<MentionCandidate> cluster, List<MentionCandidate> accepted)
    {
        if (cluster.Count == 1)
        {
            accepted.Add(cluster[0]);
            return;
        }
        cluster.Sort((a, b) =>
            a.Span.Length != b.Span.Length ? b.Span.Length.CompareTo(a.Span.Length)
            : a.Evidence != b.Evidence ? b.Evidence.CompareTo(a.Evidence)
            : a.Span.Start.CompareTo(b.Span.Start));
        var kept = new List<MentionCandidate>(cluster.Count);
        foreach (var c in cluster)
        {
            var fits = true;
            foreach (var k in kept)
            {
                if (!k.Span.Overlaps(c.Span) || MayNest(k, c)) continue;
                fits = false;
                break;
            }
            if (fits) kept.Add(c);
        }
        accepted.AddRange(kept);
    }

    /// <summary>A country name strictly inside a longer name of a body or programme.</summary>
    private static bool MayNest(MentionCandidate outer, MentionCandidate inner) =>
        inner.Nestable && outer.Type is EntityType.Org or EntityType.Program
        && outer.Span.Contains(inner.Span) && outer.Span != inner.Span;
}
