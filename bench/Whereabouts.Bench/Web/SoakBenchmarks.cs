using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Storage;

namespace Whereabouts.Bench.Web;

/// <summary>
/// A soak (issue 17, item 9): the web app in a second process on loopback, a seeded registry, and N
/// workers sending a mix of reads (searches, dossiers, the reports) and writes (fate assertions and
/// name spellings through the API) for a bounded time, 30 minutes by default. Each minute it prints
/// the requests, the errors (the aim: none), the server's resident set (the aim: flat) and the p95
/// latency of reads, reports and writes (the aim: stable). It stops by itself.
/// </summary>
/// <remarks>
/// Each worker writes only to its own share of the people, so two writes never race for one person
/// (which the API would rightly answer 409): an error here is the app's, not the load's. The fates
/// written are of credibility 5 (improbable), which the rules record and never refuse.
/// </remarks>
internal static class SoakBenchmarks
{
    public const string Usage =
        "soak [--minutes 30] [--concurrency 8] [--writes 10] [--provider sqlite|postgres] [--people 100000] [--bulk on|off] "
        + "[--postgres <connection string>] [--keep off|on] [--reuse <sqlite file | postgres connection string>]";

    private const int DataSeed = 2020;
    private const int QueryPoolSize = 5_000;

    private static readonly string[] Reads = ["search", "dossier"];
    private static readonly string[] Reports = ["still-held", "statistics", "dashboard"];
    private static readonly string[] Writes = ["fate", "name"];

    // A report after a write reads every history again; seconds at a million, not minutes.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var minutes = BenchmarkRunner.Option(args, "--minutes", 30);
        var writes = BenchmarkRunner.Option(args, "--writes", 10);
        if (minutes <= 0 || writes is < 0 or > 100)
        {
            await Console.Error.WriteLineAsync($"--minutes must be positive and --writes a percentage\nusage: {Usage}");
            return 2;
        }

        // One provider: the soak is about time, and SQLite is what a single-server registry runs.
        var webArgs = Array.IndexOf(args, "--provider") >= 0 ? args : [.. args, "--provider", "sqlite"];
        if (await WebBenchmarkOptions.ParseOrExplainAsync(webArgs, Usage) is not { } options || options.Providers.Count != 1)
        {
            return 2;
        }

