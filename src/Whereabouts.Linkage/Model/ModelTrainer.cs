namespace Whereabouts.Linkage.Model;

/// <summary>
/// Estimates a <see cref="FellegiSunterModel"/>: u from the level frequencies of random pairs
/// (almost all of which are non-matches), then m and λ by expectation-maximisation over the
/// candidate pairs' comparison patterns, with u held fixed.
/// </summary>
internal static class ModelTrainer
{
    private const double Floor = 1e-6;

    /// <summary>u-probabilities from level counts of random pairs; levels never seen get a small floor.</summary>
    public static double[][] EstimateU(long[][] levelCounts)
    {
        var u = new double[levelCounts.Length][];
        for (var f = 0; f < levelCounts.Length; f++)
        {
            var counts = levelCounts[f];
            long total = 0;
            for (var l = 1; l < counts.Length; l++)
            {
                total += counts[l];
            }

            u[f] = new double[counts.Length];
            for (var l = 1; l < counts.Length; l++)
            {
                u[f][l] = total == 0 ? 1.0 / (counts.Length - 1) : Math.Max(Floor, (double)counts[l] / total);
            }

            Normalise(u[f]);
        }

        return u;
    }

    /// <summary>
    /// m and λ by EM over pattern counts (a pattern packs one level per field in 4 bits), u fixed.
    /// Stops when no probability moves by more than 1e-7 or after 200 iterations.
    /// </summary>
    public static (double[][] M, double Lambda, int Iterations) EstimateM(IReadOnlyDictionary<long, long> patterns, int[] levelCounts, double[][] u, bool[]? ignored = null)
    {
        var fields = levelCounts.Length;
        var m = new double[fields][];
        for (var f = 0; f < fields; f++)
        {
            // Start from "matches mostly agree": the closest level most likely, each further level half as likely.
            m[f] = new double[levelCounts[f]];
            var share = 1.0;
            for (var l = 1; l < levelCounts[f]; l++)
            {
                share /= 2;
                m[f][l] = share;
            }

            Normalise(m[f]);
        }

        var items = patterns.Select(p => (Levels: Unpack(p.Key, fields), Count: (double)p.Value)).ToArray();
        var lambda = 0.1;
        var iteration = 0;
        for (; iteration < 200; iteration++)
        {
            var mNext = new double[fields][];
            for (var f = 0; f < fields; f++)
            {
                mNext[f] = new double[levelCounts[f]];
            }

            double matchMass = 0, totalMass = 0;
            foreach (var (levels, count) in items)
            {
                double logMatch = Math.Log(lambda), logNon = Math.Log(1 - lambda);
                for (var f = 0; f < fields; f++)
                {
                    var l = levels[f];
                    if (l == 0 || (ignored is not null && ignored[f]))
                    {
                        continue;
                    }

                    logMatch += Math.Log(m[f][l]);
                    logNon += Math.Log(u[f][l]);
                }

                var posterior = 1.0 / (1.0 + Math.Exp(logNon - logMatch));
                var mass = posterior * count;
                matchMass += mass;
                totalMass += count;
                for (var f = 0; f < fields; f++)
                {
                    if (levels[f] != 0)
                    {
                        mNext[f][levels[f]] += mass;
                    }
                }
            }

            var change = 0.0;
            for (var f = 0; f < fields; f++)
            {
                for (var l = 1; l < mNext[f].Length; l++)
                {
                    mNext[f][l] = Math.Max(Floor, mNext[f][l]);
                }

                Normalise(mNext[f]);
                for (var l = 1; l < mNext[f].Length; l++)
                {
                    change = Math.Max(change, Math.Abs(mNext[f][l] - m[f][l]));
                }
            }

            var lambdaNext = Math.Clamp(matchMass / Math.Max(1, totalMass), 1e-9, 1 - 1e-9);
            change = Math.Max(change, Math.Abs(lambdaNext - lambda));
            m = mNext;
            lambda = lambdaNext;
            if (change < 1e-7)
            {
                iteration++;
                break;
            }
        }

        return (m, lambda, iteration);
    }

