using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Whereabouts.Testing.Lists;

/// <summary>
/// Writes small Excel workbooks (Office Open XML) for tests, by hand with
/// <see cref="ZipArchive"/>: sheets by name, text as shared or inline strings, numbers, dates as
/// serial numbers under a date format (built-in or custom), formulas with the value Excel last
/// computed, and merged cells. Only what a list's tests need; every part is the minimal one Excel
/// itself accepts.
/// </summary>
/// <example>
/// <code>
/// var book = new XlsxWriter();
/// var sheet = book.Sheet("Список");
/// sheet.Row(1, "Invented list of the detained");
/// sheet.Merge("A1:C1");
/// sheet.Row(2, "Фамилия", "Имя", "Дата рождения");
/// sheet.Row(3, "Invented-Petrosyan", "Aram", new DateOnly(1990, 5, 1));
/// byte[] bytes = book.ToBytes();
/// </code>
/// </example>
public sealed class XlsxWriter
{
    /// <summary>Excel's built-in "m/d/yyyy" date format.</summary>
    public const string BuiltInDateFormat = "m/d/yyyy";

    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly List<XlsxSheet> sheets = [];

    /// <summary>The sheets, in the order they were added.</summary>
    internal IReadOnlyList<XlsxSheet> Sheets => sheets;

    /// <summary>Whether text goes into the shared-string table (as Excel writes it) or inline in each cell (as many exporters do).</summary>
    public bool SharedStrings { get; set; } = true;

    /// <summary>Adds a sheet named <paramref name="name"/>, after the sheets already added.</summary>
    public XlsxSheet Sheet(string name)
    {
        var sheet = new XlsxSheet(name);
        sheets.Add(sheet);
        return sheet;
    }

    /// <summary>The workbook's bytes.</summary>
    public byte[] ToBytes()
    {
        if (sheets.Count == 0)
        {
            throw new InvalidOperationException("a workbook needs a sheet");
        }

        var strings = new List<string>();
        var stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var formats = new List<string>();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", ContentTypes());
            Write(zip, "_rels/.rels", $"<Relationships xmlns=\"{PackageRelationshipNamespace}\"><Relationship Id=\"rId1\" Type=\"{RelationshipNamespace}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Write(zip, "xl/workbook.xml", Workbook());
            Write(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships());
            for (var i = 0; i < sheets.Count; i++)
            {
                Write(zip, $"xl/worksheets/sheet{i + 1}.xml", Worksheet(sheets[i], strings, stringIndex, formats));
            }

            // Written last: the cells above have collected the strings and formats they use.
            Write(zip, "xl/sharedStrings.xml", SharedStringTable(strings));
            Write(zip, "xl/styles.xml", Styles(formats));
        }

        return buffer.ToArray();
    }

    /// <summary>The column letters of a 0-based column index: 0 is A, 26 is AA.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static void Write(ZipArchive zip, string path, string xml)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
        stream.Write(bytes);
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private string ContentTypes()
    {
        var xml = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        xml.Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
        xml.Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        xml.Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        for (var i = 0; i < sheets.Count; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }

        xml.Append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        xml.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        return xml.Append("</Types>").ToString();
    }

