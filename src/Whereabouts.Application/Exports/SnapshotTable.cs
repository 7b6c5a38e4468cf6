namespace Whereabouts.Application.Exports;

/// <summary>
/// One table of a registry snapshot: a CSV file of its own (<see cref="FileName"/>) and an array
/// of the same name in the JSON document. Tables and their columns are fixed by the format version.
/// </summary>
public sealed class SnapshotTable
{
    private readonly Dictionary<string, int> _positions;

    internal SnapshotTable(string name, params SnapshotColumn[] columns)
    {
        Name = name;
        Columns = columns;
        _positions = columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The table's name, such as <c>people</c> or <c>legal-cases</c>.</summary>
    public string Name { get; }

    /// <summary>The CSV file of the table: its name followed by <c>.csv</c>.</summary>
    public string FileName => Name + ".csv";

    /// <summary>The columns in the order they are written.</summary>
    public IReadOnlyList<SnapshotColumn> Columns { get; }

    /// <summary>The position of a column, or -1 when the table has no such column.</summary>
    public int IndexOf(string column) => _positions.TryGetValue(column, out var index) ? index : -1;

    /// <inheritdoc />
    public override string ToString() => Name;
}
