namespace Whereabouts.Bench.Web;

/// <summary>The figures of one load phase against one provider.</summary>
/// <param name="Provider">sqlite or postgres.</param>
/// <param name="Phase">search or dossier.</param>
/// <param name="Requests">Requests completed in the measured window.</param>
/// <param name="Errors">Responses that were not 2xx, and requests that failed outright.</param>
/// <param name="Seconds">The measured window.</param>
/// <param name="P50">Median latency, ms.</param>
/// <param name="P95">95th percentile latency, ms.</param>
/// <param name="P99">99th percentile latency, ms.</param>
/// <param name="MeanBytes">Mean response body size.</param>
/// <param name="ServerPeakBytes">The server's peak resident set (VmHWM) after the phase.</param>
/// <param name="ServerCpuMsPerRequest">The server's CPU time (all threads) per request, ms.</param>
/// <param name="DatabaseCpuMsPerRequest">The PostgreSQL server's CPU time per request, ms (0 on SQLite).</param>
/// <param name="ClientShare">The share of the machine's CPU the bench's load workers used.</param>
/// <param name="OthersShare">The share of the machine's CPU other processes used; near 0 for a clean figure.</param>
/// <param name="FirstError">The first error's status and body excerpt, or null.</param>
/// <param name="Skipped">Why the phase did not run, or null when it ran.</param>
internal sealed record PhaseResult(
    string Provider,
    string Phase,
    long Requests,
    long Errors,
    double Seconds,
    double P50,
    double P95,
    double P99,
    double MeanBytes,
    long ServerPeakBytes,
    double ServerCpuMsPerRequest,
    double DatabaseCpuMsPerRequest,
    double ClientShare,
    double OthersShare,
    string? FirstError,
    string? Skipped = null)
{
    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;
}
