namespace Whereabouts.Bench.Web;

/// <summary>
/// What the soak's workers did in one minute: every latency by kind of request, and the errors.
/// Workers add to it at once, under its lock; the minute's figures are read after it is closed.
/// </summary>
internal sealed class SoakMinute
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<double>> _latencies = new(StringComparer.Ordinal);

    public long Errors { get; private set; }

    public string? FirstError { get; private set; }

    public void Add(string kind, double milliseconds, string? error)
    {
        lock (_gate)
        {
            if (!_latencies.TryGetValue(kind, out var list))
            {
                _latencies[kind] = list = [];
            }

            list.Add(milliseconds);
            if (error is not null)
            {
                Errors++;
                FirstError ??= error;
            }
        }
    }

    /// <summary>Requests of <paramref name="kinds"/> (all when none are named).</summary>
    public int Count(params string[] kinds) => Latencies(kinds).Length;

    /// <summary>The 95th percentile latency of <paramref name="kinds"/> (all when none are named), nearest rank; 0 when there were none.</summary>
    public double P95(params string[] kinds)
    {
        var sorted = Latencies(kinds);
        Array.Sort(sorted);
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(0.95 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private double[] Latencies(string[] kinds)
    {
        lock (_gate)
        {
            return [.. _latencies.Where(k => kinds.Length == 0 || kinds.Contains(k.Key, StringComparer.Ordinal)).SelectMany(k => k.Value)];
        }
    }
}
