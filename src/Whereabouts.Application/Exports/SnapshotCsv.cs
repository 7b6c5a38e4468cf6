using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Whereabouts.Application.Common;

namespace Whereabouts.Application.Exports;

/// <summary>
/// The CSV form of a snapshot: one UTF-8 file per table (without a byte order mark), a header row
/// of the column names, RFC 4180 quoting and CRLF line ends. An empty field means no value. A
/// small <c>format.csv</c> names the format and version; an import checks it when present.
/// A cell a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR
/// first), or that begins with an apostrophe, is written with an apostrophe before it and read
/// back without it (<see cref="CsvCell"/>), so the text round-trips exactly.
/// </summary>
public static class SnapshotCsv
{
    /// <summary>The file that names the format and version of a CSV snapshot.</summary>
    public const string FormatFile = "format.csv";

    /// <summary>The largest single file an import reads, and the most the files of a zip archive may come to, in bytes.</summary>
    public const long MaxBytes = 1L * 1024 * 1024 * 1024;

    /// <summary>How many times its compressed size a file of a zip archive may inflate to; real tables stay far below.</summary>
    public const long MaxRatio = 100;

    /// <summary>The most problems an import names before it stops reading: a damaged file repeats the same problem on every line.</summary>
    public const int MaxProblems = 100;

    // A tiny file (format.csv, an empty table) may inflate more than the ratio: its size cannot hurt.
    private const long SmallEntryBytes = 1024 * 1024;

    private static readonly string BombMessage = string.Create(
        CultureInfo.InvariantCulture, $"the file inflates to more than {MaxRatio} times its compressed size, as a zip bomb does; refused without reading it");

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Zip entries carry a time; a fixed one keeps two exports of the same registry identical.
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes one table, header first.</summary>
    public static async Task WriteTableAsync(RegistrySnapshot snapshot, SnapshotTable table, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(table);
        await using var text = new StreamWriter(output, Utf8, leaveOpen: true);
        await using var csv = new CsvWriter(text, CsvCell.Configuration());
        foreach (var column in table.Columns)
        {
            csv.WriteField(column.Name);
        }

        await csv.NextRecordAsync().ConfigureAwait(false);
        foreach (var row in snapshot.Rows(table))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var value in row.Values)
            {
                CsvCell.Write(csv, value ?? string.Empty);
            }

