using Whereabouts.Application.Parties;
using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>
/// The figures anyone may see: how many people the registry holds in each fate, per side, with
/// small counts suppressed so that no cell can point to a person.
/// </summary>
/// <remarks>
/// <para>A count below <see cref="Threshold"/> (zero included) is never shown: its cell is null.</para>
/// <para>Suppressing small cells alone is not enough when a total is published: the total minus
/// every visible cell is the sum of the hidden ones. So when exactly one cell is hidden, or the hidden
/// cells together hold between 1 and <see cref="Threshold"/> − 1 people, further cells are hidden
/// (the smallest visible first) until the hidden ones together hold at least
/// <see cref="Threshold"/> people and no single hidden cell can be worked out; when no visible cell
/// is left to hide, the total is hidden instead.</para>
/// </remarks>
/// <param name="Sides">The slugs of the parties, in column order (by slug), null ("no party recorded") last.</param>
/// <param name="Rows">One row per fate status, in the order of the fate stages.</param>
/// <param name="Total">The number of people with a recorded fate, or null when it is below
/// <see cref="Threshold"/> or would reveal a hidden cell.</param>
/// <param name="AsOf">The day the figures describe (as things stood then), or null for the current fates.</param>
/// <param name="RecordedOn">The day the registry was read as recorded on (<see cref="RecordedDay"/>), or null for what it holds now.</param>
public sealed record PublicStatistics(IReadOnlyList<string?> Sides, IReadOnlyList<PublicStatisticsRow> Rows, int? Total, DateOnly? AsOf = null, DateOnly? RecordedOn = null)
{
    /// <summary>Counts below this are shown as "fewer than 5", never as a number.</summary>
    public const int Threshold = 5;

    /// <summary>Computes the figures from the current fates of people.</summary>
    public static PublicStatistics From(IEnumerable<Person> people) => From(people, null);

    /// <summary>
    /// Computes the figures from the fates of people as they stood on <paramref name="asOf"/>
    /// (see <see cref="Person.FateOn"/>), or from their current fates when it is null.
    /// </summary>
    public static PublicStatistics From(IEnumerable<Person> people, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(people);
        return FromHistories(people.Select(FateHistory.Of), asOf);
    }

    /// <summary>
    /// Computes the figures from fate histories as they stood on <paramref name="asOf"/>, or from
    /// the current fates when it is null: the same figures as from the people themselves.
    /// </summary>
    public static PublicStatistics FromHistories(IEnumerable<FateHistory> histories, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(histories);
        var people = histories
            .GroupBy(h => (h.Side, (asOf is { } day ? h.FateOn(day) : h.Fate).Status))
            .ToDictionary(g => g.Key, g => g.Count());
        return FromCounts(people, asOf);
    }

    /// <summary>
    /// Computes the figures from how many people of each side had each fate on <paramref name="asOf"/>
    /// (or now), as <see cref="FateCalendar.PeopleOn"/> gives them; people without a fate are not counted.
    /// </summary>
    public static PublicStatistics FromCounts(IReadOnlyDictionary<(string? Side, FateStatus? Status), int> people, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(people);
        var counts = people
            .Where(c => c.Key.Status is not null && c.Value > 0)
            .ToDictionary(c => (c.Key.Side, Status: c.Key.Status!.Value), c => c.Value);
        var sides = SideOrder.Of(counts.Keys.Select(k => k.Side));
        var statuses = Enum.GetValues<FateStatus>();

        var grid = statuses.Select(status => (IReadOnlyList<int>)[.. sides.Select(side => counts.GetValueOrDefault((side, status)))]).ToList();
        var (shown, totalShown) = SmallCells.Suppress(grid, Threshold);
        var total = counts.Values.Sum();
        var rows = statuses
            .Select((status, row) => new PublicStatisticsRow(
                status,
                grid[row].Select((count, column) => shown[row][column] ? count : (int?)null).ToList()))
            .ToList();
        return new PublicStatistics(sides, rows, totalShown ? total : null, asOf);
    }
}
