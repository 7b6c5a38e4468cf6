using System.Globalization;
using System.Text;

namespace Whereabouts.Linkage.Names;

/// <summary>
/// Reads one of the tab-separated tables embedded under <c>Names/Data</c>. A table is a list of
/// rows with a fixed number of columns; lines starting with <c>#</c> and blank lines are ignored,
/// and a cell written <c>""</c> stands for the empty string (a trailing tab would be stripped by
/// editors). A malformed file fails loudly with its name and line, because a table that silently
/// loses rows makes names stop matching without any other sign.
/// </summary>
internal static class NameDataFile
{
    public const string ResourcePrefix = "Whereabouts.Linkage.Names.Data.";

    /// <summary>Every table the engine reads; the tests check each loads and has no duplicates.</summary>
    public static readonly string[] All =
    [
        TransliterationTable.ArmenianFile,
        TransliterationTable.CyrillicFile,
        TransliterationTable.AzerbaijaniFile,
        TransliterationTable.LatinFile,
        FamilySuffixes.File,
        NameAliases.File,
        PatronymicForms.File,
        ForeignSpellings.File,
    ];

    public static IReadOnlyList<Row> Read(string fileName, int columns)
    {
        var assembly = typeof(NameDataFile).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidDataException($"The name table {fileName} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);

        var rows = new List<Row>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != columns)
            {
                throw Malformed(fileName, lineNumber, $"expected {columns} tab-separated columns, found {cells.Length}");
            }

            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i] == "\"\"")
                {
                    cells[i] = string.Empty;
                }
                else if (cells[i].Length == 0 || cells[i].Trim().Length != cells[i].Length)
                {
                    throw Malformed(fileName, lineNumber, "a cell is empty or has surrounding spaces (write \"\" for nothing)");
                }
            }

            rows.Add(new Row(fileName, lineNumber, cells));
        }

        return rows;
    }

    public static InvalidDataException Malformed(string fileName, int lineNumber, string reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Name table {fileName}, line {lineNumber}: {reason}."));

    /// <summary>One data row and where it came from, for error messages.</summary>
    internal sealed record Row(string File, int Line, string[] Cells);
}
