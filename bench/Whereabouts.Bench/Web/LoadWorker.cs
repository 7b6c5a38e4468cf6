namespace Whereabouts.Bench.Web;

/// <summary>One load worker's own state, so that workers share nothing while they run.</summary>
internal sealed class LoadWorker(Random random)
{
    public Random Random { get; } = random;

    public List<double> Latencies { get; } = new(capacity: 1 << 16);

    public long Errors { get; set; }

    public long Bytes { get; set; }

    public string? FirstError { get; set; }
}
