namespace Whereabouts.Application.Common;

/// <summary>Paging limits shared by the pages and the API.</summary>
public static class Paging
{
    /// <summary>Page size when none is asked for.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page anyone may ask for.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Clamps a requested page and size into range (page from 1, size 1..<see cref="MaxPageSize"/>).</summary>
    public static (int Page, int PageSize) Normalise(int? page, int? pageSize) =>
        (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize));
}
