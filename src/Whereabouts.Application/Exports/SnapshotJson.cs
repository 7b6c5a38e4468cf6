using System.Text;
using System.Text.Json;
using Whereabouts.Application.Persons;

namespace Whereabouts.Application.Exports;

/// <summary>
/// The JSON form of a snapshot: one document naming its format and version, with one array of
/// objects per table under <c>tables</c>. Property names are the CSV column names; every column is
/// written, null where there is no value; whole and decimal numbers are JSON numbers, booleans JSON
/// booleans, everything else (ids, dates, enum names) strings.
/// </summary>
public static class SnapshotJson
{
    /// <summary>The largest document an import reads, in bytes.</summary>
    public const long MaxBytes = 1L * 1024 * 1024 * 1024;

    /// <summary>Writes the snapshot as one indented UTF-8 JSON document.</summary>
    public static async Task WriteAsync(RegistrySnapshot snapshot, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = PersonExporter.JsonOptions.Encoder });
        writer.WriteStartObject();
        writer.WriteString("format", SnapshotSchema.Format);
        writer.WriteNumber("format_version", SnapshotSchema.FormatVersion);
        writer.WriteStartObject("tables");
        foreach (var table in SnapshotSchema.Tables)
        {
            writer.WriteStartArray(table.Name);
            foreach (var row in snapshot.Rows(table))
            {
                WriteRow(writer, row);
                if (writer.BytesPending > 64 * 1024)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a snapshot document and checks every value against its column.
    /// </summary>
    /// <param name="input">The document.</param>
    /// <param name="fileName">The name problems are reported under.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="SnapshotInputException">The document is not a valid snapshot; every problem is named.</exception>
    public static async Task<RegistrySnapshot> ReadAsync(Stream input, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = await BoundedRead.ReadAsync(input, MaxBytes, cancellationToken).ConfigureAwait(false)
            ?? throw new SnapshotInputException(new SnapshotProblem(fileName, 0, null, $"the document is larger than {MaxBytes} bytes"));

        // The JSON reader checks UTF-8 only when a string is taken out, and then throws what is not
        // an input error: say where the first bad byte is, as the CSV form does.
        var invalid = FirstInvalidUtf8(bytes);
        if (invalid >= 0)
        {
            var line = bytes.AsSpan(0, invalid).Count((byte)'\n') + 1;
            throw new SnapshotInputException(new SnapshotProblem(fileName, line, null, $"the text is not UTF-8 (byte 0x{bytes[invalid]:X2} at offset {invalid}); convert the file to UTF-8"));
        }

        // Editors on Windows save UTF-8 with a byte order mark, which the JSON reader takes for a
        // stray value: it says nothing about the content, so it is skipped.
        return new Parser(bytes.AsSpan().StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes, fileName).Parse();
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    private static void WriteRow(Utf8JsonWriter writer, SnapshotRow row)
    {
        writer.WriteStartObject();
        for (var i = 0; i < row.Table.Columns.Count; i++)
        {
            var column = row.Table.Columns[i];
            var value = row.Values[i];
            writer.WritePropertyName(column.Name);
            if (value is null)
            {
                writer.WriteNullValue();
                continue;
            }

            switch (column.Kind)
            {
                case SnapshotColumnKind.WholeNumber or SnapshotColumnKind.Number:
                    writer.WriteRawValue(value);
                    break;
                case SnapshotColumnKind.Boolean:
                    writer.WriteBooleanValue(string.Equals(value, "true", StringComparison.Ordinal));
                    break;
                default:
                    writer.WriteStringValue(value);
                    break;
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Walks the document token by token, so every problem can be given its line.</summary>
    private sealed class Parser(byte[] bytes, string file)
    {
        private readonly List<SnapshotProblem> _problems = [];
        private readonly RegistrySnapshot _snapshot = new();
        private int _countedTo;
        private int _line = 1;

        public RegistrySnapshot Parse()
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 });
            try
            {
                ParseDocument(ref reader);
            }
            catch (JsonException e)
            {
                _problems.Add(new SnapshotProblem(file, (int)(e.LineNumber ?? -1) + 1, null, "not valid JSON: " + e.Message));
            }

            if (_problems.Count > 0)
            {
                throw new SnapshotInputException(_problems);
            }

            return _snapshot;
        }

        private void ParseDocument(ref Utf8JsonReader reader)
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                Add(ref reader, null, "a snapshot is a JSON object with format, format_version and tables");
                return;
            }

            bool format = false, version = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "format":
                        format = true;
                        if (reader.TokenType != JsonTokenType.String || reader.GetString() != SnapshotSchema.Format)
                        {
                            Add(ref reader, name, $"expected \"{SnapshotSchema.Format}\"");
                        }

                        break;
                    case "format_version":
                        version = true;
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var number) || number != SnapshotSchema.FormatVersion)
                        {
                            Add(ref reader, name, $"this registry reads format version {SnapshotSchema.FormatVersion} only");
                        }

                        break;
                    case "tables":
                        ParseTables(ref reader);
                        break;
                    default:
                        Add(ref reader, name, "unknown property");
                        reader.Skip();
                        break;
                }
            }

            if (!format || !version)
            {
                _problems.Add(new SnapshotProblem(file, 1, format ? "format_version" : "format", "missing: this does not look like a registry snapshot"));
            }
        }

        private void ParseTables(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Add(ref reader, "tables", "expected an object with one array per table");
                reader.Skip();
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var table = SnapshotSchema.Find(name);
                reader.Read();
                var problem = table is null ? "unknown table"
                    : !seen.Add(name) ? "the table appears twice"
                    : reader.TokenType != JsonTokenType.StartArray ? "expected an array of rows"
                    : null;
                if (problem is not null)
                {
                    Add(ref reader, name, problem);
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    ParseRow(ref reader, table!);
                }
            }
        }

        private void ParseRow(ref Utf8JsonReader reader, SnapshotTable table)
        {
            var rowLine = LineOf(ref reader);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Add(ref reader, null, $"a row of {table} must be an object");
                reader.Skip();
                return;
            }

            var values = new string?[table.Columns.Count];
            var lines = new int[table.Columns.Count];
            var present = new bool[table.Columns.Count];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var index = table.IndexOf(name);
                reader.Read();
                if (index < 0 || present[index])
                {
                    Add(ref reader, name, index < 0 ? $"unknown column of {table}" : "the column appears twice");
                    reader.Skip();
                    continue;
                }

                present[index] = true;
                lines[index] = LineOf(ref reader);
                var kind = table.Columns[index].Kind;
                switch (reader.TokenType)
                {
                    case JsonTokenType.Null:
                        break;
                    case JsonTokenType.String when kind is not (SnapshotColumnKind.WholeNumber or SnapshotColumnKind.Number or SnapshotColumnKind.Boolean):
                        values[index] = reader.GetString() is { Length: > 0 } text ? text : null;
                        break;
                    case JsonTokenType.Number when kind is SnapshotColumnKind.WholeNumber or SnapshotColumnKind.Number:
                        values[index] = Encoding.UTF8.GetString(reader.ValueSpan);
                        break;
                    case JsonTokenType.True or JsonTokenType.False when kind is SnapshotColumnKind.Boolean:
                        values[index] = reader.GetBoolean() ? "true" : "false";
                        break;
                    default:
                        Add(ref reader, name, $"expected {Expected(kind)}, found {reader.TokenType}");
                        reader.Skip();
                        continue;
                }
            }

            var problems = _problems.Count;
            for (var i = 0; i < values.Length; i++)
            {
                if (SnapshotValues.Check(table.Columns[i], values[i]) is { } message)
                {
                    _problems.Add(new SnapshotProblem(file, present[i] ? lines[i] : rowLine, table.Columns[i].Name, message));
                }
            }

            if (_problems.Count == problems)
            {
                _snapshot.Add(new SnapshotRow(table, values, file, rowLine));
            }
        }

        private static string Expected(SnapshotColumnKind kind) => kind switch
        {
            SnapshotColumnKind.WholeNumber or SnapshotColumnKind.Number => "a number or null",
            SnapshotColumnKind.Boolean => "true or false",
            _ => "a string or null",
        };

        private void Add(ref Utf8JsonReader reader, string? field, string message) =>
            _problems.Add(new SnapshotProblem(file, LineOf(ref reader), field, message));

        // Offsets only grow as the reader moves on, so counting newlines from the last count is linear.
        private int LineOf(ref Utf8JsonReader reader)
        {
            var offset = (int)reader.TokenStartIndex;
            if (offset > _countedTo)
            {
                _line += bytes.AsSpan(_countedTo, offset - _countedTo).Count((byte)'\n');
                _countedTo = offset;
            }

            return _line;
        }
    }
}
