using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Whereabouts.Tables.Reading;
using Whereabouts.Testing.Lists;

namespace Whereabouts.Tables.Tests.Reading;

// Every person in these fixtures is invented: family names begin "Invented-", or (where the
// encoding under test cannot write Latin next to the script) the list's title says so.
[Collection(TimedTests.Name)]
public sealed class TableReaderTests
{
    static TableReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string RussianList =
        "Список военнопленных (вымышленные лица, для проверки)\r\n" +
        "№;ФИО;Дата рождения;Место рождения;в/ч\r\n" +
        "1;Иванов Пётр Сергеевич;01.02.1990;Москва;в/ч 12345\r\n" +
        "2;Смирнова Анна Викторовна;15.11.1985;Тверь, Россия;\r\n" +
        "3;ПЕТРОВ ОЛЕГ НИКОЛАЕВИЧ;1979;Казань;в/ч 54321\r\n";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void Read_CommaSeparatedUtf8_GivesOneSheetOfTrimmedCells()
    {
        var file = TableReader.Read(Encoding.UTF8.GetBytes("id,family_name\n1, Invented-Arakelyan \n"), "list.csv", Cancel);

        var sheet = Assert.Single(file.Sheets);
        Assert.Equal(TableFormat.Delimited, file.Format);
        Assert.Equal("utf-8", file.Encoding);
        Assert.Equal(',', file.Delimiter);
        Assert.Equal(2, sheet.Rows.Count);
        Assert.Equal("Invented-Arakelyan", sheet.Rows[1][1].Text);
        Assert.True(sheet.Rows[1][7].IsEmpty);
    }

    [Fact]
    public void Read_Windows1251SemicolonsWithATitleLine_ReadsRussianHeadersAndRows()
    {
        var file = TableReader.Read(Encoding.GetEncoding(1251).GetBytes(RussianList), "список.csv", Cancel);

        Assert.Equal("windows-1251", file.Encoding);
        Assert.Equal(';', file.Delimiter);
        var rows = Assert.Single(file.Sheets).Rows;
        Assert.Equal(5, rows.Count);
        Assert.Equal("Список военнопленных (вымышленные лица, для проверки)", rows[0][0].Text);
        Assert.Equal(["№", "ФИО", "Дата рождения", "Место рождения", "в/ч"], rows[1].Cells.Select(c => c.Text));
        Assert.Equal("Иванов Пётр Сергеевич", rows[2][1].Text);
        Assert.Equal("Тверь, Россия", rows[3][3].Text);
        Assert.Equal(5, rows[4].Line);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_Koi8R_IsToldFromWindows1251(bool capitals)
    {
        var text = capitals ? RussianList.ToUpperInvariant() : RussianList;

        var file = TableReader.Read(Encoding.GetEncoding("koi8-r").GetBytes(text), "list.csv", Cancel);

        Assert.Equal("koi8-r", file.Encoding);
        Assert.Equal(capitals ? "ИВАНОВ ПЁТР СЕРГЕЕВИЧ" : "Иванов Пётр Сергеевич", file.Sheets[0].Rows[2][1].Text);
    }

    [Fact]
    public void Read_Windows1252Accents_IsToldFromTheCyrillicPages()
    {
        const string list = "family_name,given_name,birth_place\nInvented-Lefèvre,Hélène,Besançon\nInvented-Müller,Jürgen,Zürich\nInvented-Hüseynov,Çiçek,Gäncä\n";

        var file = TableReader.Read(Encoding.GetEncoding(1252).GetBytes(list), "list.csv", Cancel);

        Assert.Equal("windows-1252", file.Encoding);
        Assert.Equal("Invented-Lefèvre", file.Sheets[0].Rows[1][0].Text);
        Assert.Equal("Çiçek", file.Sheets[0].Rows[3][1].Text);
    }

    [Fact]
    public void Read_Utf16LittleEndianWithBomAndTabs_ReadsTabSeparatedArmenian()
    {
        const string list = "Ազգանուն\tԱնուն\tՀայրանուն\r\nInvented-Պետրոսյան\tԱրամ\tՍարգսի\r\n";

        var file = TableReader.Read(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(list)).ToArray(), "list.txt", Cancel);

        Assert.Equal("utf-16LE (BOM)", file.Encoding);
        Assert.Equal('\t', file.Delimiter);
        Assert.Equal(["Invented-Պետրոսյան", "Արամ", "Սարգսի"], file.Sheets[0].Rows[1].Cells.Select(c => c.Text));
    }

