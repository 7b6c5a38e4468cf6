using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>
/// The figures anyone may see: how many people the registry holds in each current fate, per side,
/// with small counts suppressed so that no cell can point to a person.
/// </summary>
/// <param name="Sides">The sides, in column order.</param>
/// <param name="Rows">One row per fate status, in the order of the fate stages.</param>
/// <param name="Total">The number of people with a recorded fate, when at least <see cref="Threshold"/>.</param>
public sealed record PublicStatistics(IReadOnlyList<Side> Sides, IReadOnlyList<PublicStatisticsRow> Rows, int? Total)
{
    /// <summary>Counts below this are shown as "fewer than 5", never as a number.</summary>
    public const int Threshold = 5;

    /// <summary>Computes the figures from the current fates of people.</summary>
    public static PublicStatistics From(IEnumerable<Person> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var counts = people
            .Select(p => (p.Side, Status: p.Fate.Status))
            .Where(x => x.Status is not null)
            .GroupBy(x => (x.Side, Status: x.Status!.Value))
            .ToDictionary(g => g.Key, g => g.Count());
        var sides = Enum.GetValues<Side>().Where(s => counts.Keys.Any(k => k.Side == s)).ToList();
        var rows = Enum.GetValues<FateStatus>()
            .Select(status => new PublicStatisticsRow(
                status,
                sides.Select(side => Suppress(counts.GetValueOrDefault((side, status)))).ToList()))
            .ToList();
        return new PublicStatistics(sides, rows, Suppress(counts.Values.Sum()));
    }

    private static int? Suppress(int count) => count >= Threshold ? count : null;
}
