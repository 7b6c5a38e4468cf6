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

    private FateCalendar(Cell[] cells, DateOnly[] days, int[][] counts, int[] before)
    {
        _cells = cells;
        _days = days;
        _counts = counts;
        _before = before;
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
        foreach (var history in histories)
        {
            var from = IndexOf(new Cell(history.Side, null, false));
            starts.Add(from);
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

        return new FateCalendar(cells, [.. days], [.. counts], before);
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

    private readonly record struct Cell(string? Side, FateStatus? Status, bool Contested);
}
