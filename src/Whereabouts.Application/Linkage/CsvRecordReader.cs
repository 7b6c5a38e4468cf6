using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Whereabouts.Linkage;
using Whereabouts.Linkage.Records;

namespace Whereabouts.Application.Linkage;

/// <summary>
/// Reads a list file (CSV, UTF-8) into a <see cref="RecordTable"/>, refusing what the engine cannot
/// use with the file, line and reason: a byte sequence that is not UTF-8, a row with too many or
/// too few values, a missing id column, an empty or repeated id.
/// </summary>
public static class CsvRecordReader
{
    /// <summary>The largest file read for linkage (1 GiB): the file is checked and parsed in memory.</summary>
    public const long MaxBytes = 1L * 1024 * 1024 * 1024;

    private static readonly char[] TrimmedWhiteSpace = [' ', '\t'];

    /// <summary>Reads <paramref name="path"/>; <paramref name="separator"/> may carry spaces (FEBRL's ", "): values are trimmed anyway.</summary>
    /// <exception cref="LinkageInputException">The file is unusable; the message says where and why.</exception>
    public static RecordTable Read(string path, string idColumn, string separator = ",")
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new LinkageInputException(path, 0, "the file does not exist");
        }

        if (info.Length > MaxBytes)
        {
            throw new LinkageInputException(name, 0, string.Create(CultureInfo.InvariantCulture, $"the file is {info.Length:N0} bytes; at most {MaxBytes:N0} can be linked at once"));
        }

        using var stream = File.OpenRead(path);
        return Read(stream, name, idColumn, separator);
    }

    /// <summary>Reads a stream; <paramref name="name"/> is used in messages.</summary>
    /// <exception cref="LinkageInputException">The content is unusable; the message says where and why.</exception>
    public static RecordTable Read(Stream stream, string name, string idColumn, string separator = ",") =>
        Read(stream, name, idColumn, separator, lines: null);

    /// <summary>Reads a stream and adds to <paramref name="lines"/> the line of the file each row ends on, so that later checks can say where.</summary>
    /// <exception cref="LinkageInputException">The content is unusable; the message says where and why.</exception>
    public static RecordTable Read(Stream stream, string name, string idColumn, string separator, ICollection<int>? lines)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var delimiter = string.IsNullOrWhiteSpace(separator) ? separator : separator.Trim();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = string.IsNullOrEmpty(delimiter) ? "," : delimiter,
            TrimOptions = TrimOptions.Trim,

            // A space or tab separator is not white space to be trimmed (CsvHelper refuses the pair).
            WhiteSpaceChars = [.. TrimmedWhiteSpace.Where(c => string.IsNullOrEmpty(delimiter) || !delimiter.Contains(c, StringComparison.Ordinal))],
            DetectColumnCountChanges = false,
            BadDataFound = null,
            MissingFieldFound = null,
        };

        // A list in a legacy code page must be converted, not silently garbled: find the first
        // byte that is not UTF-8 and say on which line it is.
        using var buffer = new MemoryStream();
        CopyAtMost(stream, buffer, MaxBytes, name);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var invalidAt = FirstInvalidUtf8(bytes);
        if (invalidAt >= 0)
        {
            var badLine = bytes[..invalidAt].Count((byte)'\n') + 1;
            throw new LinkageInputException(name, badLine, $"the text is not UTF-8 (byte 0x{bytes[invalidAt]:X2} at offset {invalidAt}); convert the file to UTF-8");
        }

        buffer.Position = 0;
        using var reader = new StreamReader(buffer, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, configuration);
        string[]? header = null;
        var rows = new List<string?[]>();
        while (csv.Read())
        {
            var record = csv.Record ?? [];
            if (header is null)
            {
                header = record.Select(h => h.Trim()).ToArray();
                continue;
            }

            if (record.Length == 1 && string.IsNullOrWhiteSpace(record[0]))
            {
                continue;
            }

            if (record.Length != header.Length)
            {
                throw new LinkageInputException(name, csv.RawRow, $"the row has {record.Length} values but the header has {header.Length} columns");
            }

            rows.Add(record);
            lines?.Add(csv.RawRow);
        }

        if (header is null)
        {
            throw new LinkageInputException(name, 0, "the file is empty: it needs a header row");
        }

        return new RecordTable(name, header, idColumn, rows);
    }

    // A stream (an upload, a pipe) has no length to check first: the limit holds on the bytes read.
    private static void CopyAtMost(Stream stream, MemoryStream buffer, long maxBytes, string name)
    {
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new LinkageInputException(name, 0, string.Create(CultureInfo.InvariantCulture, $"the list is more than {maxBytes:N0} bytes; at most that can be linked at once"));
            }

            buffer.Write(chunk, 0, read);
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }
}
