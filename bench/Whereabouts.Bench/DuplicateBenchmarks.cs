using System.Globalization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Identities;
using Whereabouts.Bench.Web;
using Whereabouts.Storage;

namespace Whereabouts.Bench;

/// <summary>
/// The duplicate search (<c>whereabouts duplicates find</c>) over a registry of generated people in
/// a fresh SQLite file, seeded through the real write path as the web suite seeds it: the time to
/// load the registry, run the engine over it and save the proposed pairs, then a second run that
/// must propose nothing new.
/// </summary>
internal static class DuplicateBenchmarks
{
    private const int DataSeed = 2020;

    public static async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var people = BenchmarkRunner.Option(args, "--people", 100_000);
        await using var bench = BenchDatabase.CreateSqlite();
        var database = new WhereaboutsDatabase(bench.Location);
        await database.MigrateAsync(cancellationToken);
        var seeded = await RegistrySeeder.SeedAsync(database, people, 5_000, DataSeed, inBulk: true, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## duplicates: {seeded.People.Count:N0} generated people seeded in {seeded.Seconds:F1} s"));

        var search = new DuplicateSearch(database, new FixedActor("bench"));
        var first = await search.FindAsync(cancellationToken: cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  first run:  {first.People:N0} records, {first.ComparedPairs:N0} pairs compared, {first.Proposed:N0} pairs proposed in {first.Seconds:F1} s"));
        var second = await search.FindAsync(cancellationToken: cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  second run: {second.Proposed:N0} new pairs, {second.AlreadyKnown:N0} known, in {second.Seconds:F1} s"));
    }
}
