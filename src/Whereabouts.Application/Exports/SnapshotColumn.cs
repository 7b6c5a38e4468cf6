namespace Whereabouts.Application.Exports;

/// <summary>One column of a snapshot table: its stable name, what it holds and whether it may be empty.</summary>
/// <param name="Name">The column name in CSV headers and the property name in JSON; never renamed within a format version.</param>
/// <param name="Kind">What the column holds.</param>
/// <param name="Required">Whether every row must have a value.</param>
/// <param name="EnumType">For <see cref="SnapshotColumnKind.Enum"/> columns, the enum whose member names are allowed.</param>
public sealed record SnapshotColumn(string Name, SnapshotColumnKind Kind, bool Required = false, Type? EnumType = null);
