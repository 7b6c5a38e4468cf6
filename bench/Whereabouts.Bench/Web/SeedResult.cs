namespace Whereabouts.Bench.Web;

/// <summary>What seeding wrote and how long it took.</summary>
/// <param name="People">The people saved, for the load to search and open.</param>
/// <param name="FateAssertions">The fate assertions saved with them.</param>
/// <param name="Seconds">Wall-clock seconds for the people (sources and migration excluded).</param>
/// <param name="CpuSeconds">CPU seconds the bench process and the PostgreSQL server spent meanwhile: on a machine shared
/// with other work, people per CPU-second says what the wall clock cannot.</param>
/// <param name="OthersShare">The share of the machine's CPU that other processes took meanwhile.</param>
internal sealed record SeedResult(IReadOnlyList<SeededPerson> People, int FateAssertions, double Seconds, double CpuSeconds = 0, double OthersShare = 0);
