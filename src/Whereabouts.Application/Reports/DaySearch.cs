namespace Whereabouts.Application.Reports;

/// <summary>Finds, in a list ordered by day, the last item on or before a day.</summary>
internal static class DaySearch
{
    /// <summary>The index of the last item whose day is on or before <paramref name="day"/>, or -1 when every item is later.</summary>
    public static int LastOnOrBefore<T>(IReadOnlyList<T> items, Func<T, DateOnly> dayOf, DateOnly day)
    {
        var (low, high) = (0, items.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (dayOf(items[middle]) <= day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high;
    }
}
