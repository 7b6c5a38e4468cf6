namespace Whereabouts.Linkage.Comparisons;

/// <summary>The raw texts of one record's name columns; null where the table has no such column or the cell is empty.</summary>
/// <param name="Given">The given-name column.</param>
/// <param name="Family">The family-name column.</param>
/// <param name="Patronymic">The patronymic column.</param>
/// <param name="Full">The full-name column ("Family Given Patronymic" or "Given Family").</param>
internal readonly record struct NameColumnValues(string? Given, string? Family, string? Patronymic, string? Full);
