using System.Globalization;
using System.Text;
using Whereabouts.Tables.Reading;
using Whereabouts.Engines;

namespace Whereabouts.Tables.Layout;

/// <summary>
/// Finds a sheet's header row and what each column holds: the mapping's word first (by header
/// text or column letter), the header words of four languages for the rest. The header is the
/// first row, among the first <see cref="SearchedRows"/>, with a name column; rows above it are
/// titles.
/// </summary>
internal static class ListLayoutFinder
{
    /// <summary>How many rows from the top may hold titles above the header.</summary>
    public const int SearchedRows = 30;

    // A cell longer than this is a title or a note, never a header: not matched against the
    // header words, which also bounds the work a hostile sheet can cause.
    private const int LongestHeader = 200;

    // A header names its field in a few words, perhaps with a remark ("Дата рождения (число,
    // месяц, год)"); a title that mentions "фамилия, имя, отчество" in a sentence is no header.
    private const int HeaderExtraWords = 4;

    // Headers are recognised in the first thousand columns; cells further right are kept as Extra
    // (a letter mapping still reaches them). No list of people is that wide, and the bound keeps
    // a hostile sheet of 16,384 long cells in each of 30 rows from costing seconds.
    private const int RecognisedColumns = 1_000;

    /// <summary>The header row's index in <see cref="TableSheet.Rows"/> and its columns; problems with the mapping's keys are added to <paramref name="problems"/>.</summary>
    /// <exception cref="TableInputException">The sheet is empty, or no row (or not the row the mapping names) has a name column.</exception>
    public static (int HeaderIndex, IReadOnlyList<ListColumn> Columns) Find(TableFile file, TableSheet sheet, ListMapping mapping, List<TableProblem> problems)
    {
        if (sheet.Rows.Count == 0)
        {
            throw new TableInputException(new TableProblem(file.FileName, sheet.Name, 0, null, EngineText.Of($"the sheet is empty")));
        }

        var keys = mapping.Columns.Select(c => (Key: c.Key, Normalized: ListText.Normalize(c.Key), Letter: ColumnLetters.Parse(c.Key.Trim()), Field: c.Value)).ToList();
        if (mapping.HeaderLine is { } line)
        {
            var index = IndexOfLine(sheet, line);
            if (index < 0)
            {
                throw new TableInputException(new TableProblem(
                    file.FileName, sheet.Name, line, null,
                    EngineText.Of($"the mapping's header line {line} is empty or past the end (the sheet's rows run from line {sheet.Rows[0].Line} to {sheet.Rows[^1].Line})")));
            }

            var columns = Columns(sheet.Rows[index], keys, out var unknown);
            if (!HasNameColumn(columns))
            {
                throw new TableInputException(new TableProblem(
                    file.FileName, sheet.Name, line, null,
                    EngineText.Of($"the header on line {line} has no name column (a full name, a family name or a given name); it reads {Cells(sheet.Rows[index])}")));
            }

            AddUnknownKeys(file, sheet, line, unknown, problems);
            return (index, columns);
        }

        for (var i = 0; i < Math.Min(SearchedRows, sheet.Rows.Count); i++)
        {
            var columns = Columns(sheet.Rows[i], keys, out var unknown);
            if (HasNameColumn(columns))
            {
                AddUnknownKeys(file, sheet, sheet.Rows[i].Line, unknown, problems);
                return (i, columns);
            }
        }

        var seen = new StringBuilder();
        foreach (var row in sheet.Rows.Take(5))
        {
            seen.Append(CultureInfo.InvariantCulture, $"{(seen.Length > 0 ? "; " : string.Empty)}line {row.Line}: {Cells(row)}");
        }

        throw new TableInputException(new TableProblem(
            file.FileName, sheet.Name, 0, null,
            EngineText.Of($"no row among the first {SearchedRows} names a name column (a full name, a family name or a given name, in English, Russian, Armenian or Azerbaijani); the first rows read {seen}")));
    }

    private static int IndexOfLine(TableSheet sheet, int line)
    {
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            if (sheet.Rows[i].Line == line)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HasNameColumn(IReadOnlyList<ListColumn> columns)
    {
        foreach (var column in columns)
        {
            if (column.Field is ListField.FullName or ListField.FamilyName or ListField.GivenName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The columns the row names as a header: mapped columns claim their fields first, then recognised ones left to right; a field claimed twice leaves the later column Extra.</summary>
    private static List<ListColumn> Columns(TableRow header, List<(string Key, string Normalized, int? Letter, ListField Field)> keys, out List<string> unknown)
    {
        unknown = [];
        var count = header.Cells.Count;
        var mapped = new Dictionary<int, ListField>();
        Dictionary<string, int>? byHeader = null;
        if (keys.Count > 0)
        {
            byHeader = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Min(count, RecognisedColumns); i++)
            {
                if (header[i].Text.Length <= LongestHeader)
                {
                    byHeader.TryAdd(ListText.Normalize(header[i].Text), i);
                }
            }
        }

        foreach (var (key, normalized, letter, field) in keys)
        {
            var at = normalized.Length > 0 && byHeader!.TryGetValue(normalized, out var found) ? found : -1;
            if (at < 0 && letter is { } index)
            {
                at = index;
            }

            if (at < 0)
            {
                unknown.Add(key);
            }
            else
            {
                mapped.TryAdd(at, field);
                count = Math.Max(count, at + 1);
            }
        }

        var columns = new List<ListColumn>(count);
        var claimed = new HashSet<ListField>();
        var duplicates = new Dictionary<int, ListField>();
        foreach (var (at, field) in mapped.OrderBy(m => m.Key).ToList())
        {
            if (field != ListField.Extra && !claimed.Add(field))
            {
                mapped[at] = ListField.Extra;
                duplicates[at] = field;
            }
        }

        for (var i = 0; i < count; i++)
        {
            var text = header[i].Text;
            var name = text.Length > 0 ? text : ColumnLetters.Of(i);
            if (mapped.TryGetValue(i, out var said))
            {
                columns.Add(new ListColumn(i, name, said, FromMapping: true, duplicates.TryGetValue(i, out var twice) ? twice : null));
                continue;
            }

            var field = i < RecognisedColumns ? Recognise(text) : null;
            if (field is { } known && !claimed.Add(known))
            {
                columns.Add(new ListColumn(i, name, ListField.Extra, FromMapping: false, known));
            }
            else
            {
                columns.Add(new ListColumn(i, name, field ?? ListField.Extra, FromMapping: false));
            }
        }

        return columns;
    }

    private static ListField? Recognise(string header) =>
        header.Length is > 0 and <= LongestHeader && ListVocabulary.Headers.TryFind(header, out var field, HeaderExtraWords) ? field : null;

    private static void AddUnknownKeys(TableFile file, TableSheet sheet, int line, List<string> unknown, List<TableProblem> problems)
    {
        foreach (var key in unknown)
        {
            problems.Add(new TableProblem(file.FileName, sheet.Name, line, key, EngineText.Of($"the mapping names the column \"{key}\", which the header on line {line} does not have")));
        }
    }

    /// <summary>The row's first non-empty cells, quoted, for a message.</summary>
    private static string Cells(TableRow row)
    {
        var cells = row.Cells.Where(c => c.Text.Length > 0).Take(8).Select(c => "\"" + (c.Text.Length <= 40 ? c.Text : string.Concat(c.Text.AsSpan(0, 40), "…")) + "\"").ToList();
        return cells.Count == 0 ? "(nothing)" : string.Join(", ", cells);
    }
}
