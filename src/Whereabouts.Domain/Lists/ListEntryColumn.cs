namespace Whereabouts.Domain;

/// <summary>A value of a list's column the registry does not read, kept as the list wrote it.</summary>
/// <param name="Header">The column's header.</param>
/// <param name="Value">The cell's text.</param>
public sealed record ListEntryColumn(string Header, string Value);