    private string Workbook()
    {
        var xml = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<workbook xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipNamespace}\"><sheets>");
        for (var i = 0; i < sheets.Count; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{Escape(sheets[i].Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>");
        }

        return xml.Append("</sheets></workbook>").ToString();
    }

    private string WorkbookRelationships()
    {
        var xml = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<Relationships xmlns=\"{PackageRelationshipNamespace}\">");
        for (var i = 0; i < sheets.Count; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i + 1}\" Type=\"{RelationshipNamespace}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
        }

        xml.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{sheets.Count + 1}\" Type=\"{RelationshipNamespace}/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        xml.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{sheets.Count + 2}\" Type=\"{RelationshipNamespace}/styles\" Target=\"styles.xml\"/>");
        return xml.Append("</Relationships>").ToString();
    }

    private string Worksheet(XlsxSheet sheet, List<string> strings, Dictionary<string, int> stringIndex, List<string> formats)
    {
        var xml = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<worksheet xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipNamespace}\"><sheetData>");
        foreach (var row in sheet.Cells.GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{row.Key}\">");
            foreach (var cell in row.OrderBy(c => c.Column))
            {
                var reference = ColumnName(cell.Column) + cell.Row.ToString(CultureInfo.InvariantCulture);
                xml.Append(Cell(reference, cell.Value, strings, stringIndex, formats));
            }

            xml.Append("</row>");
        }

        xml.Append("</sheetData>");
        if (sheet.Merges.Count > 0)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<mergeCells count=\"{sheet.Merges.Count}\">");
            foreach (var range in sheet.Merges)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<mergeCell ref=\"{range}\"/>");
            }

            xml.Append("</mergeCells>");
        }

        return xml.Append("</worksheet>").ToString();
    }

    private string Cell(string reference, object value, List<string> strings, Dictionary<string, int> stringIndex, List<string> formats)
    {
        switch (value)
        {
            case string text when SharedStrings:
                if (!stringIndex.TryGetValue(text, out var index))
                {
                    index = strings.Count;
                    strings.Add(text);
                    stringIndex[text] = index;
                }

                return $"<c r=\"{reference}\" t=\"s\"><v>{index.ToString(CultureInfo.InvariantCulture)}</v></c>";
            case string text:
                return $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{Escape(text)}</t></is></c>";
            case XlsxDate date:
                return $"<c r=\"{reference}\" s=\"{Style(date.Format, formats)}\"><v>{Serial(date.Value).ToString(CultureInfo.InvariantCulture)}</v></c>";
            case XlsxFormula { CachedValue: string cached } formula:
                return $"<c r=\"{reference}\" t=\"str\"><f>{Escape(formula.Expression)}</f><v>{Escape(cached)}</v></c>";
            case XlsxFormula formula:
                var number = Convert.ToDouble(formula.CachedValue, CultureInfo.InvariantCulture);
                return $"<c r=\"{reference}\"><f>{Escape(formula.Expression)}</f><v>{number.ToString("R", CultureInfo.InvariantCulture)}</v></c>";
            case bool flag:
                return $"<c r=\"{reference}\" t=\"b\"><v>{(flag ? 1 : 0).ToString(CultureInfo.InvariantCulture)}</v></c>";
            default:
                var plain = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return $"<c r=\"{reference}\"><v>{plain.ToString("R", CultureInfo.InvariantCulture)}</v></c>";
        }
    }

    // Cell style 0 is General; each date format used gets a style of its own, numbered from 1.
    private static int Style(string format, List<string> formats)
    {
        var at = formats.IndexOf(format);
        if (at < 0)
        {
            formats.Add(format);
            at = formats.Count - 1;
        }

        return at + 1;
    }

    // Excel counts days from 1899-12-30 (its day 1 is 1900-01-01, and it believes 1900 was a leap year).
    private static int Serial(DateOnly date) => date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;

    private static string SharedStringTable(List<string> strings)
    {
        var xml = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<sst xmlns=\"{MainNamespace}\" count=\"{strings.Count}\" uniqueCount=\"{strings.Count}\">");
        foreach (var text in strings)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<si><t xml:space=\"preserve\">{Escape(text)}</t></si>");
        }

        return xml.Append("</sst>").ToString();
    }

    private static string Styles(List<string> formats)
    {
        // Built-in format 14 is the date format Excel gives a typed date; others are custom (164 on).
        var custom = formats.Where(f => f != BuiltInDateFormat).ToList();
        int FormatId(string format) => format == BuiltInDateFormat ? 14 : 164 + custom.IndexOf(format);
        var xml = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<styleSheet xmlns=\"{MainNamespace}\">");
        if (custom.Count > 0)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<numFmts count=\"{custom.Count}\">");
            foreach (var format in custom)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<numFmt numFmtId=\"{FormatId(format)}\" formatCode=\"{Escape(format)}\"/>");
            }

            xml.Append("</numFmts>");
        }

        xml.Append("<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>");
        xml.Append("<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>");
        xml.Append("<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>");
        xml.Append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
        xml.Append(CultureInfo.InvariantCulture, $"<cellXfs count=\"{formats.Count + 1}\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
        foreach (var format in formats)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<xf numFmtId=\"{FormatId(format)}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
        }

        return xml.Append("</cellXfs></styleSheet>").ToString();
    }
}
