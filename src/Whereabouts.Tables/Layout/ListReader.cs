using System.Globalization;
using Whereabouts.Tables.Reading;

namespace Whereabouts.Tables.Layout;

/// <summary>Reads a file's sheet as a list of people: finds the header, maps its columns, reads each row.</summary>
public static class ListReader
{
    private static readonly Dictionary<string, ListField> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = ListField.Id,
        ["full_name"] = ListField.FullName,
        ["given_name"] = ListField.GivenName,
        ["family_name"] = ListField.FamilyName,
        ["patronymic"] = ListField.Patronymic,
        ["birth_date"] = ListField.BirthDate,
        ["birth_place"] = ListField.BirthPlace,
        ["fate"] = ListField.Fate,
        ["fate_date"] = ListField.FateDate,
        ["side"] = ListField.Side,
    };

    /// <summary>Reads the sheet the mapping names (or the first) of <paramref name="file"/>.</summary>
    /// <exception cref="TableInputException">The sheet does not exist, or no row of it names name columns.</exception>
    public static ListReading Read(TableFile file, ListMapping? mapping = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        mapping ??= new ListMapping();
        var sheet = file.Sheet(mapping.Sheet);
        var header = sheet.Rows.FirstOrDefault(r => mapping.HeaderLine is null || r.Line == mapping.HeaderLine)
            ?? throw new TableInputException(new TableProblem(file.FileName, sheet.Name, 0, null, "the sheet is empty"));
        var columns = header.Cells.Select((cell, i) => new ListColumn(
            i,
            cell.Text,
            mapping.Columns.TryGetValue(cell.Text, out var said) ? said : Headers.GetValueOrDefault(cell.Text, ListField.Extra),
            mapping.Columns.ContainsKey(cell.Text))).ToList();
        if (!columns.Exists(c => c.Field is ListField.FullName or ListField.FamilyName or ListField.GivenName))
        {
            throw new TableInputException(new TableProblem(file.FileName, sheet.Name, header.Line, null, "the header names no name column"));
        }

        var order = mapping.NameOrder == NameOrder.Detect ? NameOrder.FamilyFirst : mapping.NameOrder;
        var layout = new ListLayout(sheet.Name, header.Line, columns, order, mapping.NameOrder == NameOrder.Detect);
        var rows = new List<ListRowValues>();
        var problems = new List<TableProblem>();
        foreach (var row in sheet.Rows.Where(r => r.Line > header.Line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? Text(ListField field) => columns.Find(c => c.Field == field) is { } column && row[column.Index].Text is { Length: > 0 } text ? text : null;
            ListDate? Date(ListField field)
            {
                var column = columns.Find(c => c.Field == field);
                if (column is null || row[column.Index].Text is not { Length: > 0 } text)
                {
                    return null;
                }

                var date = ParseDate(text);
                if (date is null)
                {
                    problems.Add(new TableProblem(file.FileName, sheet.Name, row.Line, column.Header, $"'{text}' is not a date"));
                }

                return date;
            }

            var full = Text(ListField.FullName);
            var words = full?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            var family = Text(ListField.FamilyName) ?? (words.Length == 0 ? null : order == NameOrder.FamilyFirst ? words[0] : words[^1]);
            var given = Text(ListField.GivenName) ?? (words.Length < 2 ? null : order == NameOrder.FamilyFirst ? words[1] : words[0]);
            if (family is null && given is null)
            {
                problems.Add(new TableProblem(file.FileName, sheet.Name, row.Line, null, "the row has no name"));
                continue;
            }

            var extra = columns.Where(c => c.Field == ListField.Extra && row[c.Index].Text.Length > 0).Select(c => new ListExtraValue(c.Header, row[c.Index].Text)).ToList();
            rows.Add(new ListRowValues(
                row.Line, Text(ListField.Id), full, family, given, Text(ListField.Patronymic), Date(ListField.BirthDate), Text(ListField.BirthPlace),
                null, Text(ListField.Side), Text(ListField.Rank), Text(ListField.Unit), Text(ListField.ServiceNumber), Text(ListField.Fate), Text(ListField.Fate),
                Date(ListField.FateDate), Text(ListField.Notes), extra));
        }

        return new ListReading(file, layout, rows, problems);
    }

    private static ListDate? ParseDate(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2200)
        {
            return new ListDate(year, null, null, text);
        }

        foreach (var format in new[] { "yyyy-MM-dd", "dd.MM.yyyy" })
        {
            if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return new ListDate(day.Year, day.Month, day.Day, text);
            }
        }

        return DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? new ListDate(month.Year, month.Month, null, text)
            : null;
    }
}
