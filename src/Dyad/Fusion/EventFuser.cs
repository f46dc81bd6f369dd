namespace Dyad.Fusion;

/// <summary>
/// Groups the mentions of one candidate group (one type, the same states) into events. Mentions are read in a
/// canonical order (<see cref="MentionFacts.CanonicalOrder"/>), so the result does not depend on the order the
/// documents arrived in. A mention joins the event whose every member it agrees with (<see cref="MentionComparison"/>)
/// and with which it shares most; when two events fit it equally well it stays apart rather than guess.
/// </summary>
public static class EventFuser
{
    public static List<FusionCluster> Cluster(IEnumerable<FusionMention> mentions)
    {
        var facts = mentions.Select(m => new MentionFacts(m)).ToList();
        facts.Sort(MentionFacts.CanonicalOrder);
        var clusters = new List<FusionCluster>();
        var byYear = new Dictionary<int, List<FusionCluster>>();
        var undated = new List<FusionCluster>(); // clusters none of whose members has a date
        var seen = new HashSet<FusionCluster>(ReferenceEqualityComparer.Instance);
        var candidates = new List<FusionCluster>();

        foreach (var mention in facts)
        {
            FusionCluster? best = null;
            var bestAffinity = 0.0;
            var tied = false;
            if (!mention.IsGeneric)
            {
                Candidates(mention, clusters, byYear, undated, seen, candidates);
                foreach (var cluster in candidates)
                {
                    if (cluster.Documents.Contains(mention.Mention.DocumentId)) continue;
                    if (Fits(mention, cluster) is not { } affinity) continue;
                    if (best is null || affinity > bestAffinity)
                    {
                        best = cluster;
                        bestAffinity = affinity;
                        tied = false;
                    }
                    else if (affinity == bestAffinity) tied = true;
                }
            }
            if (best is not null && !tied)
            {
                var wasUndated = best.Facts.TrueForAll(f => f.Event.Date is null);
                best.Add(mention, Reason(mention, best));
                Index(best, mention, byYear, undated, wasUndated);
                continue;
            }
            var created = new FusionCluster(mention, clusters.Count);
            if (tied) created.Members[0] = created.Members[0] with { Reason = "seed: it fits several events equally well, so it stays apart" };
            clusters.Add(created);
            Index(created, mention, byYear, undated, wasUndated: false);
            if (mention.Event.Date is null) undated.Add(created);
        }
        return clusters;
    }

    /// <summary>The clusters a mention could join: those with a date within a year of its own, and those without a date; all for an undated mention.</summary>
    private static void Candidates(MentionFacts mention, List<FusionCluster> clusters, Dictionary<int, List<FusionCluster>> byYear,
        List<FusionCluster> undated, HashSet<FusionCluster> seen, List<FusionCluster> candidates)
    {
        candidates.Clear();
        seen.Clear();
        if (mention.Event.Date is not { } date)
        {
            candidates.AddRange(clusters);
            return;
        }
        for (var year = date.Value.Year - 1; year <= date.Value.Year + 1; year++)
            if (byYear.TryGetValue(year, out var list))
                foreach (var c in list)
                    if (seen.Add(c)) candidates.Add(c);
        foreach (var c in undated)
            if (seen.Add(c)) candidates.Add(c);
        candidates.Sort((a, b) => a.Order.CompareTo(b.Order));
    }

    private static void Index(FusionCluster cluster, MentionFacts mention, Dictionary<int, List<FusionCluster>> byYear, List<FusionCluster> undated, bool wasUndated)
    {
        if (mention.Event.Date is not { } date) return;
        if (wasUndated) undated.Remove(cluster);
        if (!byYear.TryGetValue(date.Value.Year, out var list)) byYear[date.Value.Year] = list = [];
        if (list.Count == 0 || !ReferenceEquals(list[^1], cluster)) list.Add(cluster);
    }

    /// <summary>The mean affinity when the mention agrees with every member (complete link), else null.</summary>
    private static double? Fits(MentionFacts mention, FusionCluster cluster)
    {
        var total = 0;
        foreach (var member in cluster.Facts)
        {
            if (MentionComparison.Affinity(mention, member) is not { } affinity) return null;
            total += affinity;
        }
        return (double)total / cluster.Facts.Count;
    }

    /// <summary>Why a mention joined a cluster: what it shares with the seed. Worded only for the cluster it joins.</summary>
    private static string Reason(MentionFacts mention, FusionCluster cluster)
    {
        var seed = cluster.Facts[0];
        return $"agrees with {seed.Mention.Id}: {MentionComparison.Compare(mention, seed).Reason}";
    }

    /// <summary>
    /// Why the other events of a candidate group are not <paramref name="cluster"/>: the first rule that keeps a
    /// member of one from a member of the other; nearest in date first.
    /// </summary>
    public static List<KeptApart> Apart(FusionCluster cluster, IEnumerable<FusionCluster> others, int limit = 10)
    {
        var year = cluster.Facts.Select(f => f.Event.Date?.Value.Year).FirstOrDefault(y => y is not null);
        var apart = new List<(int Distance, KeptApart Why)>();
        foreach (var other in others)
        {
            if (ReferenceEquals(other, cluster)) continue;
            string? reason = null;
            foreach (var a in cluster.Facts)
            {
                foreach (var b in other.Facts)
                {
                    var verdict = MentionComparison.Compare(a, b);
                    if (verdict.Compatible) continue;
                    reason = $"{a.Mention.Id} and {b.Mention.Id}: {verdict.Reason}";
                    break;
                }
                if (reason is not null) break;
            }
            reason ??= "each could be the other, but a mention fits both events equally well or fits the other better";
            var otherYear = other.Facts.Select(f => f.Event.Date?.Value.Year).FirstOrDefault(y => y is not null);
            var distance = year is { } y1 && otherYear is { } y2 ? Math.Abs(y1 - y2) : 9999;
            apart.Add((distance, new KeptApart(other.EventId, reason)));
        }
        return apart.OrderBy(a => a.Distance).ThenBy(a => a.Why.EventId, StringComparer.Ordinal).Take(limit).Select(a => a.Why).ToList();
    }
}
