using Dyad.Knowledge;

namespace Dyad.Annotation.Entities;

/// <summary>
/// Settles overlapping candidates: the longer name wins ("Johns Hopkins University" over "Hopkins
/// University"), then the better evidence (the knowledge base over a shape). Two may overlap only when
/// a country name stands inside a longer name of a body or programme: both are mentions.
/// </summary>
internal static class MentionResolver
{
    /// <summary>Settles the candidates in place: the list given back is <paramref name="candidates"/>, holding the accepted ones in text order.</summary>
    public static List<MentionCandidate> Resolve(List<MentionCandidate> candidates)
    {
        candidates.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        // The accepted are written over the candidates already read: a cluster keeps no more than it holds.
        var accepted = 0;
        var cluster = new List<MentionCandidate>();
        var kept = new List<MentionCandidate>();
        var clusterEnd = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Span.Start >= clusterEnd && cluster.Count > 0)
            {
                accepted = Settle(cluster, kept, candidates, accepted);
                cluster.Clear();
            }
            cluster.Add(c);
            clusterEnd = Math.Max(clusterEnd, c.Span.End);
        }
        accepted = Settle(cluster, kept, candidates, accepted);
        candidates.RemoveRange(accepted, candidates.Count - accepted);
        candidates.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        return candidates;
    }

    /// <summary>
    /// Greedy within one group of overlapping candidates: longest first, then best evidence, then earliest. Writes the kept
    /// ones to <paramref name="into"/> from <paramref name="at"/>; returns where the next are written.
    /// </summary>
    private static int Settle(List<MentionCandidate> cluster, List<MentionCandidate> kept, List<MentionCandidate> into, int at)
    {
        if (cluster.Count == 1)
        {
            into[at] = cluster[0];
            return at + 1;
        }
        cluster.Sort((a, b) =>
            a.Span.Length != b.Span.Length ? b.Span.Length.CompareTo(a.Span.Length)
            : a.Evidence != b.Evidence ? b.Evidence.CompareTo(a.Evidence)
            : a.Span.Start.CompareTo(b.Span.Start));
        kept.Clear();
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
        foreach (var k in kept) into[at++] = k;
        return at;
    }

    /// <summary>A country name strictly inside a longer name of a body or programme.</summary>
    private static bool MayNest(MentionCandidate outer, MentionCandidate inner) =>
        inner.Nestable && outer.Type is EntityType.Org or EntityType.Program
        && outer.Span.Contains(inner.Span) && outer.Span != inner.Span;
}