    /// <summary>
    /// m by one EM session per blocking rule, as Splink does: in a rule's pairs the blocked fields
    /// agree by construction, for matches and non-matches alike, so they are ignored there and only
    /// the other fields' m are learned. A field's m is the mean over the sessions that did not block
    /// on it; a field blocked in every session keeps the estimate from all pairs.
    /// </summary>
    public static (double[][] M, int Iterations) EstimateMBySession(
        IReadOnlyList<IReadOnlyDictionary<long, long>> sessions, IReadOnlyList<bool[]> blocked, IReadOnlyDictionary<long, long> all, int[] levelCounts, double[][] u)
    {
        var fields = levelCounts.Length;
        var (fallback, _, iterations) = EstimateM(all, levelCounts, u);
        var sums = new double[fields][];
        var used = new int[fields];
        for (var f = 0; f < fields; f++)
        {
            sums[f] = new double[levelCounts[f]];
        }

        for (var s = 0; s < sessions.Count; s++)
        {
            if (sessions[s].Count == 0 || blocked[s].All(b => b))
            {
                continue;
            }

            var (m, _, sessionIterations) = EstimateM(sessions[s], levelCounts, u, blocked[s]);
            iterations += sessionIterations;
            for (var f = 0; f < fields; f++)
            {
                if (blocked[s][f])
                {
                    continue;
                }

                used[f]++;
                for (var l = 1; l < levelCounts[f]; l++)
                {
                    sums[f][l] += m[f][l];
                }
            }
        }

        var result = new double[fields][];
        for (var f = 0; f < fields; f++)
        {
            result[f] = used[f] == 0 ? fallback[f] : sums[f].Select(x => x / used[f]).ToArray();
        }

        return (result, iterations);
    }

    /// <summary>
    /// λ over all possible pairs, the prior of the model: the match probability of every candidate
    /// pair under the current λ, summed, over the number of all pairs, until it settles. Pairs that
    /// blocking never made are taken as non-matches.
    /// </summary>
    public static double EstimateGlobalLambda(IReadOnlyDictionary<long, long> patterns, double[][] m, double[][] u, double possiblePairs)
    {
        var fields = m.Length;
        var ratios = patterns.Select(p =>
        {
            var levels = Unpack(p.Key, fields);
            var logRatio = 0.0;
            for (var f = 0; f < fields; f++)
            {
                if (levels[f] != 0)
                {
                    logRatio += Math.Log(m[f][levels[f]] / u[f][levels[f]]);
                }
            }

            return (Ratio: Math.Exp(Math.Min(700, logRatio)), Count: (double)p.Value);
        }).ToArray();
        var lambda = 1e-4;
        for (var iteration = 0; iteration < 500; iteration++)
        {
            var expected = 0.0;
            foreach (var (ratio, count) in ratios)
            {
                expected += count * (lambda * ratio / ((lambda * ratio) + (1 - lambda)));
            }

            var next = Math.Clamp(expected / possiblePairs, 1e-12, 0.5);
            if (Math.Abs(next - lambda) < lambda * 1e-6)
            {
                return next;
            }

            lambda = next;
        }

        return lambda;
    }

    public static int[] Unpack(long pattern, int fields)
    {
        var levels = new int[fields];
        for (var f = 0; f < fields; f++)
        {
            levels[f] = (int)((pattern >> (4 * f)) & 0xF);
        }

        return levels;
    }

    private static void Normalise(double[] probabilities)
    {
        var sum = 0.0;
        for (var l = 1; l < probabilities.Length; l++)
        {
            sum += probabilities[l];
        }

        for (var l = 1; l < probabilities.Length; l++)
        {
            probabilities[l] /= sum;
        }
    }
}
