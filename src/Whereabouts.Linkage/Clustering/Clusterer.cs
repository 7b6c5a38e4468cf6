namespace Whereabouts.Linkage.Clustering;

/// <summary>
/// Groups the records of a deduplication into clusters, one per person, without chaining: taking
/// matched pairs from the most to the least probable, two clusters are joined only when every pair
/// across them scores at least the minimum link. So when A matches B and B matches C but A and C
/// are plainly different people (namesakes who share a relative's record), A and C stay apart.
/// </summary>
public static class Clusterer
{
    /// <summary>Clusters records 0…<paramref name="count"/>−1.</summary>
    /// <param name="count">How many records there are.</param>
    /// <param name="matches">Matched pairs; taken in order of decreasing probability.</param>
    /// <param name="probability">Scores any two records (for pairs across clusters that blocking never compared).</param>
    /// <param name="minimumLink">Every pair across two clusters must score at least this for them to be joined.</param>
    /// <returns>The clusters of two or more records, each sorted, largest first; singletons are left out.</returns>
    public static IReadOnlyList<IReadOnlyList<int>> Cluster(int count, IEnumerable<ScoredPair> matches, Func<int, int, double> probability, double minimumLink = 0.5)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(probability);
        var clusterOf = new int[count];
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < count; i++)
        {
            clusterOf[i] = i;
        }

        List<int> MembersOf(int cluster) =>
            members.TryGetValue(cluster, out var list) ? list : [cluster];

        foreach (var pair in matches.OrderByDescending(p => p.Probability).ThenBy(p => p.Left).ThenBy(p => p.Right))
        {
            int a = clusterOf[pair.Left], b = clusterOf[pair.Right];
            if (a == b)
            {
                continue;
            }

            var left = MembersOf(a);
            var right = MembersOf(b);
            if (!AllLinked(left, right, probability, minimumLink))
            {
                continue;
            }

            // Keep the larger cluster's number; move the smaller one's members.
            var (keep, move) = left.Count >= right.Count ? (a, b) : (b, a);
            var kept = MembersOf(keep);
            var moved = MembersOf(move);
            var merged = new List<int>(kept.Count + moved.Count);
            merged.AddRange(kept);
            merged.AddRange(moved);
            foreach (var record in moved)
            {
                clusterOf[record] = keep;
            }

            members[keep] = merged;
            members.Remove(move);
        }

        return members.Values
            .Select(list => (IReadOnlyList<int>)list.Order().ToList())
            .OrderByDescending(list => list.Count)
            .ThenBy(list => list[0])
            .ToList();
    }

    private static bool AllLinked(List<int> left, List<int> right, Func<int, int, double> probability, double minimumLink)
    {
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                if (probability(Math.Min(a, b), Math.Max(a, b)) < minimumLink)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
