using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Whereabouts.Bench.Web;

/// <summary>
/// Closed-loop load: a fixed number of workers, each sending its next request as soon as the last
/// one's body has been read, over kept-alive connections. Every latency is kept, so the
/// percentiles are exact rather than estimated from buckets.
/// </summary>
internal sealed class LoadRunner(HttpClient client, int concurrency)
{
    private const int ErrorExcerptLength = 400;

    /// <summary>Warms up, then measures one phase.</summary>
    /// <param name="provider">For the result.</param>
    /// <param name="phase">For the result.</param>
    /// <param name="nextPath">The next request path, given a worker's own random source.</param>
    /// <param name="warmUp">Load run first and not measured (JIT, connection pools, caches).</param>
    /// <param name="duration">The measured window.</param>
    /// <param name="server">The server, for its peak resident set and CPU time.</param>
    /// <param name="cancellationToken">Stops the load (Ctrl+C).</param>
    public async Task<PhaseResult> RunAsync(
        string provider,
        string phase,
        Func<Random, string> nextPath,
        TimeSpan warmUp,
        TimeSpan duration,
        WebServerProcess server,
        CancellationToken cancellationToken)
    {
        await RunWorkersAsync(nextPath, warmUp, seed: 1, cancellationToken);
        var cpu = CpuSample.Take(server.ProcessId);
        var clock = Stopwatch.StartNew();
        var workers = await RunWorkersAsync(nextPath, duration, seed: 1000, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuAfter = CpuSample.Take(server.ProcessId);

        var latencies = workers.SelectMany(w => w.Latencies).ToArray();
        Array.Sort(latencies);
        var requests = latencies.LongLength;
        var errors = workers.Sum(w => w.Errors);
        var bytes = workers.Sum(w => w.Bytes);
        var firstError = workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null);
        return new PhaseResult(
            provider,
            phase,
            requests,
            errors,
            seconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95),
            Percentile(latencies, 0.99),
            requests == 0 ? 0 : (double)bytes / requests,
            server.PeakWorkingSet(),
            cpuAfter.ServerMillisecondsPer(cpu, requests),
            cpuAfter.DatabaseMillisecondsPer(cpu, requests),
            cpuAfter.ClientShare(cpu),
            cpuAfter.OthersShare(cpu),
            firstError);
    }

    /// <summary>One request, for checking that an endpoint exists before loading it.</summary>
    public async Task<(int Status, string Excerpt)> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return ((int)response.StatusCode, Excerpt(body));
    }

    private async Task<LoadWorker[]> RunWorkersAsync(Func<Random, string> nextPath, TimeSpan duration, int seed, CancellationToken cancellationToken)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(i => new LoadWorker(new Random(seed + i))).ToArray();
        await Task.WhenAll(workers.Select(w => Task.Run(() => RunAsync(w, nextPath, end, cancellationToken), cancellationToken)));
        return workers;
    }

    private async Task RunAsync(LoadWorker worker, Func<Random, string> nextPath, long end, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (Stopwatch.GetTimestamp() < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = nextPath(worker.Random);
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                var excerpt = response.IsSuccessStatusCode ? null : new MemoryStream();
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    worker.Bytes += read;
                    if (excerpt is not null && excerpt.Length < ErrorExcerptLength)
                    {
                        excerpt.Write(buffer, 0, read);
                    }
                }

                worker.Latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (excerpt is not null)
                {
                    worker.Errors++;
                    worker.FirstError ??= string.Create(CultureInfo.InvariantCulture,
                        $"GET {path} -> {(int)response.StatusCode} {response.ReasonPhrase}: {Excerpt(Encoding.UTF8.GetString(excerpt.ToArray()))}");
                }
            }
            catch (HttpRequestException e)
            {
                worker.Latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                worker.Errors++;
                worker.FirstError ??= $"GET {path} failed: {e.Message}";
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                // The client's timeout, not Ctrl+C.
                worker.Latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                worker.Errors++;
                worker.FirstError ??= $"GET {path} timed out: {e.Message}";
            }
        }
    }

    // Nearest rank: the smallest latency with at least p of all latencies at or below it.
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string Excerpt(string body)
    {
        var flat = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= ErrorExcerptLength ? flat : flat[..ErrorExcerptLength] + "…";
    }
}
