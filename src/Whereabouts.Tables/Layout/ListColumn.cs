namespace Whereabouts.Tables.Layout;

/// <summary>One column of a list and what it was taken to hold.</summary>
/// <param name="Index">The column's position, 0 for the first (column A).</param>
/// <param name="Header">The header as the list wrote it (the column's letter when the header cell is empty).</param>
/// <param name="Field">What the column holds.</param>
/// <param name="FromMapping">True when a mapping said so; false when the header was recognised.</param>
/// <param name="DuplicateOf">
/// When the header names a field an earlier column (or a column the mapping named) already holds:
/// that field. The column is then read as <see cref="ListField.Extra"/>, its values kept with each
/// row, and a reviewer sees why.
/// </param>
public sealed record ListColumn(int Index, string Header, ListField Field, bool FromMapping, ListField? DuplicateOf = null);
