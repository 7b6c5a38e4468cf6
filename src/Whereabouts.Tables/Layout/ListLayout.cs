namespace Whereabouts.Tables.Layout;

/// <summary>How a sheet is read as a list: where its header is, what each column holds, in which order a full name is written.</summary>
/// <param name="Sheet">The sheet read; null for a text file.</param>
/// <param name="HeaderLine">The line (row number) of the header; rows above it (titles) are skipped.</param>
/// <param name="Columns">Every column of the header row, with what it holds.</param>
/// <param name="NameOrder">The order of a full-name column: as the mapping said, or as detected (never <see cref="Layout.NameOrder.Detect"/> after reading).</param>
/// <param name="NameOrderDetected">True when the order was read from the list's names, false when the mapping gave it.</param>
public sealed record ListLayout(string? Sheet, int HeaderLine, IReadOnlyList<ListColumn> Columns, NameOrder NameOrder, bool NameOrderDetected);