    [Theory]
    [InlineData(false, "utf-16LE")]
    [InlineData(true, "utf-16BE")]
    public void Read_Utf16WithoutBom_IsToldByItsZeroBytes(bool bigEndian, string expected)
    {
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;

        var file = TableReader.Read(encoding.GetBytes(RussianList), "list.csv", Cancel);

        Assert.Equal(expected, file.Encoding);
        Assert.Equal("Смирнова Анна Викторовна", file.Sheets[0].Rows[3][1].Text);
    }

    [Fact]
    public void Read_Utf8WithBom_LeavesTheMarkOutOfTheFirstCell()
    {
        var file = TableReader.Read(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Soyadı,Adı,Ata adı\nInvented-Əliyev,Rəşad,Vüqar\n")).ToArray(), "list.csv", Cancel);

        Assert.Equal("utf-8 (BOM)", file.Encoding);
        Assert.Equal("Soyadı", file.Sheets[0].Rows[0][0].Text);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Read_QuotedFieldsWithLineBreaks_GiveEachRowTheLineItStartsOn(string newline)
    {
        var text = string.Join(newline, "family_name,notes", "Invented-Sargsyan,\"seen at\nthe border\"", "Invented-Hakobyan,\"said \"\"alive\"\"\"", string.Empty, "Invented-Karapetyan,\"two", string.Empty, "breaks\"", "Invented-Mkrtchyan,last");

        var rows = TableReader.Read(Encoding.UTF8.GetBytes(text), "list.csv", Cancel).Sheets[0].Rows;

        Assert.Equal([1, 2, 4, 6, 9], rows.Select(r => r.Line));
        Assert.Equal("seen at\nthe border", rows[1][1].Text);
        Assert.Equal("said \"alive\"", rows[2][1].Text);
        Assert.Equal("two\n\nbreaks", rows[3][1].Text);
    }

    [Fact]
    public void Read_WhollyEmptyRows_AreLeftOutAndLinesKeepTheirNumbers()
    {
        var rows = TableReader.Read(Encoding.UTF8.GetBytes("family_name|given_name\n | \n\nInvented-Avetisyan|Gor\n"), "list.txt", Cancel).Sheets[0].Rows;

        Assert.Equal([1, 4], rows.Select(r => r.Line));
    }

    [Fact]
    public void Read_DecimalCommasInASemicolonFile_ChoosesTheSemicolon()
    {
        var file = TableReader.Read(Encoding.UTF8.GetBytes("family_name;height\nInvented-Asatryan;1,82\nInvented-Babayan;1,75\n"), "list.csv", Cancel);

        Assert.Equal(';', file.Delimiter);
        Assert.Equal("1,82", file.Sheets[0].Rows[1][1].Text);
    }

    [Fact]
    public void Read_AQuoteNeverClosed_IsRefusedNamingItsLine()
    {
        var error = Assert.Throws<TableInputException>(() => TableReader.Read(Encoding.UTF8.GetBytes("family_name,notes\nInvented-Grigoryan,ok\nInvented-Vardanyan,\"never closed\nInvented-Zakaryan,x\n"), "list.csv", Cancel));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("list.csv, line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_XlsxWithArmenianHeadersAndAMergedTitle_ReadsRowsWithExcelsRowNumbers()
    {
        var book = new XlsxWriter();
        book.Sheet("Ցուցակ")
            .Row(1, "Անհետ կորածների ցուցակ (հորինված անձինք)").Merge("A1:E1")
            .Row(2, "Հ/Հ", "Ազգանուն", "Անուն", "Հայրանուն", "Ծննդյան ամսաթիվ")
            .Row(3, 1, "Invented-Պետրոսյան", "Արամ", "Սարգսի", new DateOnly(1990, 5, 1))
            .Row(5, 2, "Invented-Հակոբյան", "Գոռ", "Արմենի", new XlsxDate(new DateOnly(1988, 12, 31), "dd.mm.yyyy"));

        var file = TableReader.Read(book.ToBytes(), "ցուցակ.xlsx", Cancel);

        Assert.Equal(TableFormat.Xlsx, file.Format);
        Assert.Null(file.Encoding);
        var sheet = Assert.Single(file.Sheets);
        Assert.Equal("Ցուցակ", sheet.Name);
        Assert.Equal([1, 2, 3, 5], sheet.Rows.Select(r => r.Line));
        Assert.Single(sheet.Rows[0].Cells);
        Assert.Equal("Ազգանուն", sheet.Rows[1][1].Text);
        Assert.Equal("1", sheet.Rows[2][0].Text);
        Assert.Equal(new DateOnly(1990, 5, 1), sheet.Rows[2][4].Date);
        Assert.Equal("1990-05-01", sheet.Rows[2][4].Text);
        Assert.Equal(new DateOnly(1988, 12, 31), sheet.Rows[3][4].Date);
    }

    [Fact]
    public void Read_XlsxWithLeadingEmptyRows_KeepsExcelsRowNumbers()
    {
        var book = new XlsxWriter { SharedStrings = false };
        book.Sheet("List").Row(4, "family_name").Row(7, "Invented-Nazaryan");

        var rows = TableReader.Read(book.ToBytes(), "list.xlsx", Cancel).Sheets[0].Rows;

        Assert.Equal([4, 7], rows.Select(r => r.Line));
        Assert.Equal("Invented-Nazaryan", rows[1][0].Text);
    }

    [Fact]
    public void Read_XlsxDateTypedUnderAGeneralFormat_IsItsSerialNumber()
    {
        var book = new XlsxWriter();
        book.Sheet("List").Row(1, "birth_date", "service_number", "height").Row(2, 32874, 123456789012345L, 1.5);

        var row = TableReader.Read(book.ToBytes(), "list.xlsx", Cancel).Sheets[0].Rows[1];

        Assert.Null(row[0].Date);
        Assert.Equal(32874, row[0].Number);
        Assert.Equal("32874", row[0].Text);
        Assert.Equal("123456789012345", row[1].Text);
        Assert.Equal("1.5", row[2].Text);
    }

    [Fact]
    public void Read_XlsxFormulas_GiveTheirCachedValues()
    {
        var book = new XlsxWriter();
        book.Sheet("List").Row(1, "Invented-Melkonyan", "Vahe", new XlsxFormula("A1&\" \"&B1", "Invented-Melkonyan Vahe"), new XlsxFormula("2020-1990", 30));

        var row = TableReader.Read(book.ToBytes(), "list.xlsx", Cancel).Sheets[0].Rows[0];

        Assert.Equal("Invented-Melkonyan Vahe", row[2].Text);
        Assert.Equal(30, row[3].Number);
    }

    [Fact]
    public void Read_XlsxWithTwoSheets_GivesBothInOrderWithTheirNames()
    {
        var book = new XlsxWriter { SharedStrings = false };
        book.Sheet("Պաշտոնական").Row(1, "Ազգանուն").Row(2, "Invented-Ghazaryan");
        book.Sheet("Լրացուցիչ").Row(1, "Ազգանուն").Row(2, "Invented-Galstyan").Row(3, "Invented-Tadevosyan");

        var file = TableReader.Read(book.ToBytes(), "list.xlsx", Cancel);

        Assert.Equal(["Պաշտոնական", "Լրացուցիչ"], file.Sheets.Select(s => s.Name));
        Assert.Equal("Invented-Tadevosyan", file.Sheet("լրացուցիչ").Rows[2][0].Text);
    }

    [Fact]
    public void Read_XlsWorkbook_ReadsAsTheSameXlsxDoes()
    {
        var book = new XlsxWriter();
        book.Sheet("Ցուցակ")
            .Row(1, "Անհետ կորածների ցուցակ (հորինված անձինք)").Merge("A1:E1")
            .Row(2, "Հ/Հ", "Ազգանուն", "Անուն", "Հայրանուն", "Ծննդյան ամսաթիվ")
            .Row(3, 1, "Invented-Պետրոսյան", "Արամ", new XlsxFormula("\"Սարգսի\"", "Սարգսի"), new DateOnly(1990, 5, 1))
            .Row(5, 2, "Invented-Հակոբյան", "Գոռ", "Արմենի", new XlsxDate(new DateOnly(1988, 12, 31), "dd.mm.yyyy"));
        book.Sheet("Список").Row(2, "Фамилия", "Номер").Row(3, "Invented-Иванов", 123456789012345L);

        var xls = TableReader.Read(XlsWriter.Write(book), "list.xls", Cancel);
        var xlsx = TableReader.Read(book.ToBytes(), "list.xlsx", Cancel);

        Assert.Equal(TableFormat.Xls, xls.Format);
        Assert.Equal(xlsx.Sheets.Select(s => s.Name), xls.Sheets.Select(s => s.Name));
        for (var i = 0; i < xlsx.Sheets.Count; i++)
        {
            Assert.Equal(xlsx.Sheets[i].Rows.Select(r => r.Line), xls.Sheets[i].Rows.Select(r => r.Line));
            Assert.Equal(xlsx.Sheets[i].Rows.SelectMany(r => r.Cells), xls.Sheets[i].Rows.SelectMany(r => r.Cells));
        }

        Assert.Equal(new DateOnly(1988, 12, 31), xls.Sheets[0].Rows[3][4].Date);
        Assert.Equal("Սարգսի", xls.Sheets[0].Rows[2][3].Text);
        Assert.Equal([2, 3], xls.Sheets[1].Rows.Select(r => r.Line));
        Assert.Equal("123456789012345", xls.Sheets[1].Rows[1][1].Text);
    }

    [Theory]
    [InlineData(int.MaxValue, 1, "list.xls, sheet \"List\": it has more than 1,048,576 rows")]
    [InlineData(3, 1841, "list.xls: the workbook is damaged or not a workbook")]
    public void Read_XlsWhoseDimensionsClaimTooMuch_IsRefusedAtOnce(int rows, int columns, string expected)
    {
        var book = new XlsxWriter();
        book.Sheet("List").Row(1, "family_name").Row(2, "Invented-Sahakyan");
        var bytes = XlsWriter.Write(book);

        // DIMENSIONS (record 0x0200, 14 bytes): first row and last row + 1 (32 bits each), then
        // first column and last column + 1 (16 bits each).
        var dimensions = bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x00, 0x02, 0x0E, 0x00]);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(dimensions + 8), rows);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(dimensions + 14), (ushort)columns);
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<TableInputException>(() => TableReader.Read(bytes, "list.xls", Cancel));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        // Bounded work, not speed: before the claim was checked the library walked it for a minute.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Read_FormatIsToldByTheBytesNotTheName()
    {
        var book = new XlsxWriter();
        book.Sheet("List").Row(1, "family_name");

        Assert.Equal(TableFormat.Xlsx, TableReader.Read(book.ToBytes(), "list.csv", Cancel).Format);
        Assert.Equal(TableFormat.Delimited, TableReader.Read(Encoding.UTF8.GetBytes("family_name\n"), "list.xlsx", Cancel).Format);
    }

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "empty", "the file is empty" },
        { "blank", "the file is empty" },
        { "junk", "neither a workbook nor a text table" },
        { "nul", "neither a workbook nor a text table" },
        { "corrupt", "damaged or not a workbook" },
        { "truncated", "damaged or not a workbook" },
        { "compound", "damaged or not a workbook" },
        { "password", "protected by a password; save an unprotected copy" },
        { "ods", "save it as .xlsx or .csv" },
        { "zip", "a ZIP archive, not a workbook" },
        { "bomb", "ZIP bomb" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Read_BadFile_IsRefusedNamingTheFile(string kind, string expected)
    {
        var bytes = BadFile(kind);

        var error = Assert.Throws<TableInputException>(() => TableReader.Read(bytes, "Invented list.xlsx", Cancel));

        Assert.StartsWith("Invented list.xlsx: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HundredThousandRowCsv_ReadsEveryRow()
    {
        var text = new StringBuilder("№;Фамилия;Имя;Отчество;Дата рождения;в/ч\r\n");
        for (var i = 1; i <= 100_000; i++)
        {
            text.Append(i).Append(";Invented-Арутюнян;Арам;Сергеевич;01.02.1990;в/ч ").Append(i % 900).Append("\r\n");
        }

        var bytes = Encoding.GetEncoding(1251).GetBytes(text.ToString());

        var file = TableReader.Read(bytes, "big.csv", Cancel);

        Assert.Equal(100_001, file.Sheets[0].Rows.Count);
    }

    [Fact]
    public void Read_HundredThousandRowXlsx_ReadsEveryRow()
    {
        var book = new XlsxWriter();
        var sheet = book.Sheet("List").Row(1, "Ազգանուն", "Անուն", "Ծննդյան ամսաթիվ", "Զորամաս");
        for (var i = 2; i <= 100_001; i++)
        {
            sheet.Row(i, "Invented-Petrosyan" + (i % 5000), "Aram", new DateOnly(1990, 1, 1).AddDays(i % 3000), i % 900);
        }

        var bytes = book.ToBytes();

        var file = TableReader.Read(bytes, "big.xlsx", Cancel);

        Assert.Equal(100_001, file.Sheets[0].Rows.Count);
    }

    private static byte[] BadFile(string kind)
    {
        var book = new XlsxWriter();
        book.Sheet("List").Row(1, "family_name").Row(2, "Invented-Simonyan");
        var workbook = book.ToBytes();
        return kind switch
        {
            "empty" => [],
            "blank" => Encoding.UTF8.GetBytes(" \r\n ;;\r\n"),
            "junk" => Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251)).Where(b => b != 0).ToArray(),
            "nul" => [.. Encoding.UTF8.GetBytes("family_name\nInvented-Davtyan"), 0, 1, 2, 0],
            "corrupt" => Replaced(workbook, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A"),
            "truncated" => workbook[..(workbook.Length / 2)],
            "compound" => CompoundFileWriter.Write(("WordDocument", Encoding.ASCII.GetBytes("an invented document, not a workbook"))),
            "password" => CompoundFileWriter.Write(("EncryptionInfo", [4, 0, 4, 0, 0x40, 0, 0, 0]), ("EncryptedPackage", Encoding.ASCII.GetBytes("invented stand-in for encrypted bytes"))),
            "ods" => Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>")),
            "zip" => Zip(("people.csv", "family_name\nInvented-Harutyunyan\n")),
            "bomb" => Bomb(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }

    // The workbook with one part's content replaced, as a broken save or transfer leaves it.
    private static byte[] Replaced(byte[] workbook, string part, string content)
    {
        using var buffer = new MemoryStream();
        buffer.Write(workbook);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)!.Delete();
            using var stream = zip.CreateEntry(part).Open();
            stream.Write(Encoding.UTF8.GetBytes(content));
        }

        return buffer.ToArray();
    }

    // A workbook whose one sheet unpacks from some kilobytes to 64 MiB of spaces.
    private static byte[] Bomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var workbook = zip.CreateEntry("xl/workbook.xml").Open())
            {
                workbook.Write("<workbook/>"u8);
            }

            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1 << 20];
            spaces.AsSpan().Fill((byte)' ');
            for (var i = 0; i < 64; i++)
            {
                sheet.Write(spaces);
            }
        }

        return buffer.ToArray();
    }
}
