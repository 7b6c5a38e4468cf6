namespace Whereabouts.Application.Exports;

/// <summary>What an import of a registry snapshot did, per kind of record.</summary>
/// <param name="Tables">One count per kind of record, in the order of <see cref="SnapshotSchema.Tables"/>.</param>
public sealed record SnapshotImportResult(IReadOnlyList<SnapshotTableCount> Tables)
{
    /// <summary>How many records were added in all.</summary>
    public int Added => Tables.Sum(t => t.Added);

    /// <summary>How many records were left alone because the registry already held them.</summary>
    public int AlreadyPresent => Tables.Sum(t => t.AlreadyPresent.Count);
}
