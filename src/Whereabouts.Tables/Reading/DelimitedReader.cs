using Whereabouts.Engines;

namespace Whereabouts.Tables.Reading;

/// <summary>Reads decoded delimited text as one sheet: finds the delimiter, then reads every record.</summary>
internal static class DelimitedReader
{
    /// <summary>The delimiters a list may use, in the order a tie is settled.</summary>
    private const string Candidates = ",;\t|";

    // The records and characters the delimiter is judged on: the header and the first rows.
    private const int SampleRecords = 50;
    private const int SampleChars = 64 * 1024;

    /// <summary>Reads <paramref name="decoded"/> as a table.</summary>
    /// <exception cref="TableInputException">The text has no rows, a quote is never closed, or it passes <see cref="TableLimits"/>.</exception>
    public static TableFile Read(DecodedText decoded, string fileName, CancellationToken cancellationToken)
    {
        var delimiter = Detect(decoded.Text);
        var records = new DelimitedRecords(decoded.Text, delimiter);
        var fields = new List<string>();
        var rows = new List<TableRow>();
        long cells = 0;
        var read = 0;
        while (records.Next(fields, out var line, out var unclosedQuote))
        {
            if (unclosedQuote > 0)
            {
                throw new TableInputException(new TableProblem(fileName, null, unclosedQuote, null, EngineText.Of($"a quoted field opened on this line is never closed (a quote mark is missing)")));
            }

            if ((++read & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (line > TableLimits.MaxRowsPerSheet)
            {
                throw TableReader.OverLimit(fileName, null, EngineText.Of($"it has more than {TableLimits.MaxRowsPerSheet:N0} lines; split the list into smaller files"));
            }

            if (fields.TrueForAll(f => f.Length == 0))
            {
                continue;
            }

            cells += fields.Count;
            if (cells > TableLimits.MaxCellsPerSheet)
            {
                throw TableReader.OverLimit(fileName, null, EngineText.Of($"it has more than {TableLimits.MaxCellsPerSheet:N0} cells; split the list into smaller files"));
            }

            var row = new TableCell[fields.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = fields[i].Length == 0 ? TableCell.Empty : new TableCell(fields[i]);
            }

            rows.Add(new TableRow(line, row));
        }

        if (rows.Count == 0)
        {
            throw new TableInputException(new TableProblem(fileName, null, 0, null, EngineText.Of($"the file is empty")));
        }

        return new TableFile(fileName, TableFormat.Delimited, decoded.Encoding, delimiter, [new TableSheet(null, rows)]);
    }

    /// <summary>
    /// The delimiter whose field count is the same in most of the first records (a record of one
    /// field, such as a title line above the header, counts for none), less the quoted fields it
    /// leaves text after (<c>"a";"b"</c> read with commas); ties go to the wider reading, then to
    /// the order of <see cref="Candidates"/>. A delimiter that leaves a quote open to the end is
    /// never chosen. A comma when no candidate splits any record: the file is one column.
    /// </summary>
    internal static char Detect(string text)
    {
        var best = ',';
        (int Agreeing, int Width) bestScore = (0, 0);
        var fields = new List<string>();
        foreach (var candidate in Candidates)
        {
            var records = new DelimitedRecords(text, candidate);
            var widths = new Dictionary<int, int>();
            var unclosed = false;
            for (var n = 0; n < SampleRecords && records.Position < SampleChars && records.Next(fields, out _, out var unclosedQuote); n++)
            {
                // A quote this delimiter leaves open to the end of the file: the wrong delimiter
                // (or a file no delimiter reads, which the reading then reports).
                unclosed |= unclosedQuote > 0;

                // A row of empty cells ("; ; ;", as spreadsheet programs save blank rows) still
                // shows the delimiter; a blank line shows nothing.
                if (fields.Count > 1)
                {
                    widths[fields.Count] = widths.GetValueOrDefault(fields.Count) + 1;
                }
            }

            if (unclosed)
            {
                continue;
            }

            foreach (var (width, count) in widths)
            {
                var agreeing = count - records.StrayAfterQuotes;
                if (agreeing > 0 && (agreeing > bestScore.Agreeing || (agreeing == bestScore.Agreeing && width > bestScore.Width)))
                {
                    best = candidate;
                    bestScore = (agreeing, width);
                }
            }
        }

        return best;
    }
}
