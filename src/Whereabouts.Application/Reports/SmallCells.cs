namespace Whereabouts.Application.Reports;

/// <summary>
/// Hides the small cells of a published table so that no cell can point to a person, and further
/// cells where the published total would let a reader work a hidden one out: the rule of
/// <see cref="PublicStatistics"/>, shared by every public table (the obligations aggregate too).
/// </summary>
/// <remarks>
/// The cells must partition the total (each person in exactly one cell): the rule reasons about
/// the total minus the visible cells, which says nothing when cells overlap.
/// </remarks>
internal static class SmallCells
{
    /// <summary>
    /// Which cells of <paramref name="counts"/> (rows of columns) may be shown, and whether their total may.
    /// A count below <paramref name="threshold"/> (zero included) is hidden; when exactly one cell is
    /// hidden, or the hidden cells together hold between 1 and <paramref name="threshold"/> − 1 people,
    /// further cells are hidden (the smallest visible first, then by row, then by column) until that
    /// is no longer so; when no visible cell is left to hide, the total is hidden instead.
    /// </summary>
    public static (bool[][] Shown, bool TotalShown) Suppress(IReadOnlyList<IReadOnlyList<int>> counts, int threshold)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var cells = counts
            .SelectMany((row, r) => row.Select((count, c) => new Cell(r, c, count) { Shown = count >= threshold }))
            .ToList();
        var total = cells.Sum(c => c.Count);
        var totalShown = total >= threshold && ProtectHiddenCells(cells, total, threshold);
        var lookup = cells.ToDictionary(c => (c.Row, c.Column), c => c.Shown);
        var shown = counts.Select((row, r) => row.Select((_, c) => lookup[(r, c)]).ToArray()).ToArray();
        return (shown, totalShown);
    }

    // Hides further cells until the published total cannot reveal a hidden one; false when the total itself must be hidden.
    private static bool ProtectHiddenCells(List<Cell> cells, int total, int threshold)
    {
        while (true)
        {
            var hidden = cells.Where(c => !c.Shown).ToList();
            var hiddenPeople = total - cells.Where(c => c.Shown).Sum(c => c.Count);
            var safe = hidden.Count == 0 || (hidden.Count >= 2 && (hiddenPeople == 0 || hiddenPeople >= threshold));
            if (safe)
            {
                return true;
            }

            var smallest = cells.Where(c => c.Shown).OrderBy(c => c.Count).ThenBy(c => c.Row).ThenBy(c => c.Column).FirstOrDefault();
            if (smallest is null)
            {
                return false;
            }

            smallest.Shown = false;
        }
    }

    private sealed class Cell(int row, int column, int count)
    {
        public int Row { get; } = row;

        public int Column { get; } = column;

        public int Count { get; } = count;

        public bool Shown { get; set; }
    }
}
