using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Whereabouts.Tables.Reading;

/// <summary>Reads a file's bytes as tables, telling its format from the bytes.</summary>
public static class TableReader
{
    /// <summary>Reads <paramref name="content"/>; <paramref name="fileName"/> names the file in messages.</summary>
    /// <exception cref="TableInputException">The bytes cannot be read as a table; the message says what and where.</exception>
    public static TableFile Read(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content.Span);
        }
        catch (DecoderFallbackException)
        {
            throw new TableInputException(new TableProblem(fileName, null, 0, null, "the file is not UTF-8 text"));
        }

        var rows = new List<TableRow>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null };
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        using var csv = new CsvParser(reader, configuration);
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = csv.Record!.Select(v => new TableCell(v.Trim())).ToList();
            if (cells.Exists(c => !c.IsEmpty))
            {
                rows.Add(new TableRow(csv.RawRow, cells));
            }
        }

        return new TableFile(fileName, TableFormat.Delimited, "utf-8", ',', [new TableSheet(null, rows)]);
    }
}
