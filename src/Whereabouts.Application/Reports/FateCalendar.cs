using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>
/// Everyone's fate counts on every day at once: for any day, how many people of each side had
/// each fate (or none yet) and how many of those fates were contested, as
/// <see cref="FateHistory.FateOn"/> gives them person by person. Made once from the histories
/// (<see cref="Of"/>), it answers a day with one binary search over the days a fate changes, so a
/// report over a million people asked about a new day costs what it costs at a hundred.
/// </summary>
/// <remarks>
/// Each person's fate is constant between the days it changes (<see cref="FateHistory.Changes"/>):
/// a change moves one person from one cell (side, fate, contested) to another, and the counts on
/// a day are those after every change on or before it. Read-only once made.
/// </remarks>
public sealed class FateCalendar
{
    private readonly Cell[] _cells;
    private readonly DateOnly[] _days;
    private readonly int[][] _counts;
    private readonly int[] _before;
    private readonly Dictionary<int, (DateOnly First, DateOnly Last)> _datedBySide;

    private FateCalendar(Cell[] cells, DateOnly[] days, int[][] counts, int[] before, Dictionary<int, (DateOnly First, DateOnly Last)> datedBySide)
    {
        _cells = cells;
        _days = days;
        _counts = counts;
        _before = before;
        _datedBySide = datedBySide;
        Sides = [.. cells.Select(c => c.Side).Distinct()];
    }

    /// <summary>The side of every history the calendar was made of (null for those of no recorded party), each once.</summary>
    public IReadOnlyList<string?> Sides { get; }

    /// <summary>
    /// The earliest and latest day a standing assertion refers to (<see cref="PartialDate.StatedStart"/>),
    /// over the histories of <paramref name="side"/> (null: of no recorded party), or over every history
    /// when <paramref name="everySide"/>; null when none is dated.
    /// </summary>
    public (DateOnly First, DateOnly Last)? Dated(string? side, bool everySide = false)
    {
        (DateOnly First, DateOnly Last)? dated = null;
        foreach (var (index, range) in _datedBySide)
        {
            if (everySide || string.Equals(_cells[index].Side, side, StringComparison.Ordinal))
            {
                dated = dated is { } d ? (Min(d.First, range.First), Max(d.Last, range.Last)) : range;
            }
        }

        return dated;
    }

    /// <summary>The calendar of <paramref name="histories"/> (one per person or identity).</summary>
    public static FateCalendar Of(IReadOnlyList<FateHistory> histories)
    {
        ArgumentNullException.ThrowIfNull(histories);
        var cellIndex = new Dictionary<Cell, int>();
        int IndexOf(Cell cell)
        {
            if (!cellIndex.TryGetValue(cell, out var index))
            {
                cellIndex[cell] = index = cellIndex.Count;
            }

            return index;
        }

        var starts = new List<int>(histories.Count);
        var moves = new List<(DateOnly Day, int From, int To)>();

        // The days the standing assertions refer to, per side (by the index of its cell of no fate),
        // for the timeline's default range.
        var dated = new Dictionary<int, (DateOnly First, DateOnly Last)>();
        foreach (var history in histories)
        {
            var from = IndexOf(new Cell(history.Side, null, false));
            starts.Add(from);
            foreach (var assertion in history.Standing())
            {
                var day = assertion.AsOf.StatedStart;
                dated[from] = dated.TryGetValue(from, out var range) ? (Min(range.First, day), Max(range.Last, day)) : (day, day);
            }

            foreach (var change in history.Changes())
            {
                var to = IndexOf(new Cell(history.Side, change.Fate.Status, change.Fate.IsContested));
                moves.Add((change.From, from, to));
                from = to;
            }
        }

        var before = new int[cellIndex.Count];
        foreach (var start in starts)
        {
            before[start]++;
        }

        moves.Sort((a, b) => a.Day.CompareTo(b.Day));
        var days = new List<DateOnly>();
        var counts = new List<int[]>();
        var running = (int[])before.Clone();
        for (var i = 0; i < moves.Count; i++)
        {
            running[moves[i].From]--;
            running[moves[i].To]++;
            if (i == moves.Count - 1 || moves[i + 1].Day != moves[i].Day)
            {
                days.Add(moves[i].Day);
                counts.Add((int[])running.Clone());
            }
        }

        var cells = new Cell[cellIndex.Count];
        foreach (var (cell, index) in cellIndex)
        {
            cells[index] = cell;
        }

        return new FateCalendar(cells, [.. days], [.. counts], before, dated);
    }

    /// <summary>
    /// How many people of each side had each fate (null: none recorded yet) on <paramref name="day"/>,
    /// or now when it is null; cells with nobody are left out.
    /// </summary>
    public IReadOnlyDictionary<(string? Side, FateStatus? Status), int> PeopleOn(DateOnly? day)
    {
        var counts = CountsOn(day);
        var people = new Dictionary<(string? Side, FateStatus? Status), int>();
        for (var i = 0; i < _cells.Length; i++)
        {
            if (counts[i] > 0)
            {
                var key = (_cells[i].Side, _cells[i].Status);
                people[key] = people.GetValueOrDefault(key) + counts[i];
            }
        }

        return people;
    }

    /// <summary>How many people's fate was contested on <paramref name="day"/>, or now when it is null.</summary>
    public int ContestedOn(DateOnly? day)
    {
        var counts = CountsOn(day);
        var contested = 0;
        for (var i = 0; i < _cells.Length; i++)
        {
            if (_cells[i].Contested)
            {
                contested += counts[i];
            }
        }

        return contested;
    }

    // The counts after the last change on or before the day (after every change for now).
    private int[] CountsOn(DateOnly? day)
    {
        if (day is not { } asOf)
        {
            return _counts.Length == 0 ? _before : _counts[^1];
        }

        var last = DaySearch.LastOnOrBefore(_days, d => d, asOf);
        return last >= 0 ? _counts[last] : _before;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private readonly record struct Cell(string? Side, FateStatus? Status, bool Contested);
}
