using System.Globalization;
using Whereabouts.Domain;

namespace Whereabouts.Application.Exports;

/// <summary>
/// One row of a snapshot table: the values in their text form, in the table's column order, and
/// where the row was read from. Rows read by <see cref="SnapshotJson"/> and <see cref="SnapshotCsv"/> have been checked
/// against their columns, so the typed accessors here do not fail on them.
/// </summary>
public sealed class SnapshotRow
{
    private readonly string?[] _values;

    internal SnapshotRow(SnapshotTable table, string?[] values, string file = "", int line = 0)
    {
        Table = table;
        _values = values;
        File = file;
        Line = line;
    }

    /// <summary>The table the row belongs to.</summary>
    public SnapshotTable Table { get; }

    /// <summary>The file the row was read from; empty for a row made by an export.</summary>
    public string File { get; }

    /// <summary>The line the row starts on in <see cref="File"/>.</summary>
    public int Line { get; }

    /// <summary>The values in text form, in column order; null where there is none.</summary>
    public IReadOnlyList<string?> Values => _values;

    /// <summary>A problem located at this row and one of its columns.</summary>
    public SnapshotProblem Problem(string? column, string message) => new(File, Line, column, message);

    internal string? Text(string column) => _values[Position(column)];

    internal string RequiredText(string column) => Text(column) ?? throw new InvalidOperationException($"{Table}.{column} was not checked.");

    internal Guid Id(string column) => Guid.ParseExact(RequiredText(column), "D");

    internal Guid? OptionalId(string column) => Text(column) is { } text ? Guid.ParseExact(text, "D") : null;

    internal PartialDate Date(string column) => PartialDate.Parse(RequiredText(column));

    internal PartialDate? OptionalDate(string column) => Text(column) is { } text ? PartialDate.Parse(text) : null;

    internal DateTimeOffset Timestamp(string column) => SnapshotValues.ParseTimestamp(RequiredText(column))!.Value;

    internal DateTimeOffset? OptionalTimestamp(string column) => Text(column) is { } text ? SnapshotValues.ParseTimestamp(text) : null;

    internal T Enum<T>(string column)
        where T : struct, System.Enum => System.Enum.Parse<T>(RequiredText(column));

    internal T? OptionalEnum<T>(string column)
        where T : struct, System.Enum => Text(column) is { } text ? System.Enum.Parse<T>(text) : null;

    internal int? OptionalInteger(string column) => Text(column) is { } text ? int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;

    internal int Integer(string column) => OptionalInteger(column)!.Value;

    internal double? OptionalNumber(string column) => Text(column) is { } text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    internal bool Boolean(string column) => string.Equals(RequiredText(column), "true", StringComparison.Ordinal);

    private int Position(string column)
    {
        var index = Table.IndexOf(column);
        return index >= 0 ? index : throw new ArgumentOutOfRangeException(nameof(column), column, $"The table {Table} has no such column.");
    }
}
