namespace Whereabouts.Application.Lists;

/// <summary>A row present in both versions of a list that says something differently in the newer one.</summary>
/// <param name="Earlier">The row in the earlier version.</param>
/// <param name="Newer">The row in the newer version.</param>
/// <param name="Fields">What differs, old → new.</param>
public sealed record ListRowChange(ListChangeRow Earlier, ListChangeRow Newer, IReadOnlyList<ListFieldChange> Fields);
