using System.Globalization;

namespace Whereabouts.Linkage.Records;

/// <summary>
/// A list of records as the engine sees it: named columns and rows of text values, one of the
/// columns being the record identity. Linkage works on these generic records, so a FEBRL address
/// file and a list of soldiers go through the same code.
/// </summary>
/// <remarks>Empty or whitespace-only values are stored as null (missing). Rows are not copied:
/// the table keeps the arrays it is given.</remarks>
public sealed class RecordTable
{
    /// <summary>
    /// The longest value a record may hold, in characters. String comparisons take time in the
    /// product of the two lengths, so a value of a megabyte (a pasted document in a name column)
    /// would stall the whole run; no name, date or place is this long.
    /// </summary>
    public const int MaxValueLength = 1_000;

    private readonly Dictionary<string, int> _columnIndex;

    /// <summary>Creates a table.</summary>
    /// <param name="name">A name for messages, usually the file name.</param>
    /// <param name="columns">Column names, unique ignoring case.</param>
    /// <param name="idColumn">The column holding each record's identity.</param>
    /// <param name="rows">Rows with one value per column.</param>
    /// <exception cref="LinkageInputException">The id column is missing, a row has the wrong number
    /// of values or a value longer than <see cref="MaxValueLength"/>, an identity is empty or appears twice.</exception>
    public RecordTable(string name, IReadOnlyList<string> columns, string idColumn, IReadOnlyList<string?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Name = name;
        Columns = columns;
        _columnIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++)
        {
            if (!_columnIndex.TryAdd(columns[i], i))
            {
                throw new LinkageInputException(name, 1, $"column '{columns[i]}' appears twice in the header");
            }
        }

        if (!_columnIndex.TryGetValue(idColumn, out var idIndex))
        {
            throw new LinkageInputException(name, 1, $"there is no id column '{idColumn}' (columns: {string.Join(", ", columns)})");
        }

        var ids = new string[rows.Count];
        var seen = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Length != columns.Count)
            {
                throw new LinkageInputException(name, r + 2, $"the row has {row.Length} values but the header has {columns.Count} columns");
            }

            for (var c = 0; c < row.Length; c++)
            {
                row[c] = string.IsNullOrWhiteSpace(row[c]) ? null : row[c]!.Trim();
                if (row[c] is { Length: > MaxValueLength } value)
                {
                    throw new LinkageInputException(name, r + 2, string.Create(CultureInfo.InvariantCulture, $"the value of '{columns[c]}' is {value.Length:N0} characters long; at most {MaxValueLength:N0} can be compared"));
                }
            }

            var id = row[idIndex] ?? throw new LinkageInputException(name, r + 2, $"the id ('{idColumn}') is empty");
            if (!seen.TryAdd(id, r))
            {
                throw new LinkageInputException(name, r + 2, $"the id '{id}' was already used on line {seen[id] + 2}");
            }

            ids[r] = id;
        }

        Rows = rows;
        Ids = ids;
        IdColumn = columns[idIndex];
    }

    /// <summary>A name for messages, usually the file name.</summary>
    public string Name { get; }

    /// <summary>The column names as given.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The identity column's name.</summary>
    public string IdColumn { get; }

    /// <summary>Each record's identity, in row order.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>The rows; missing values are null.</summary>
    public IReadOnlyList<string?[]> Rows { get; }

    /// <summary>The number of records.</summary>
    public int Count => Rows.Count;

    /// <summary>The index of a column, or -1 when the table has no such column.</summary>
    public int IndexOf(string column) => _columnIndex.TryGetValue(column, out var i) ? i : -1;
}
