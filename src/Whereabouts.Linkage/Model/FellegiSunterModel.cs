namespace Whereabouts.Linkage.Model;

/// <summary>
/// A trained Fellegi–Sunter model: for every field and comparison level, m (how often true matches
/// show that level) and u (how often non-matches do), and λ, the probability that two records
/// drawn at random are a match. The match weight of a level is log2(m/u): positive evidence for a match, negative against.
/// </summary>
public sealed class FellegiSunterModel
{
    internal FellegiSunterModel(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<string>> levels, double[][] m, double[][] u, double lambda, int iterations)
    {
        Fields = fields;
        Levels = levels;
        M = m;
        U = u;
        Lambda = lambda;
        Iterations = iterations;
        Weights = new double[m.Length][];
        for (var f = 0; f < m.Length; f++)
        {
            Weights[f] = new double[m[f].Length];
            for (var l = 1; l < m[f].Length; l++)
            {
                Weights[f][l] = Math.Log2(m[f][l] / u[f][l]);
            }
        }
    }

    /// <summary>The field names.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The level names of each field; level 0 is "missing" and weighs nothing.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Levels { get; }

    /// <summary>m-probabilities by field and level, estimated by expectation-maximisation without labels.</summary>
    public IReadOnlyList<IReadOnlyList<double>> MProbabilities => M;

    /// <summary>u-probabilities by field and level, estimated from random pairs.</summary>
    public IReadOnlyList<IReadOnlyList<double>> UProbabilities => U;

    /// <summary>The estimated probability that two records drawn at random are a match (over all pairs, not only candidates).</summary>
    public double Lambda { get; }

    /// <summary>The prior match weight, log2(λ / (1 − λ)), that every pair starts from.</summary>
    public double PriorWeight => Math.Log2(Lambda / (1 - Lambda));

    /// <summary>How many EM iterations training took.</summary>
    public int Iterations { get; }

    internal double[][] M { get; }

    internal double[][] U { get; }

    internal double[][] Weights { get; }

    /// <summary>The probability for a match weight: 2^w / (1 + 2^w).</summary>
    public static double Probability(double weight) => 1.0 / (1.0 + Math.Pow(2, -weight));
}
