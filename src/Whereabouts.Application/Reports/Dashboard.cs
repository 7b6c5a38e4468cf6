namespace Whereabouts.Application.Reports;

/// <summary>What a caseworker sees first: the registry by fate and side, the newest sources, what needs review.</summary>
/// <param name="People">How many people the registry holds.</param>
/// <param name="FateCounts">People by current fate (null: none recorded) and side; only non-zero cells.</param>
/// <param name="LatestSources">The most recently published sources.</param>
/// <param name="ContestedPeople">People whose credible sources disagree about their fate.</param>
/// <param name="OpenListMatches">Possible matches between imported list rows and registry people that wait for a reviewer (pending or unsure).</param>
/// <param name="AsOf">The day the fate counts describe, or null for today's fates.</param>
/// <param name="RecordedOn">The day the fate counts were read as recorded on (<see cref="RecordedDay"/>), or null for what the registry holds now.</param>
public sealed record Dashboard(
    int People,
    IReadOnlyList<DashboardFateCount> FateCounts,
    IReadOnlyList<DashboardSource> LatestSources,
    int ContestedPeople,
    int OpenListMatches = 0,
    DateOnly? AsOf = null,
    DateOnly? RecordedOn = null);
