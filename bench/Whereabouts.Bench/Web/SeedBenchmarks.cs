using System.Globalization;

namespace Whereabouts.Bench.Web;

/// <summary>
/// Seeding alone: a fresh registry filled with the web benchmark's generated people (the same seed,
/// so the same people), timed, sized, and kept when asked, for a later <c>web --reuse</c>.
/// </summary>
internal static class SeedBenchmarks
{
    public const string Usage = "seed [--provider sqlite|postgres] [--people 100000] [--batch 5000] [--keep off|on] [--postgres <connection string>]";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (await WebBenchmarkOptions.ParseOrExplainAsync(args, Usage) is not { } options)
        {
            return 2;
        }

        foreach (var provider in options.Providers)
        {
            await using var bench = provider == "sqlite"
                ? BenchDatabase.CreateSqlite()
                : await BenchDatabase.CreatePostgresAsync(options.PostgresAdmin, cancellationToken);
            bench.Keep = options.Keep;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## seed, {provider}: {options.People:N0} people in batches of {options.Batch:N0}"));
            await WebBenchmarks.SeedAsync(provider, bench, options, cancellationToken);
        }

        return 0;
    }
}
