using Whereabouts.Application.Parties;
using Whereabouts.Application.Reports;

namespace Whereabouts.Application.Captivity;

/// <summary>
/// The obligations figures anyone may see: per detaining party, how many captives' captures were
/// notified on time, late, or never — no names, and small cells hidden exactly as the public
/// statistics hide them (<see cref="PublicStatistics.Threshold"/>, the same rule for the total).
/// </summary>
/// <remarks>
/// One table whose cells partition the captives, because the suppression rule reasons about the
/// total minus the visible cells: publishing visits or capture cards beside it in a second table
/// would let a reader subtract one from the other, so they stay on the staff report (docs/adr/0026).
/// </remarks>
/// <param name="Parties">The detaining parties' slugs in column order (by slug), null ("unknown") last.</param>
/// <param name="Rows">One row per outcome, in the order of <see cref="NotificationOutcome"/>.</param>
/// <param name="Total">The number of captives, or null when it is below the threshold or would reveal a hidden cell.</param>
/// <param name="LateAfterDays">A notification later than this many days after the capture is late.</param>
public sealed record PublicObligations(IReadOnlyList<string?> Parties, IReadOnlyList<PublicObligationsRow> Rows, int? Total, int LateAfterDays)
{
    /// <summary>Counts the captives by detaining party and outcome, and hides what must be hidden.</summary>
    public static PublicObligations From(IReadOnlyList<(string? Party, NotificationOutcome Outcome)> captives, int lateAfterDays)
    {
        ArgumentNullException.ThrowIfNull(captives);
        var parties = SideOrder.Of(captives.Select(c => c.Party));
        var outcomes = Enum.GetValues<NotificationOutcome>();
        var counts = captives.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var grid = outcomes.Select(o => (IReadOnlyList<int>)[.. parties.Select(p => counts.GetValueOrDefault((p, o)))]).ToList();
        var (shown, totalShown) = SmallCells.Suppress(grid, PublicStatistics.Threshold);
        return new PublicObligations(
            parties,
            [.. outcomes.Select((o, r) => new PublicObligationsRow(o, [.. grid[r].Select((count, c) => shown[r][c] ? count : (int?)null)]))],
            totalShown ? captives.Count : null,
            lateAfterDays);
    }
}
