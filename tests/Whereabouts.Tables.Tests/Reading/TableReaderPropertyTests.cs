using System.IO.Compression;
using System.Text;
using CsCheck;
using Whereabouts.Tables.Reading;
using Whereabouts.Testing.Lists;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Tables.Tests.Reading;

public sealed class TableReaderPropertyTests
{
    static TableReaderPropertyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // The 8-bit encodings a list may arrive in; what they cannot write becomes "?".
    private static readonly Gen<Encoding> EightBit = Gen.OneOf<int>([1251, 20866, 1252]).Select(Encoding.GetEncoding);

    // An .xlsx, or the same workbook as .xls (whose records hold at most 8 KiB: short words only).
    private static readonly Gen<byte[]> Workbook = Gen.Select(HostileInput.Word.Array[1, 5].Array[1, 6], Gen.Bool, (rows, xlsx) =>
    {
        var book = new XlsxWriter();
        var sheet = book.Sheet("Invented");
        for (var i = 0; i < rows.Length; i++)
        {
            // XML cannot hold every character; a writer would have refused them, so neither do we write them.
            sheet.Row(i + 1, rows[i].Select(w => (object)new string(w.Where(c => XmlCharacter(c)).ToArray())).ToArray());
        }

        return xlsx ? book.ToBytes() : XlsWriter.Write(book);
    }).SelectMany(HostileInput.Mutation);

    private static readonly Gen<byte[]> Archive = Gen.Select(Gen.OneOf("mimetype", "xl/workbook.xml", "xl/workbook.bin", "xl/worksheets/sheet1.xml", "[Content_Types].xml", "people.csv"), HostileInput.Text, (name, text) => (name, text)).Array[0, 4]
        .Select(entries =>
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (name, text) in entries)
                {
                    using var stream = zip.CreateEntry(name).Open();
                    stream.Write(Encoding.UTF8.GetBytes(text));
                }
            }

            return buffer.ToArray();
        }).SelectMany(HostileInput.Mutation);

    private static readonly Gen<byte[]> Compound = Gen.Select(Gen.OneOf("Workbook", "Book", "EncryptionInfo", "WordDocument", "x"), HostileInput.Bytes, (name, bytes) => CompoundFileWriter.Write((name, bytes)))
        .SelectMany(HostileInput.Mutation);

    // Text a cell may hold in a text file: letters of the four scripts, digits, punctuation, the
    // delimiters, quotes and line breaks, but no control characters (a text table has none).
    private static readonly Gen<string> CellText = Gen.Frequency(
        (4, HostileInput.Word.Select(w => new string(w.Where(c => !char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\uFFFD' or '\uFEFF')).ToArray()))),
        (1, Gen.OneOf(",", ";", "\t", "|", "\"", "\"\"", "a\nb", "a\r\nb", " x ", string.Empty)));

    [Fact]
    public void Read_AnyBytes_GiveATableOrAnInputError()
    {
        Gen.Frequency(
            (3, HostileInput.DocumentBytes(HostileInput.Csv)),
            (2, Gen.Select(HostileInput.Csv, EightBit, (csv, encoding) => encoding.GetBytes(csv.Replace(',', ';'))).SelectMany(HostileInput.Mutation)),
            (2, Workbook),
            (1, Archive),
            (1, Compound),
            (1, HostileInput.Bytes))
            .Sample(
                bytes => HostileInput.ReturnsOrRefuses<TableInputException>(() => TableReader.Read(bytes, "fuzz.csv", TestContext.Current.CancellationToken)),
                iter: HostileInput.Iterations * 2);
    }

    [Fact]
    public void Read_QuotedTableInAnyDelimiter_GivesBackItsCells()
    {
        Gen.Select(CellText.Array[2].SelectMany(first => CellText.Array[first.Length].Array[0, 8].Select(rest => rest.Prepend(first).ToArray())), Gen.OneOf(',', ';', '\t', '|'), Gen.OneOf("\n", "\r\n", "\r"))
            .Sample((rows, delimiter, newline) =>
            {
                var text = string.Join(newline, rows.Select(r => string.Join(delimiter, r.Select(v => "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))));
                var expected = rows.Select(r => r.Select(v => v.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim()).ToArray()).Where(r => r.Any(v => v.Length > 0)).ToList();
                if (expected.Count == 0)
                {
                    return true;
                }

                var read = TableReader.Read(Encoding.UTF8.GetBytes(text), "list.csv", TestContext.Current.CancellationToken);
                return read.Delimiter == delimiter
                    && read.Sheets[0].Rows.Select(r => r.Cells.Select(c => c.Text)).SequenceEqual(expected, new RowComparer());
            },
            iter: HostileInput.Iterations);
    }

    private static bool XmlCharacter(char c) => c is '\t' or '\n' or '\r' or (>= ' ' and < '\uD800') or (> '\uDFFF' and < '\uFFFE');

    private sealed class RowComparer : IEqualityComparer<IEnumerable<string>>
    {
        public bool Equals(IEnumerable<string>? x, IEnumerable<string>? y) => x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal);

        public int GetHashCode(IEnumerable<string> obj) => 0;
    }
}
