namespace Whereabouts.Application.Common;

/// <summary>One page of a longer list.</summary>
/// <param name="Items">The items on this page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">The most items a page holds.</param>
/// <param name="Total">How many items the whole list has.</param>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    /// <summary>
    /// Whether <see cref="Total"/> is an estimate (rounded to two significant digits), given where
    /// counting exactly would cost more than the page: a search for a very common name.
    /// </summary>
    public bool TotalIsEstimate { get; init; }

    /// <summary>How many pages the whole list fills (at least 1).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Whether a later page exists.</summary>
    public bool HasNext => Page < PageCount;

    /// <summary>Whether an earlier page exists.</summary>
    public bool HasPrevious => Page > 1;
}
