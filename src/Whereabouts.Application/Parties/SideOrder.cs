namespace Whereabouts.Application.Parties;

/// <summary>The order in which reports show the parties' columns: by slug, "no party recorded" last.</summary>
internal static class SideOrder
{
    public static List<string?> Of(IEnumerable<string?> sides) =>
        [.. sides.Distinct().OrderBy(s => s is null).ThenBy(s => s, StringComparer.Ordinal)];

    public static int Compare(string? x, string? y) =>
        x is null ? (y is null ? 0 : 1) : y is null ? -1 : string.CompareOrdinal(x, y);
}
