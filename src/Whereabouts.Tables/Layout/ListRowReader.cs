using Whereabouts.Linkage.Comparisons;
using Whereabouts.Tables.Reading;
using Whereabouts.Engines;

namespace Whereabouts.Tables.Layout;

/// <summary>
/// Reads the rows below a header through a layout: each field's cell, a full name split in the
/// list's order (a separate family, given or patronymic column wins over its part), dates, sex and
/// fate words, and every other non-empty cell kept with its header. What cannot be read is a
/// problem naming the line and the column and quoting the value, never an exception.
/// </summary>
internal sealed class ListRowReader
{
    /// <summary>The longest value a cell may hold; a longer one is a problem, not a value.</summary>
    public const int LongestValue = 1_000;

    // Fate words repeat down a list: each distinct cell is looked up once, up to this many.
    private const int FateCacheLimit = 10_000;

    private readonly TableFile file;
    private readonly string? sheet;
    private readonly IReadOnlyList<ListColumn> columns;
    private readonly int[] fieldColumn;
    private readonly bool familyFirst;
    private readonly DateOnly today;
    private readonly Dictionary<string, string?> fates = new(StringComparer.Ordinal);

    public ListRowReader(TableFile file, string? sheet, IReadOnlyList<ListColumn> columns, bool familyFirst, DateOnly today)
    {
        this.file = file;
        this.sheet = sheet;
        this.columns = columns;
        this.familyFirst = familyFirst;
        this.today = today;
        fieldColumn = new int[Enum.GetValues<ListField>().Length];
        Array.Fill(fieldColumn, -1);
        foreach (var column in columns)
        {
            if (column.Field != ListField.Extra && fieldColumn[(int)column.Field] < 0)
            {
                fieldColumn[(int)column.Field] = column.Index;
            }
        }
    }

    /// <summary>The row read, or null when it is empty or cannot be a person (then a problem says why, unless it was empty).</summary>
    public ListRowValues? Read(TableRow row, List<TableProblem> problems)
    {
        var any = false;
        TableCell[]? blanked = null;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var text = row.Cells[i].Text;
            any |= !row.Cells[i].IsEmpty;
            if (text.Length > LongestValue)
            {
                var length = text.Length;
                var start = text[..40];
                problems.Add(Problem(row, i, EngineText.Of($"the value is {length:N0} characters long, more than the {LongestValue:N0} a cell may hold: '{start}…'")));
                (blanked ??= [.. row.Cells])[i] = TableCell.Empty;
            }
        }

        if (!any)
        {
            return null;
        }

        if (blanked is not null)
        {
            row = row with { Cells = blanked };
        }

        var full = Text(row, ListField.FullName);
        var parts = full is null ? null : FullNames.Split(full, familyFirst);
        var family = Text(row, ListField.FamilyName) ?? parts?.Family;
        var given = Text(row, ListField.GivenName) ?? parts?.Given;
        if (!ListText.HasLetter(family) && !ListText.HasLetter(given) && !ListText.HasLetter(full))
        {
            problems.Add(Problem(row, -1, EngineText.Of($"the row has values but no name (no full name, family name or given name)")));
            return null;
        }

        var fateText = Text(row, ListField.Fate);
        return new ListRowValues(
            row.Line,
            Text(row, ListField.Id),
            full,
            family,
            given,
            Text(row, ListField.Patronymic) ?? parts?.Patronymic,
            Date(row, ListField.BirthDate, problems),
            Text(row, ListField.BirthPlace),
            Sex(Text(row, ListField.Sex)),
            Text(row, ListField.Side),
            Text(row, ListField.Rank),
            Text(row, ListField.Unit),
            Text(row, ListField.ServiceNumber),
            fateText,
            Fate(fateText),
            Date(row, ListField.FateDate, problems),
            Text(row, ListField.Notes),
            Extra(row));
    }

    private static ListSex? Sex(string? text) =>
        text is not null && text.Length <= 40 && ListVocabulary.Sexes.TryExact(ListText.Normalize(text), out var sex) ? sex : null;

    private string? Text(TableRow row, ListField field)
    {
        var at = fieldColumn[(int)field];
        return at >= 0 && row[at].Text is { Length: > 0 } text ? text : null;
    }

    private ListDate? Date(TableRow row, ListField field, List<TableProblem> problems)
    {
        var at = fieldColumn[(int)field];
        if (at < 0)
        {
            return null;
        }

        var date = ListDates.Read(row[at], today, out var problem);
        if (problem is not null)
        {
            problems.Add(Problem(row, at, problem));
        }

        return date;
    }

    private string? Fate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (fates.TryGetValue(text, out var known))
        {
            return known;
        }

        var fate = ListVocabulary.Fates.TryFind(text, out var found) ? found : null;
        if (fates.Count < FateCacheLimit)
        {
            fates[text] = fate;
        }

        return fate;
    }

    private List<ListExtraValue> Extra(TableRow row)
    {
        List<ListExtraValue>? extra = null;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var text = row.Cells[i].Text;
            if (text.Length == 0 || (i < columns.Count && columns[i].Field != ListField.Extra))
            {
                continue;
            }

            (extra ??= []).Add(new ListExtraValue(i < columns.Count ? columns[i].Header : ColumnLetters.Of(i), text));
        }

        return extra ?? [];
    }

    private TableProblem Problem(TableRow row, int column, EngineText message) =>
        new(file.FileName, sheet, row.Line, column < 0 ? null : column < columns.Count ? columns[column].Header : ColumnLetters.Of(column), message);
}
