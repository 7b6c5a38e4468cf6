using System.Globalization;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using Whereabouts.Engines;

namespace Whereabouts.Tables.Reading;

/// <summary>Reads every sheet of an Excel workbook (.xlsx or .xls) through ExcelDataReader.</summary>
internal static class WorkbookReader
{
    /// <summary>Reads the workbook in <paramref name="stream"/>, whose format the caller told from its bytes.</summary>
    /// <exception cref="TableInputException">The workbook is damaged, protected by a password, has no sheets, or a sheet passes <see cref="TableLimits"/>.</exception>
    public static TableFile Read(Stream stream, string fileName, TableFormat format, CancellationToken cancellationToken)
    {
        CodePages.Register();
        var sheets = new List<TableSheet>();
        try
        {
            // An old workbook without a code page record is most likely Western European.
            var configuration = new ExcelReaderConfiguration { FallbackEncoding = CodePages.Windows1252, LeaveOpen = true };
            using var reader = format == TableFormat.Xls
                ? ExcelReaderFactory.CreateBinaryReader(stream, configuration)
                : ExcelReaderFactory.CreateOpenXmlReader(stream, configuration);
            for (var i = 0; i < reader.ResultsCount; i++)
            {
                if (i > 0 && !reader.NextResult())
                {
                    break;
                }

                sheets.Add(ReadSheet(reader, fileName, i, format, cancellationToken));
            }
        }
        catch (InvalidPasswordException)
        {
            throw TableReader.PasswordProtected(fileName);
        }
        catch (Exception e) when (e is not (TableInputException or OperationCanceledException))
        {
            // The library throws what its parsers meet (XML, ZIP, index and format errors, even
            // out-of-memory on a forged length); to the list's keeper it is all the same fault.
            throw TableReader.Damaged(fileName);
        }

        if (sheets.Count == 0)
        {
            throw new TableInputException(new TableProblem(fileName, null, 0, null, EngineText.Of($"the workbook has no sheets")));
        }

        return new TableFile(fileName, format, null, null, sheets);
    }

    private static TableSheet ReadSheet(IExcelDataReader reader, string fileName, int index, TableFormat format, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(reader.Name) ? string.Create(CultureInfo.InvariantCulture, $"Sheet{index + 1}") : reader.Name;
        // The library walks an .xls sheet in blocks of rows up to the count its DIMENSIONS record
        // claims (32 bits: a damaged file can claim two billion) before it returns the next row,
        // so a claim past the limit is refused before the walk, not counted during it.
        if (reader.RowCount > TableLimits.MaxRowsPerSheet)
        {
            throw TableReader.OverLimit(fileName, name, EngineText.Of($"it has more than {TableLimits.MaxRowsPerSheet:N0} rows; split the list into smaller files"));
        }

        // The library takes an .xls sheet's width from its DIMENSIONS record too; every row is then
        // that wide, so a damaged claim would make each of them cost thousands of empty cells.
        if (format == TableFormat.Xls && reader.FieldCount > TableLimits.MaxXlsColumns)
        {
            throw TableReader.Damaged(fileName);
        }

        var rows = new List<TableRow>();
        var line = 0;
        long examined = 0;
        long kept = 0;

        // ExcelDataReader gives every row from the sheet's first, empty ones included (gaps are
        // filled), so counting reads gives the row number Excel shows.
        while (reader.Read())
        {
            line++;
            if ((line & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (line > TableLimits.MaxRowsPerSheet)
            {
                throw TableReader.OverLimit(fileName, name, EngineText.Of($"it has more than {TableLimits.MaxRowsPerSheet:N0} rows; split the list into smaller files"));
            }

            var width = reader.FieldCount;
            examined += width;
            if (examined > TableLimits.MaxCellsExaminedPerSheet)
            {
                throw TableReader.OverLimit(fileName, name, EngineText.Of($"its rows are too wide and long to read: more than {TableLimits.MaxCellsExaminedPerSheet:N0} cells, empty ones included; split the list into smaller files"));
            }

            var cells = ReadCells(reader, width);
            if (cells is null)
            {
                continue;
            }

            kept += cells.Length;
            if (kept > TableLimits.MaxCellsPerSheet)
            {
                throw TableReader.OverLimit(fileName, name, EngineText.Of($"it has more than {TableLimits.MaxCellsPerSheet:N0} cells; split the list into smaller files"));
            }

            rows.Add(new TableRow(line, cells));
        }

        return new TableSheet(name, rows);
    }

    // The row's cells up to its last non-empty one; null when the row is wholly empty.
    private static TableCell[]? ReadCells(IExcelDataReader reader, int width)
    {
        TableCell[]? cells = null;
        var last = -1;
        for (var i = 0; i < width; i++)
        {
            // Most cells of a wide sheet are empty: null is ruled out before any conversion.
            if (reader.GetValue(i) is not { } value || WorkbookCells.From(value) is not { } cell)
            {
                continue;
            }

            cells ??= new TableCell[width];
            cells[i] = cell;
            last = i;
        }

        if (cells is null)
        {
            return null;
        }

        Array.Resize(ref cells, last + 1);
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] ??= TableCell.Empty;
        }

        return cells;
    }
}
