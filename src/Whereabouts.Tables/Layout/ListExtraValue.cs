namespace Whereabouts.Tables.Layout;

/// <summary>A value in a column that maps to nothing, kept as the list wrote it.</summary>
/// <param name="Header">The column's header.</param>
/// <param name="Value">The cell's text.</param>
public sealed record ListExtraValue(string Header, string Value);
