using System.Buffers.Binary;
using System.Text;

namespace Whereabouts.Testing.Lists;

/// <summary>
/// Writes an <see cref="XlsxWriter"/>'s workbook in the Excel 97–2003 format instead: a BIFF8
/// "Workbook" stream ([MS-XLS]) in a compound file (<see cref="CompoundFileWriter"/>), by hand, with
/// the records a reader needs: the globals (code page UTF-16, a font, number formats, cell formats,
/// the sheets, the shared strings) and per sheet its dimensions, cells and merged ranges. Text goes
/// to the shared-string table as Excel writes it; numbers are NUMBER records; dates are numbers
/// under a date format; a formula is stored as the constant of its cached value (BIFF keeps
/// formulas compiled to tokens, and this writer compiles none) with that value cached beside it.
/// Small workbooks only: no record is split with CONTINUE.
/// </summary>
public static class XlsWriter
{
    private const int MaxRecord = 8224;

    /// <summary>The workbook's bytes as an .xls file.</summary>
    public static byte[] Write(XlsxWriter book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var sheets = book.Sheets;
        if (sheets.Count == 0)
        {
            throw new InvalidOperationException("a workbook needs a sheet");
        }

        var strings = new List<string>();
        var stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var formats = new List<string>();
        var sheetStreams = sheets.Select(sheet => Sheet(sheet, strings, stringIndex, formats)).ToList();

        var globals = new MemoryStream();
        Record(globals, 0x0809, Bof(0x0005));
        Record(globals, 0x0042, U16(1200)); // CODEPAGE: UTF-16
        Record(globals, 0x0031, Font());
        var custom = formats.Where(f => f != XlsxWriter.BuiltInDateFormat).ToList();
        int FormatId(string format) => format == XlsxWriter.BuiltInDateFormat ? 14 : 164 + custom.IndexOf(format);
        foreach (var format in custom)
        {
            Record(globals, 0x041E, [.. U16((ushort)FormatId(format)), .. UnicodeString(format, wideLength: true)]);
        }

        // Cell format 0 is the style every cell format inherits; 1 is General; 2 on, the dates.
        Record(globals, 0x00E0, Xf(format: 0, style: true));
        Record(globals, 0x00E0, Xf(format: 0, style: false));
        foreach (var format in formats)
        {
            Record(globals, 0x00E0, Xf(FormatId(format), style: false));
        }

        var boundSheetAt = new List<long>();
        foreach (var sheet in sheets)
        {
            boundSheetAt.Add(globals.Position + 4);
            Record(globals, 0x0085, [0, 0, 0, 0, 0, 0, .. UnicodeString(sheet.Name, wideLength: false)]);
        }

        Record(globals, 0x00FC, Sst(strings));
        Record(globals, 0x000A, []);

        // Each BOUNDSHEET names where its sheet's BOF starts in the stream.
        var stream = globals.ToArray();
        var offset = stream.Length;
        for (var i = 0; i < sheets.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(stream.AsSpan((int)boundSheetAt[i]), offset);
            offset += sheetStreams[i].Length;
        }

        return CompoundFileWriter.Write(("Workbook", [.. stream, .. sheetStreams.SelectMany(s => s)]));
    }

    private static byte[] Sheet(XlsxSheet sheet, List<string> strings, Dictionary<string, int> stringIndex, List<string> formats)
    {
        var records = new MemoryStream();
        Record(records, 0x0809, Bof(0x0010));
        var cells = sheet.Cells;
        var rows = cells.Count == 0 ? (0, 0) : (cells.Min(c => c.Row) - 1, cells.Max(c => c.Row));
        var columns = cells.Count == 0 ? (0, 0) : (cells.Min(c => c.Column), cells.Max(c => c.Column) + 1);
        Record(records, 0x0200, [.. U32((uint)rows.Item1), .. U32((uint)rows.Item2), .. U16((ushort)columns.Item1), .. U16((ushort)columns.Item2), 0, 0]);
        foreach (var (row, column, value) in cells.OrderBy(c => c.Row).ThenBy(c => c.Column))
        {
            byte[] place = [.. U16((ushort)(row - 1)), .. U16((ushort)column)];
            switch (value)
            {
                case string text:
                    Record(records, 0x00FD, [.. place, .. U16(1), .. U32((uint)Shared(text, strings, stringIndex))]);
                    break;
                case XlsxDate date:
                    var style = formats.IndexOf(date.Format);
                    if (style < 0)
                    {
                        formats.Add(date.Format);
                        style = formats.Count - 1;
                    }

                    Record(records, 0x0203, [.. place, .. U16((ushort)(style + 2)), .. F64(date.Value.DayNumber - new DateOnly(1899, 12, 30).DayNumber)]);
                    break;
                case XlsxFormula { CachedValue: string cached }:
                    // The cached value of a text formula is 0xFFFF-marked and follows in a STRING record.
                    byte[] textResult = [0, 0, 0, 0, 0, 0, 0xFF, 0xFF];
                    Record(records, 0x0006, [.. place, .. U16(1), .. textResult, 0, 0, 0, 0, 0, 0, .. Tokens([0x17, .. UnicodeString(cached, wideLength: false)])]);
                    Record(records, 0x0207, UnicodeString(cached, wideLength: true));
                    break;
                case XlsxFormula formula:
                    var number = Convert.ToDouble(formula.CachedValue, System.Globalization.CultureInfo.InvariantCulture);
                    Record(records, 0x0006, [.. place, .. U16(1), .. F64(number), 0, 0, 0, 0, 0, 0, .. Tokens([0x1F, .. F64(number)])]);
                    break;
                case bool flag:
                    Record(records, 0x0205, [.. place, .. U16(1), (byte)(flag ? 1 : 0), 0]);
                    break;
                default:
                    Record(records, 0x0203, [.. place, .. U16(1), .. F64(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture))]);
                    break;
            }
        }

