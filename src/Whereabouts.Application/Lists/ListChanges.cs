namespace Whereabouts.Application.Lists;

/// <summary>What changed between a list and the earlier version it replaces.</summary>
/// <param name="List">The newer version.</param>
/// <param name="Earlier">The version it replaces, or null when the list is not a new version of another (then nothing is compared).</param>
/// <param name="Added">Rows in the newer version and not in the earlier, by line.</param>
/// <param name="Gone">Rows in the earlier version and not in the newer, by line.</param>
/// <param name="Changed">Rows in both that say something differently, by the newer line.</param>
/// <param name="Unchanged">How many rows are in both and say the same.</param>
public sealed record ListChanges(
    ListVersion List,
    ListVersion? Earlier,
    IReadOnlyList<ListChangeRow> Added,
    IReadOnlyList<ListGoneRow> Gone,
    IReadOnlyList<ListRowChange> Changed,
    int Unchanged);
