namespace Whereabouts.Bench.Web;

/// <summary>What seeding wrote and how long it took.</summary>
/// <param name="People">The people saved, for the load to search and open.</param>
/// <param name="FateAssertions">The fate assertions saved with them.</param>
/// <param name="Seconds">Wall-clock seconds for the people (sources and migration excluded).</param>
internal sealed record SeedResult(IReadOnlyList<SeededPerson> People, int FateAssertions, double Seconds);