        var provider = options.Reuse is { } reused
            ? DatabaseLocation.Parse(reused).Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres"
            : options.Providers[0];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"## soak: {provider}, {(options.Reuse is null ? $"{options.People:N0} people" : "a kept database")}, {options.Concurrency} workers, {writes} % writes, {minutes} minutes"));
        var publishFolder = Path.Combine(Path.GetTempPath(), "whereabouts-bench-soak-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Console.WriteLine("publishing src/Whereabouts.Web (Release)…");
            var dll = await WebServerProcess.PublishAsync(WebBenchmarks.RepositoryRoot(), publishFolder, cancellationToken);
            await using var bench = options.Reuse is { } reuse ? BenchDatabase.Reuse(reuse)
                : provider == "sqlite" ? BenchDatabase.CreateSqlite()
                : await BenchDatabase.CreatePostgresAsync(options.PostgresAdmin, cancellationToken);
            bench.Keep |= options.Keep;
            var seeded = options.Reuse is null
                ? await WebBenchmarks.SeedAsync(provider, bench, options, cancellationToken)
                : await WebBenchmarks.RegenerateAsync(provider, bench, cancellationToken);
            var key = await WebBenchmarks.CreateKeyAsync(bench.Location, "bench-soak-" + Guid.NewGuid().ToString("N")[..8], Roles.Caseworker, cancellationToken);
            Guid source;
            await using (var context = new WhereaboutsDatabase(bench.Location).CreateContext())
            {
                source = await context.Sources.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(cancellationToken);
            }

            await using var server = await WebServerProcess.StartAsync(dll, bench.Connection, null, null, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  web app pid {server.ProcessId} on {server.Address}, resident {server.WorkingSet() / (1024 * 1024):N0} MiB"));
            var load = new Load(server, key, seeded.People, source, writes, options.Concurrency);
            var figures = await load.RunAsync(TimeSpan.FromMinutes(minutes), cancellationToken);
            return Summarise(figures);
        }
        finally
        {
            if (Directory.Exists(publishFolder))
            {
                Directory.Delete(publishFolder, recursive: true);
            }
        }
    }

    private static int Summarise(List<(SoakMinute Minute, long WorkingSet)> figures)
    {
        Console.WriteLine();
        Console.WriteLine("| minute | requests | errors | p95 reads ms | p95 reports ms | p95 writes ms | p95 all ms | resident MiB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < figures.Count; i++)
        {
            var (m, workingSet) = figures[i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {i + 1} | {m.Count():N0} | {m.Errors:N0} | {m.P95(Reads):F1} | {m.P95(Reports):F1} | {m.P95(Writes):F1} | {m.P95():F1} | {workingSet / (1024 * 1024):N0} |"));
        }

        var errors = figures.Sum(f => f.Minute.Errors);
        var firstError = figures.Select(f => f.Minute.FirstError).FirstOrDefault(e => e is not null);

        // The first minute warms the app up (JIT, caches); flat and stable are judged after it.
        var settled = figures.Count > 2 ? figures.Skip(1).ToList() : figures;
        var memory = settled.Select(f => f.WorkingSet / (1024.0 * 1024)).ToList();
        var p95 = settled.Select(f => f.Minute.P95()).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"errors: {errors:N0}{(firstError is null ? string.Empty : $" (first: {firstError})")}; requests {figures.Sum(f => f.Minute.Count()):N0}"));
        if (memory.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"resident after the first minute: {memory[0]:N0} MiB, at the end {memory[^1]:N0} MiB, lowest {memory.Min():N0}, highest {memory.Max():N0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"p95 per minute after the first: lowest {p95.Min():F1} ms, median {p95.Order().ElementAt(p95.Count / 2):F1} ms, highest {p95.Max():F1} ms"));
        }

        return errors > 0 ? 1 : 0;
    }

    /// <summary>The workers and what they send.</summary>
    private sealed class Load(WebServerProcess server, string key, IReadOnlyList<SeededPerson> people, Guid source, int writePercent, int concurrency)
    {
        private readonly string[] _queries = Queries(people);
        private SoakMinute _minute = new();

        public async Task<List<(SoakMinute Minute, long WorkingSet)>> RunAsync(TimeSpan duration, CancellationToken cancellationToken)
        {
            using var handler = new SocketsHttpHandler
            {
                MaxConnectionsPerServer = concurrency,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                UseCookies = false,
                AllowAutoRedirect = false,
            };
            using var client = server.CreateClient(handler, RequestTimeout);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var clock = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, concurrency)
                .Select(i => Task.Run(() => WorkAsync(client, i, stop.Token), CancellationToken.None))
                .ToList();
            var figures = new List<(SoakMinute, long)>();
            try
            {
                while (clock.Elapsed < duration)
                {
                    var next = TimeSpan.FromMinutes(figures.Count + 1);
                    await Task.Delay(next < duration ? next - clock.Elapsed : duration - clock.Elapsed, cancellationToken);
                    var finished = Interlocked.Exchange(ref _minute, new SoakMinute());
                    var workingSet = server.WorkingSet();
                    figures.Add((finished, workingSet));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  minute {figures.Count}: {finished.Count():N0} requests ({finished.Count(Writes):N0} writes), {finished.Errors:N0} errors, p95 reads {finished.P95(Reads):F1} ms, reports {finished.P95(Reports):F1} ms, writes {finished.P95(Writes):F1} ms; resident {workingSet / (1024 * 1024):N0} MiB"));
                    if (finished.FirstError is not null)
                    {
                        Console.WriteLine($"    first error: {finished.FirstError}");
                    }
                }
            }
            finally
            {
                await stop.CancelAsync();
                await Task.WhenAll(workers);
            }

            return figures;
        }

        private async Task WorkAsync(HttpClient client, int worker, CancellationToken stop)
        {
            var random = new Random(DataSeed + worker);

            // This worker's own people to write to: no two workers change one person.
            var mine = Enumerable.Range(0, people.Count).Where(i => i % concurrency == worker).Select(i => people[i].Id).ToArray();
            var written = 0;
            while (!stop.IsCancellationRequested)
            {
                var (kind, request) = random.Next(100) < writePercent
                    ? Write(random, mine[random.Next(mine.Length)], worker, ++written)
                    : Read(random);
                using (request)
                {
                    await SendAsync(client, kind, request, stop);
                }
            }
        }

        private async Task SendAsync(HttpClient client, string kind, HttpRequestMessage request, CancellationToken stop)
        {
            var start = Stopwatch.GetTimestamp();
            string? error = null;
            try
            {
                using var response = await client.SendAsync(request, stop);
                var body = await response.Content.ReadAsStringAsync(stop);
                if (!response.IsSuccessStatusCode)
                {
                    error = string.Create(CultureInfo.InvariantCulture,
                        $"{request.Method} {request.RequestUri} -> {(int)response.StatusCode}: {(body.Length > 300 ? body[..300] : body)}");
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The soak's end: a request cut short is not counted.
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                error = $"{request.Method} {request.RequestUri} failed: {e.Message}";
            }

            Volatile.Read(ref _minute).Add(kind, Stopwatch.GetElapsedTime(start).TotalMilliseconds, error);
        }

        private (string Kind, HttpRequestMessage Request) Read(Random random)
        {
            var draw = random.Next(100);
            var (kind, path) = draw switch
            {
                < 50 => ("search", "/api/v1/persons?q=" + Uri.EscapeDataString(_queries[random.Next(_queries.Length)])),
                < 85 => ("dossier", string.Create(CultureInfo.InvariantCulture, $"/People/{people[random.Next(people.Count)].Id}")),
                < 92 => ("still-held", "/api/v1/reports/still-held?side=armenian"),
                < 97 => ("statistics", "/api/v1/public/statistics"),
                _ => ("dashboard", "/Dashboard"),
            };
            return (kind, new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)));
        }

        private (string Kind, HttpRequestMessage Request) Write(Random random, Guid person, int worker, int count)
        {
            if (random.Next(2) == 0)
            {
                return ("fate", new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/persons/{person}/fates", UriKind.Relative))
                {
                    Content = JsonContent.Create(new
                    {
                        status = "Missing",
                        asOf = "2021-06",
                        sourceId = source,
                        locator = string.Create(CultureInfo.InvariantCulture, $"soak worker {worker}, write {count}"),
                        credibility = "Improbable",
                        note = "Invented by the soak benchmark.",
                    }),
                });
            }

            return ("name", new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/persons/{person}/names", UriKind.Relative))
            {
                Content = JsonContent.Create(new
                {
                    givenName = "Aram",
                    familyName = "Soakyan" + (char)('a' + random.Next(26)) + (char)('a' + random.Next(26)),
                    sourceId = source,
                }),
            });
        }

        private static string[] Queries(IReadOnlyList<SeededPerson> people)
        {
            var random = new Random(DataSeed);
            return [.. Enumerable.Range(0, QueryPoolSize).Select(_ => BenchPeople.Query(people[random.Next(people.Count)], random))];
        }
    }
}
