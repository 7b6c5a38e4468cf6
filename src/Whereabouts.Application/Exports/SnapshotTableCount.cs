namespace Whereabouts.Application.Exports;

/// <summary>What an import did with the records of one kind.</summary>
/// <param name="Table">The snapshot table of the records, such as <c>people</c>.</param>
/// <param name="Added">How many records were added, each with its name forms, history or other parts.</param>
/// <param name="AlreadyPresent">The ids of records the registry already held: left as they are, their parts in the snapshot ignored.</param>
public sealed record SnapshotTableCount(string Table, int Added, IReadOnlyList<Guid> AlreadyPresent);
