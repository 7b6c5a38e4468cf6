namespace Whereabouts.Application.Lists;

/// <summary>What <see cref="ListVersionComparer"/> found: rows added, gone and changed, and how many stayed as they were.</summary>
internal sealed record ListVersionComparison(
    IReadOnlyList<ListChangeRow> Added,
    IReadOnlyList<ListChangeRow> Gone,
    IReadOnlyList<ListRowChange> Changed,
    int Unchanged);
