using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application;
using Whereabouts.Application.Accounts;
using Whereabouts.Storage;

namespace Whereabouts.Bench.Web;

/// <summary>
/// Search and dossier requests under load (issue 3, point 7), and the reports over every fate history
/// (public statistics, still held, the dashboard as of a day, the timeline): for each provider, a fresh
/// registry seeded with generated people through the real write path, a Viewer account with an API
/// key, the web app in a second process on loopback, then each phase warmed up and measured, with
/// req/s, p50/p95/p99 and the server's peak resident set.
/// </summary>
internal static class WebBenchmarks
{
    private const int DataSeed = 2020;
    private const int QueryPoolSize = 5_000;
    private const double SearchP95AimMs = 50;
    private const double DossierAimPerSecond = 500;

    // A report over every history can take seconds before it is fast; a timeout would count it as an error.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(120);

    // A day inside the seeded histories (fates from 27 September 2020 to the end of 2021), when
    // many are held and many are still missing.
    private static readonly DateOnly ReportDay = new(2020, 12, 1);

    private static readonly DateOnly FirstSeededFate = new(2020, 9, 27);

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (await WebBenchmarkOptions.ParseOrExplainAsync(args, WebBenchmarkOptions.Usage) is not { } options)
        {
            return 2;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"## web: {(options.Reuse is null ? string.Create(CultureInfo.InvariantCulture, $"{options.People:N0} people, {string.Join(" and ", options.Providers)}") : "a kept database")}, {options.Concurrency} workers, {options.WarmUpSeconds} s warm-up + {options.Seconds} s per phase ({string.Join(", ", options.Phases)})"));
        var publishFolder = Path.Combine(Path.GetTempPath(), "whereabouts-bench-web-" + Guid.NewGuid().ToString("N")[..8]);
        var results = new List<PhaseResult>();
        try
        {
            var clock = Stopwatch.StartNew();
            Console.WriteLine("publishing src/Whereabouts.Web (Release)…");
            var dll = await WebServerProcess.PublishAsync(RepositoryRoot(), publishFolder, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  published in {clock.Elapsed.TotalSeconds:F1} s"));
            foreach (var provider in options.Reuse is { } reuse ? [DatabaseLocation.Parse(reuse).Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres"] : options.Providers)
            {
                results.AddRange(await RunProviderAsync(provider, options, dll, cancellationToken));
            }
        }
        finally
        {
            if (Directory.Exists(publishFolder))
            {
                Directory.Delete(publishFolder, recursive: true);
            }
        }

        PrintTable(results);
        return results.Any(r => r.Errors > 0 || r.Skipped is not null) ? 1 : 0;
    }

    private static async Task<List<PhaseResult>> RunProviderAsync(string provider, WebBenchmarkOptions options, string dll, CancellationToken cancellationToken)
    {
        await using var bench = options.Reuse is { } reuse ? BenchDatabase.Reuse(reuse)
            : provider == "sqlite" ? BenchDatabase.CreateSqlite()
            : await BenchDatabase.CreatePostgresAsync(options.PostgresAdmin, cancellationToken);
        bench.Keep |= options.Keep;
        var label = provider;
        var seeded = options.Reuse is null
            ? await SeedAsync(provider, bench, options, cancellationToken)
            : await RegenerateAsync(provider, bench, cancellationToken);

        // A reused database keeps the accounts of earlier runs: each run makes its own.
        var key = await CreateViewerKeyAsync(bench.Location, "bench-viewer-" + Guid.NewGuid().ToString("N")[..8], cancellationToken);
        var firstSearch = "/api/v1/persons?q=" + Uri.EscapeDataString(BenchPeople.Query(seeded.People[0], new Random(DataSeed)));
        await using var server = await WebServerProcess.StartAsync(dll, bench.Connection, firstSearch, key, cancellationToken);
        var started = server.Started;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  web app pid {server.ProcessId} on {server.Address}, from its process start: first answer to GET / after {started.FirstAnswer.TotalSeconds:F1} s, "
            + $"a search answered 200 after {started.FirstSearch?.TotalSeconds:F1} s, GET / answered 200 (public figures prepared) after {started.ReportsReady.TotalSeconds:F1} s; "
            + $"peak resident {server.PeakWorkingSet() / (1024 * 1024):N0} MiB"));

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            AllowAutoRedirect = false,
        };
        using var client = server.CreateClient(handler, RequestTimeout);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var runner = new LoadRunner(client, options.Concurrency);

        // The public statistics are asked for as the public asks: without a key.
        using var anonymousClient = server.CreateClient(handler, RequestTimeout);
        var anonymousRunner = new LoadRunner(anonymousClient, options.Concurrency);

        var people = seeded.People;
        var terms = SearchTerms(people);
        var queries = terms.Select(t => "/api/v1/persons?q=" + Uri.EscapeDataString(t)).ToArray();
        Console.WriteLine($"  searches like: {string.Join(" | ", terms.Take(8))}");
        var results = new List<PhaseResult>();
        foreach (var phase in options.Phases)
        {
            Func<Random, string> next = phase switch
            {
                "search" => random => queries[random.Next(queries.Length)],
                "dossier" => random => string.Create(CultureInfo.InvariantCulture, $"/People/{people[random.Next(people.Count)].Id}"),
                "statistics" => _ => "/api/v1/public/statistics",
                "statistics-asof" => random => string.Create(CultureInfo.InvariantCulture, $"/api/v1/public/statistics?asOf={AnyDayOfTheHistories(random):yyyy-MM-dd}"),
                // A page of today's list (the first 50 pages of 100), as a caseworker leafs through it.
                "still-held" => random => string.Create(CultureInfo.InvariantCulture, $"/api/v1/reports/still-held?side=Armenian&page={1 + random.Next(50)}"),

                // The first page of a day drawn from the histories' 800 each request: mostly a day not asked before (the list made anew).
                "still-held-asof" => random => string.Create(CultureInfo.InvariantCulture, $"/api/v1/reports/still-held?side=Armenian&asOf={AnyDayOfTheHistories(random):yyyy-MM-dd}"),

                // Four days as recorded in turn: more than the two the app keeps, so that most requests read every history again (the worst case).
                "still-held-recorded" => random => string.Create(
                    CultureInfo.InvariantCulture,
                    $"/api/v1/reports/still-held?side=Armenian&asOf={ReportDay:yyyy-MM-dd}&recordedOn={DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-random.Next(4)):yyyy-MM-dd}"),
                "dashboard-asof" => _ => string.Create(CultureInfo.InvariantCulture, $"/Dashboard?asOf={ReportDay:yyyy-MM-dd}"),
                "timeline" => _ => "/Reports",
                _ => _ => "/Dashboard",
            };
            var phaseRunner = phase is "statistics" or "statistics-asof" ? anonymousRunner : runner;
            var result = await RunPhaseAsync(phaseRunner, label, phase, next, options, server, cancellationToken);
            Print(result);
            results.Add(result);
        }

        return results;
    }

    /// <summary>
    /// For a reused database: counts its people and makes their summaries again from the seeded
    /// generator, so the load searches and opens the people the database holds.
    /// </summary>
    /// <summary>The pool of searches every search phase draws from, the same for the same people.</summary>
    internal static string[] SearchTerms(IReadOnlyList<SeededPerson> people)
    {
        var queryRandom = new Random(DataSeed);
        return [.. Enumerable.Range(0, QueryPoolSize).Select(_ => BenchPeople.Query(people[queryRandom.Next(people.Count)], queryRandom))];
    }

    internal static async Task<SeedResult> RegenerateAsync(string provider, BenchDatabase bench, CancellationToken cancellationToken)
    {
        Console.WriteLine($"### {provider}: reusing {bench.Location}");
        int count;
        await using (var context = new WhereaboutsDatabase(bench.Location).CreateContext())
        {
            count = await context.People.CountAsync(cancellationToken);
        }

        var seeded = RegistrySeeder.Regenerate(count, DataSeed);
        var size = await bench.SizeAsync(cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {count:N0} people with {seeded.FateAssertions:N0} fate assertions regenerated (not saved) in {seeded.Seconds:F1} s; database {size / (1024.0 * 1024):N0} MiB"));
        return seeded;
    }

    /// <summary>Migrates the bench's fresh database, seeds it, settles it and prints the seeding's rate and the database's size.</summary>
    public static async Task<SeedResult> SeedAsync(string provider, BenchDatabase bench, WebBenchmarkOptions options, CancellationToken cancellationToken)
    {
        Console.WriteLine($"### {provider}: {bench.Location}");
        var database = new WhereaboutsDatabase(bench.Location);
        var clock = Stopwatch.StartNew();
        await database.MigrateAsync(cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  migrated in {clock.Elapsed.TotalSeconds:F1} s"));

        var seeded = await RegistrySeeder.SeedAsync(database, options.People, options.Batch, DataSeed, options.Bulk, cancellationToken);
        // A bulk load leaves PostgreSQL's statistics and visibility map behind; autovacuum would
        // catch up within minutes, competing with the measured phases meanwhile. Settle it first,
        // so the phases measure the steady state a registry runs in.
        clock.Restart();
        await bench.SettleAsync(cancellationToken);
        if (provider != "sqlite")
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  VACUUM ANALYZE in {clock.Elapsed.TotalSeconds:F1} s"));
        }

        var size = await bench.SizeAsync(cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  seeding: {seeded.People.Count:N0} people with {seeded.FateAssertions:N0} fate assertions in {seeded.Seconds:F1} s = {seeded.People.Count / seeded.Seconds:N0} people/s; {seeded.CpuSeconds:F1} CPU s in the bench and PostgreSQL = {seeded.People.Count / Math.Max(0.01, seeded.CpuSeconds):N0} people per CPU-second; other processes took {seeded.OthersShare:P0} of the machine; database {size / (1024.0 * 1024):N0} MiB"));

        return seeded;
    }

    private static async Task<PhaseResult> RunPhaseAsync(
        LoadRunner runner,
        string provider,
        string phase,
        Func<Random, string> next,
        WebBenchmarkOptions options,
        WebServerProcess server,
        CancellationToken cancellationToken)
    {
        // One request first: a missing endpoint is reported as such instead of as thousands of errors.
        var probePath = next(new Random(0));
        var (status, excerpt) = await runner.ProbeAsync(probePath, cancellationToken);
        if (status is < 200 or > 299)
        {
            var reason = $"GET {probePath} -> {status}: {excerpt}";
            return new PhaseResult(provider, phase, 0, 0, 0, 0, 0, 0, 0, server.PeakWorkingSet(), 0, 0, 0, 0, reason, status == 404 ? "404, the endpoint is not there yet" : $"answered {status}");
        }

        return await runner.RunAsync(
            provider,
            phase,
            next,
            TimeSpan.FromSeconds(options.WarmUpSeconds),
            TimeSpan.FromSeconds(options.Seconds),
            server,
            cancellationToken);
    }

    // A different day on almost every request, as someone walking the public figures day by day
    // would ask; no cache of recent answers can hold them all.
    private static DateOnly AnyDayOfTheHistories(Random random) => FirstSeededFate.AddDays(random.Next(800));

    /// <summary>A Viewer account with an API key, created through the application's own services.</summary>
    internal static Task<string> CreateViewerKeyAsync(DatabaseLocation location, string userName, CancellationToken cancellationToken) =>
        CreateKeyAsync(location, userName, Roles.Viewer, cancellationToken);

    /// <summary>An account with <paramref name="role"/> and an API key, created through the application's own services.</summary>
    internal static async Task<string> CreateKeyAsync(DatabaseLocation location, string userName, string role, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWhereaboutsRegistry(location);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var created = await accounts.CreateAsync(userName, role, withApiKey: true, cancellationToken);
        return created.ApiKey ?? throw new InvalidOperationException("the account was created without an API key");
    }

    private static void Print(PhaseResult result)
    {
        if (result.Skipped is not null)
        {
            Console.WriteLine($"  {result.Phase}: skipped ({result.Skipped}): {result.FirstError}");
            return;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {result.Phase}: {result.Requests:N0} requests, {result.Errors:N0} errors, {Rate(result.RequestsPerSecond)} req/s, p50 {result.P50:F1} ms, p95 {result.P95:F1} ms, p99 {result.P99:F1} ms, server peak {result.ServerPeakBytes / (1024 * 1024):N0} MiB, CPU per request {result.ServerCpuMsPerRequest:F2} ms in the app and {result.DatabaseCpuMsPerRequest:F2} ms in PostgreSQL, CPU share of the bench client {result.ClientShare:P0} and of other processes {result.OthersShare:P0}"));
        if (result.FirstError is not null)
        {
            Console.WriteLine($"    first error: {result.FirstError}");
        }
    }

    // A report that takes seconds runs well under one request a second: keep its decimals.
    private static string Rate(double perSecond) =>
        perSecond.ToString(perSecond < 100 ? "N2" : "N0", CultureInfo.InvariantCulture);

    private static void PrintTable(List<PhaseResult> results)
    {
        Console.WriteLine();
        Console.WriteLine("| provider | phase | requests | errors | req/s | p50 ms | p95 ms | p99 ms | mean body KiB | server peak MiB | app CPU ms/req | PostgreSQL CPU ms/req | others' CPU |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(r.Skipped is not null
                ? $"| {r.Provider} | {r.Phase} | skipped: {r.Skipped} | | | | | | | | | | |"
                : string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Provider} | {r.Phase} | {r.Requests:N0} | {r.Errors:N0} | {Rate(r.RequestsPerSecond)} | {r.P50:F1} | {r.P95:F1} | {r.P99:F1} | {r.MeanBytes / 1024:F1} | {r.ServerPeakBytes / (1024 * 1024):N0} | {r.ServerCpuMsPerRequest:F2} | {r.DatabaseCpuMsPerRequest:F2} | {r.OthersShare:P0} |"));
        }

        foreach (var r in results.Where(r => r.Skipped is null))
        {
            var aim = r.Phase switch
            {
                "search" => string.Create(CultureInfo.InvariantCulture, $"search p95 < {SearchP95AimMs} ms: {(r.P95 < SearchP95AimMs ? "met" : "NOT met")} ({r.P95:F1} ms)"),
                "dossier" => string.Create(CultureInfo.InvariantCulture, $"dossier >= {DossierAimPerSecond} pages/s: {(r.RequestsPerSecond >= DossierAimPerSecond ? "met" : "NOT met")} ({r.RequestsPerSecond:N0}/s)"),
                _ => null,
            };
            if (aim is not null)
            {
                Console.WriteLine($"aim, {r.Provider}: {aim}");
            }
        }
    }

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Whereabouts.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("cannot find Whereabouts.slnx above " + AppContext.BaseDirectory);
    }
}
