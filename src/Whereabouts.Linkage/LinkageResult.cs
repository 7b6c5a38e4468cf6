using Whereabouts.Linkage.Model;
using Whereabouts.Linkage.Records;

namespace Whereabouts.Linkage;

/// <summary>
/// The outcome of a run: the trained model, the predicted matches, and what it took. Any pair can
/// be explained field by field with <see cref="Explain"/>.
/// </summary>
public sealed class LinkageResult
{
    private readonly Linker.Run _run;

    internal LinkageResult(Linker.Run run, FellegiSunterModel model, IReadOnlyList<ScoredPair> matches, long candidatePairs, IReadOnlyList<string> skippedBlocks, IReadOnlyDictionary<string, TimeSpan> stages)
    {
        _run = run;
        Model = model;
        Matches = matches;
        CandidatePairs = candidatePairs;
        SkippedBlocks = skippedBlocks;
        Stages = stages;
        Elapsed = TimeSpan.FromTicks(stages.Values.Sum(t => t.Ticks));
    }

    /// <summary>The left table (the only one when deduplicating).</summary>
    public RecordTable Left => _run.Left;

    /// <summary>The right table (the left one when deduplicating).</summary>
    public RecordTable Right => _run.Right;

    /// <summary>The trained model.</summary>
    public FellegiSunterModel Model { get; }

    /// <summary>Pairs at or above the threshold, by decreasing probability.</summary>
    public IReadOnlyList<ScoredPair> Matches { get; }

    /// <summary>How many pairs blocking produced and the model compared.</summary>
    public long CandidatePairs { get; }

    /// <summary>Blocks left out because they were too large, described for the user.</summary>
    public IReadOnlyList<string> SkippedBlocks { get; }

    /// <summary>How long the run took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>How long each stage took: preparing, blocking, comparing, training, scoring.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Stages { get; }

    /// <summary>Scores and explains any two records, whether or not they were a candidate pair.</summary>
    public PairExplanation Explain(int left, int right) => _run.Explain(Model, left, right);

    /// <summary>Scores any two records, whether or not they were a candidate pair.</summary>
    public ScoredPair Score(int left, int right) => _run.ScorePair(Model, left, right);

    /// <summary>
    /// For a deduplication, the clusters of records that are one person (see <see cref="Clustering.Clusterer"/>):
    /// matched pairs join clusters only when every pair across them scores at least <paramref name="minimumLink"/>.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<int>> Clusters(double minimumLink = 0.5) =>
        Clustering.Clusterer.Cluster(Left.Count, Matches, (a, b) => Score(a, b).Probability, minimumLink);
}