            await csv.NextRecordAsync().ConfigureAwait(false);
        }

        await csv.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Writes every table into a folder, one file each, and <see cref="FormatFile"/>; the folder is created if needed.</summary>
    public static async Task WriteFolderAsync(RegistrySnapshot snapshot, string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, write) in Files(snapshot))
        {
            await using var stream = File.Create(Path.Combine(folder, name));
            await write(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes every table as one zip archive of the same files as <see cref="WriteFolderAsync"/>.</summary>
    public static async Task WriteZipAsync(RegistrySnapshot snapshot, Stream output, CancellationToken cancellationToken = default)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await WriteEntriesAsync(snapshot, zip, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes every table into <paramref name="zip"/>, as <see cref="WriteZipAsync"/> does.</summary>
    internal static async Task WriteEntriesAsync(RegistrySnapshot snapshot, ZipArchive zip, CancellationToken cancellationToken)
    {
        foreach (var (name, write) in Files(snapshot))
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            await using var stream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
            await write(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the CSV files of a folder: every <c>.csv</c> file must be a table of the format (or <see cref="FormatFile"/>); missing tables are empty.</summary>
    /// <exception cref="SnapshotInputException">A file is not a valid table; every problem is named.</exception>
    public static async Task<RegistrySnapshot> ReadFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var files = new List<(string Name, byte[] Bytes)>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            if (new FileInfo(path).Length > MaxBytes)
            {
                throw new SnapshotInputException(new SnapshotProblem(Path.GetFileName(path), 0, null, $"the file is larger than {MaxBytes} bytes"));
            }

            files.Add((Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)));
        }

        return Read(files);
    }

    /// <summary>Reads the CSV files of a zip archive, as <see cref="ReadFolderAsync"/> reads a folder's.</summary>
    /// <exception cref="SnapshotInputException">A file is not a valid table; every problem is named.</exception>
    public static async Task<RegistrySnapshot> ReadZipAsync(Stream input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var files = new List<(string Name, byte[] Bytes)>();
        var budget = MaxBytes;
        try
        {
            await using var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (entry.Length > MaxBytes)
                {
                    throw new SnapshotInputException(new SnapshotProblem(entry.FullName, 0, null, $"the file is larger than {MaxBytes} bytes"));
                }

                var inflatable = Math.Max(SmallEntryBytes, entry.CompressedLength * MaxRatio);
                if (entry.Length > inflatable)
                {
                    throw new SnapshotInputException(new SnapshotProblem(entry.FullName, 0, null, BombMessage));
                }

                // The declared length can lie: the limits hold on the bytes inflated, for each file
                // (its ratio) and for the archive as a whole (many small entries can each inflate to the limit).
                await using var stream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
                var bytes = await BoundedRead.ReadAsync(stream, Math.Min(budget, inflatable), cancellationToken).ConfigureAwait(false)
                    ?? throw new SnapshotInputException(new SnapshotProblem(
                        entry.FullName, 0, null, inflatable < budget ? BombMessage : $"the archive's files come to more than {MaxBytes} bytes"));
                budget -= bytes.Length;
                files.Add((entry.FullName, bytes));
            }
        }
        catch (InvalidDataException e)
        {
            // A damaged or foreign archive is bad input, not a failure of the reader.
            throw new SnapshotInputException(new SnapshotProblem("the archive", 0, null, "not a valid zip archive: " + e.Message));
        }

        return Read(files);
    }

    private static RegistrySnapshot Read(List<(string Name, byte[] Bytes)> files)
    {
        var snapshot = new RegistrySnapshot();
        var problems = new List<SnapshotProblem>();
        foreach (var (name, bytes) in files)
        {
            if (problems.Count >= MaxProblems)
            {
                break;
            }

            var bare = Path.GetFileName(name);
            if (string.Equals(bare, FormatFile, StringComparison.Ordinal))
            {
                CheckFormat(name, bytes, problems);
                continue;
            }

            var table = SnapshotSchema.Tables.FirstOrDefault(t => string.Equals(t.FileName, bare, StringComparison.Ordinal));
            if (table is null)
            {
                problems.Add(new SnapshotProblem(name, 0, null, "not a table of a registry snapshot (expected one of "
                    + string.Join(", ", SnapshotSchema.Tables.Select(t => t.FileName)) + ")"));
                continue;
            }

            ReadTable(table, name, bytes, snapshot, problems);
        }

        if (problems.Count >= MaxProblems)
        {
            problems.RemoveRange(MaxProblems, problems.Count - MaxProblems);
            problems.Add(new SnapshotProblem("the snapshot", 0, null, string.Create(CultureInfo.InvariantCulture, $"the reading stopped after {MaxProblems} problems; correct these and try again")));
        }

        return problems.Count > 0 ? throw new SnapshotInputException(problems) : snapshot;
    }

    private static void CheckFormat(string name, byte[] bytes, List<SnapshotProblem> problems)
    {
        var rows = Records(name, bytes, problems).ToList();
        var expected = new[] { "format", "format_version" };
        if (rows.Count != 2 || !rows[0].Values.SequenceEqual(expected)
            || rows[1].Values is not [SnapshotSchema.Format, var version]
            || version != SnapshotSchema.FormatVersion.ToString(CultureInfo.InvariantCulture))
        {
            problems.Add(new SnapshotProblem(name, 0, null, $"expected the header format,format_version and the row {SnapshotSchema.Format},{SnapshotSchema.FormatVersion}"));
        }
    }

    private static void ReadTable(SnapshotTable table, string name, byte[] bytes, RegistrySnapshot snapshot, List<SnapshotProblem> problems)
    {
        int[]? positions = null;
        string[] header = [];
        foreach (var (line, values) in Records(name, bytes, problems))
        {
            if (positions is null)
            {
                header = values;
                positions = new int[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    positions[i] = table.IndexOf(values[i]);
                    if (positions[i] < 0)
                    {
                        problems.Add(new SnapshotProblem(name, line, values[i], $"unknown column of {table}"));
                    }
                    else if (Array.IndexOf(values, values[i]) < i)
                    {
                        problems.Add(new SnapshotProblem(name, line, values[i], "the column appears twice"));
                    }
                }

                continue;
            }

            if (values.Length != header.Length)
            {
                problems.Add(new SnapshotProblem(name, line, null, string.Create(CultureInfo.InvariantCulture, $"the row has {values.Length} fields but the header has {header.Length} columns")));
                continue;
            }

            var row = new string?[table.Columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                if (positions[i] >= 0)
                {
                    // The writer put an apostrophe before a cell a spreadsheet would run (CsvCell).
                    row[positions[i]] = values[i].Length == 0 ? null : CsvCell.Restored(values[i]);
                }
            }

            var before = problems.Count;
            for (var i = 0; i < row.Length; i++)
            {
                if (SnapshotValues.Check(table.Columns[i], row[i]) is { } message)
                {
                    problems.Add(new SnapshotProblem(name, line, table.Columns[i].Name, message));
                }
            }

            if (problems.Count == before)
            {
                snapshot.Add(new SnapshotRow(table, row, name, line));
            }
        }
    }

    private static IEnumerable<(int Line, string[] Values)> Records(string name, byte[] bytes, List<SnapshotProblem> problems)
    {
        var text = Decode(name, bytes, problems);
        if (text is null)
        {
            yield break;
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = args => problems.Add(new SnapshotProblem(name, args.Context.Parser?.RawRow ?? 0, null, "a quote in the middle of a field: quote the whole field and double the quotes inside it")),
        };
        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, configuration);
        var line = 1;
        while (problems.Count < MaxProblems && csv.Read())
        {
            var values = csv.Record ?? [];
            var start = line;
            line = csv.RawRow + 1;
            if (values is [""])
            {
                continue;
            }

            yield return (start, values);
        }
    }

    // A list in a legacy code page must be converted, not silently garbled: say where the first bad byte is.
    private static string? Decode(string name, byte[] bytes, List<SnapshotProblem> problems)
    {
        try
        {
            var text = Utf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var badLine = bytes.AsSpan(0, Math.Clamp(e.Index, 0, bytes.Length)).Count((byte)'\n') + 1;
            problems.Add(new SnapshotProblem(name, badLine, null, "the text is not UTF-8; convert the file to UTF-8"));
            return null;
        }
    }

    private static IEnumerable<(string Name, Func<Stream, CancellationToken, Task> Write)> Files(RegistrySnapshot snapshot)
    {
        yield return (FormatFile, WriteFormatAsync);
        foreach (var table in SnapshotSchema.Tables)
        {
            yield return (table.FileName, (stream, token) => WriteTableAsync(snapshot, table, stream, token));
        }
    }

    private static async Task WriteFormatAsync(Stream output, CancellationToken cancellationToken)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"format,format_version\r\n{SnapshotSchema.Format},{SnapshotSchema.FormatVersion}\r\n");
        await output.WriteAsync(Utf8.GetBytes(text), cancellationToken).ConfigureAwait(false);
    }
}
