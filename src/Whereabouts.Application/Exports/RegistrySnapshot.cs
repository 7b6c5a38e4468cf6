namespace Whereabouts.Application.Exports;

/// <summary>
/// A whole registry as tables of rows (see <see cref="SnapshotSchema"/>): what an export writes and
/// an import reads, whichever the format on disk.
/// </summary>
public sealed class RegistrySnapshot
{
    private readonly Dictionary<SnapshotTable, List<SnapshotRow>> _rows = [];

    /// <summary>The rows of a table, in file order; empty when the snapshot has none.</summary>
    public IReadOnlyList<SnapshotRow> Rows(SnapshotTable table) =>
        _rows.TryGetValue(table, out var rows) ? rows : [];

    /// <summary>How many rows all tables hold together.</summary>
    public int RowCount => _rows.Values.Sum(r => r.Count);

    internal void Add(SnapshotRow row)
    {
        if (!_rows.TryGetValue(row.Table, out var rows))
        {
            rows = [];
            _rows[row.Table] = rows;
        }

        rows.Add(row);
    }

    internal void Add(SnapshotTable table, params string?[] values) => Add(new SnapshotRow(table, values));
}