        if (sheet.Merges.Count > 0)
        {
            var merged = new List<byte>(U16((ushort)sheet.Merges.Count));
            foreach (var range in sheet.Merges)
            {
                var (first, last) = (Reference(range.Split(':')[0]), Reference(range.Split(':')[^1]));
                merged.AddRange([.. U16((ushort)first.Row), .. U16((ushort)last.Row), .. U16((ushort)first.Column), .. U16((ushort)last.Column)]);
            }

            Record(records, 0x00E5, [.. merged]);
        }

        Record(records, 0x000A, []);
        return records.ToArray();
    }

    private static int Shared(string text, List<string> strings, Dictionary<string, int> stringIndex)
    {
        if (!stringIndex.TryGetValue(text, out var index))
        {
            index = strings.Count;
            strings.Add(text);
            stringIndex[text] = index;
        }

        return index;
    }

    // "B3" as 0-based row and column.
    private static (int Row, int Column) Reference(string reference)
    {
        var letters = reference.TakeWhile(char.IsAsciiLetter).ToArray();
        var column = letters.Aggregate(0, (n, c) => (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1)) - 1;
        return (int.Parse(reference.AsSpan(letters.Length), System.Globalization.CultureInfo.InvariantCulture) - 1, column);
    }

    private static void Record(Stream stream, ushort type, byte[] data)
    {
        if (data.Length > MaxRecord)
        {
            throw new InvalidOperationException("the workbook is too large for this writer (a record would need CONTINUE)");
        }

        stream.Write(U16(type));
        stream.Write(U16((ushort)data.Length));
        stream.Write(data);
    }

    // BOF: BIFF8, the substream's kind, the build and year of the writing application, no flags.
    private static byte[] Bof(ushort kind) => [.. U16(0x0600), .. U16(kind), .. U16(0x0DBB), .. U16(0x07CC), 0, 0, 0, 0, 6, 0, 0, 0];

    // FONT: 11 pt (220 twips), normal weight, named Arial.
    private static byte[] Font() => [.. U16(220), 0, 0, .. U16(0x7FFF), .. U16(400), 0, 0, 0, 0, 0, 0, .. UnicodeString("Arial", wideLength: false)];

    // XF: font 0, the number format; a style (parent none) or a cell format (parent style 0) that sets its own number format.
    private static byte[] Xf(int format, bool style)
    {
        var xf = new byte[20];
        BinaryPrimitives.WriteUInt16LittleEndian(xf.AsSpan(2), (ushort)format);
        BinaryPrimitives.WriteUInt16LittleEndian(xf.AsSpan(4), style ? (ushort)0xFFF5 : (ushort)0x0001);
        xf[9] = style ? (byte)0 : (byte)0x04;
        return xf;
    }

    private static byte[] Sst(List<string> strings)
    {
        var sst = new List<byte>([.. U32((uint)strings.Count), .. U32((uint)strings.Count)]);
        foreach (var text in strings)
        {
            sst.AddRange(UnicodeString(text, wideLength: true));
        }

        return [.. sst];
    }

    // A formula's parsed expression: its length, then the tokens.
    private static byte[] Tokens(byte[] tokens) => [.. U16((ushort)tokens.Length), .. tokens];

    // XLUnicodeString (16-bit length) or ShortXLUnicodeString (8-bit length), always UTF-16.
    private static byte[] UnicodeString(string text, bool wideLength) =>
        [.. wideLength ? U16((ushort)text.Length) : [(byte)text.Length], 1, .. Encoding.Unicode.GetBytes(text)];

    private static byte[] U16(ushort value) => BitConverter.GetBytes(value);

    private static byte[] U32(uint value) => BitConverter.GetBytes(value);

    private static byte[] F64(double value) => BitConverter.GetBytes(value);
}
