namespace Whereabouts.Bench.Web;

/// <summary>The <c>web</c> verb's options.</summary>
/// <param name="Providers">sqlite, postgres or both, in that order.</param>
/// <param name="People">People to seed.</param>
/// <param name="Batch">People per save while seeding.</param>
/// <param name="Seconds">The measured window of each phase.</param>
/// <param name="Concurrency">Load workers (and connections).</param>
/// <param name="WarmUpSeconds">Unmeasured load before each phase.</param>
/// <param name="Phases">search, dossier, dashboard (a page that exists from the start, for trying the harness), and the
/// report phases: statistics, statistics-asof, still-held (a page of today's list), still-held-asof (a page of another
/// day's list each request), dashboard-asof, timeline (<c>reports</c> names all six).</param>
/// <param name="PostgresAdmin">A PostgreSQL connection where the bench may create and drop databases.</param>
/// <param name="Keep">Keep the seeded database for looking into afterwards (query plans) instead of deleting it.</param>
/// <param name="Bulk">Seed through the bulk save (<c>SaveChangesInBulkAsync</c>) rather than the normal one.</param>
/// <param name="Reuse">A database seeded by an earlier run with <c>--keep on</c> (a SQLite file or a PostgreSQL
/// connection string) to measure again without migrating or seeding; null for a fresh one.</param>
internal sealed record WebBenchmarkOptions(
    IReadOnlyList<string> Providers,
    int People,
    int Batch,
    int Seconds,
    int Concurrency,
    int WarmUpSeconds,
    IReadOnlyList<string> Phases,
    string PostgresAdmin,
    bool Keep,
    bool Bulk,
    string? Reuse)
{
    public const string Usage =
        "web [--provider sqlite|postgres|both] [--people 100000] [--batch 5000] [--bulk on|off] [--seconds 20] [--concurrency 8] [--warmup 3] "
        + "[--phases search,dossier[,dashboard][,reports|statistics,statistics-asof,still-held,still-held-asof,dashboard-asof,timeline][,still-held-recorded]] "
        + "[--postgres <connection string>] [--keep off|on] [--reuse <sqlite file | postgres connection string>]";

    /// <summary>The phases that time the report use cases, in the order <c>--phases reports</c> runs them.</summary>
    public static IReadOnlyList<string> ReportPhases { get; } = ["statistics", "statistics-asof", "still-held", "still-held-asof", "dashboard-asof", "timeline"];

    private static readonly string[] KnownPhases = ["search", "dossier", "dashboard", "still-held-recorded", .. ReportPhases];

    // The local server the README documents; WHEREABOUTS_TEST_POSTGRES names another one.
    private const string LocalPostgres = "Host=127.0.0.1;Port=5432;Username=whereabouts;Password=whereabouts;Database=postgres";

    /// <summary>The options, or null having printed what is wrong and <paramref name="usage"/>.</summary>
    public static async Task<WebBenchmarkOptions?> ParseOrExplainAsync(string[] args, string usage)
    {
        try
        {
            return Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\nusage: {usage}");
            return null;
        }
    }

    /// <exception cref="ArgumentException">An option has a value it cannot take.</exception>
    public static WebBenchmarkOptions Parse(string[] args)
    {
        var provider = BenchmarkRunner.Option(args, "--provider", "both");
        IReadOnlyList<string> providers = provider switch
        {
            "sqlite" => ["sqlite"],
            "postgres" => ["postgres"],
            "both" => ["sqlite", "postgres"],
            _ => throw new ArgumentException($"--provider must be sqlite, postgres or both, not '{provider}'"),
        };
        var phases = BenchmarkRunner.Option(args, "--phases", "search,dossier").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(p => p == "reports" ? ReportPhases : [p])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var unknown = phases.FirstOrDefault(p => !KnownPhases.Contains(p, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw new ArgumentException($"unknown phase '{unknown}'; known: {string.Join(", ", KnownPhases)}, and reports for the last five");
        }

        var keep = OnOff(args, "--keep");
        var postgres = BenchmarkRunner.Option(args, "--postgres", Environment.GetEnvironmentVariable("WHEREABOUTS_TEST_POSTGRES") ?? LocalPostgres);
        return new WebBenchmarkOptions(
            providers,
            Positive(BenchmarkRunner.Option(args, "--people", 100_000), "--people"),
            Positive(BenchmarkRunner.Option(args, "--batch", 5_000), "--batch"),
            Positive(BenchmarkRunner.Option(args, "--seconds", 20), "--seconds"),
            Positive(BenchmarkRunner.Option(args, "--concurrency", 8), "--concurrency"),
            Math.Max(0, BenchmarkRunner.Option(args, "--warmup", 3)),
            phases,
            postgres,
            keep,
            OnOff(args, "--bulk", "on"),
            BenchmarkRunner.Option(args, "--reuse", string.Empty) is { Length: > 0 } reuse ? reuse : null);
    }

    private static bool OnOff(string[] args, string name, string fallback = "off") => BenchmarkRunner.Option(args, name, fallback) switch
    {
        "off" => false,
        "on" => true,
        var other => throw new ArgumentException($"{name} must be off or on, not '{other}'"),
    };

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentException($"{name} must be a positive number");
}
