using Whereabouts.Engines;

namespace Whereabouts.Tables.Reading;

/// <summary>
/// A file read as tables: its format, how text was decoded, and its sheets (one for a text file).
/// </summary>
/// <param name="FileName">The file's name, as messages call it.</param>
/// <param name="Format">What the bytes were.</param>
/// <param name="Encoding">For a text file, the encoding its text was read in ("utf-8", "utf-16LE", "utf-16BE", "windows-1251", "koi8-r" or "windows-1252"), followed by " (BOM)" when a byte-order mark said so; null for a workbook.</param>
/// <param name="Delimiter">For a text file, the character found between fields; null for a workbook.</param>
/// <param name="Sheets">The sheets, in workbook order; never empty.</param>
public sealed record TableFile(string FileName, TableFormat Format, string? Encoding, char? Delimiter, IReadOnlyList<TableSheet> Sheets)
{
    /// <summary>The sheet named <paramref name="name"/> (any case), or the first sheet when the name is null.</summary>
    /// <exception cref="TableInputException">No sheet has that name; the message lists the sheets there are.</exception>
    public TableSheet Sheet(string? name)
    {
        if (name is null)
        {
            return Sheets[0];
        }

        return Sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new TableInputException(
                new TableProblem(FileName, null, 0, null, EngineText.Of($"there is no sheet \"{name}\"; the sheets are: {string.Join(", ", Sheets.Select(s => $"\"{s.Name}\""))}")));
    }
}
