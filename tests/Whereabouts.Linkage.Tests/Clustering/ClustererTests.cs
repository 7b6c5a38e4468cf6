using Whereabouts.Linkage.Clustering;

namespace Whereabouts.Linkage.Tests.Clustering;

public sealed class ClustererTests
{
    [Fact]
    public void Cluster_ChainWhoseEndsAreDifferentPeople_DoesNotJoinTheEnds()
    {
        // 0 ~ 1 and 1 ~ 2 match, but 0 and 2 are plainly different: 1 joins the stronger side only.
        var scores = new Dictionary<(int, int), double> { [(0, 1)] = 0.99, [(1, 2)] = 0.95, [(0, 2)] = 0.01 };

        var clusters = Clusterer.Cluster(3, [Pair(0, 1, 0.99), Pair(1, 2, 0.95)], (a, b) => scores[(a, b)]);

        Assert.Equal([[0, 1]], clusters.Select(c => c.ToArray()));
    }

    [Fact]
    public void Cluster_ThreeRecordsThatAllMatch_AreOneCluster()
    {
        var clusters = Clusterer.Cluster(5, [Pair(3, 4, 0.97), Pair(0, 3, 0.99), Pair(0, 4, 0.9)], (_, _) => 0.9);

        Assert.Equal([[0, 3, 4]], clusters.Select(c => c.ToArray()));
    }

    [Fact]
    public void Cluster_TwoSeparatePairs_AreTwoClustersLargestFirst()
    {
        var clusters = Clusterer.Cluster(6, [Pair(4, 5, 0.99), Pair(0, 1, 0.99), Pair(1, 2, 0.99)], (_, _) => 0.99);

        Assert.Equal([[0, 1, 2], [4, 5]], clusters.Select(c => c.ToArray()));
    }

    private static ScoredPair Pair(int a, int b, double probability) => new(a, b, Math.Log2(probability / (1 - probability)), probability);
}
