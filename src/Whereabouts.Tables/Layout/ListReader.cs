using Whereabouts.Linkage.Comparisons;
using Whereabouts.Tables.Reading;

namespace Whereabouts.Tables.Layout;

/// <summary>
/// Reads a file's sheet as a list of people: finds the header below any title rows, recognises
/// its columns in English, Russian, Armenian or Azerbaijani (or as the mapping says), detects the
/// order of a full-name column from the names, and reads each row. Bad cells are problems with
/// their place; only a sheet that cannot be a list at all is refused.
/// </summary>
public static class ListReader
{
    // The names that decide a list's order: a few thousand tell as much as all of them.
    private const int OrderSample = 2_000;

    /// <summary>Reads the sheet the mapping names (or the first) of <paramref name="file"/>.</summary>
    /// <param name="file">The file as read.</param>
    /// <param name="mapping">What a person said about the list; null: everything is detected.</param>
    /// <param name="cancellationToken">Stops the reading between rows.</param>
    /// <exception cref="TableInputException">The sheet does not exist or is empty, or no row among the first 30 (or the one the mapping names) has a name column; the message quotes the first rows' cells.</exception>
    public static ListReading Read(TableFile file, ListMapping? mapping = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        mapping ??= new ListMapping();
        var sheet = file.Sheet(mapping.Sheet);
        var problems = new List<TableProblem>();
        var (headerIndex, columns) = ListLayoutFinder.Find(file, sheet, mapping, problems);
        var header = sheet.Rows[headerIndex];

        var order = mapping.NameOrder;
        var detected = order == NameOrder.Detect;
        if (detected)
        {
            var full = columns.FirstOrDefault(c => c.Field == ListField.FullName);
            var familyFirst = full is null || (FullNames.DetectFamilyFirst(
                sheet.Rows.Skip(headerIndex + 1).Select(r => r[full.Index].Text).Where(t => t.Length is > 0 and <= ListRowReader.LongestValue).Take(OrderSample)) ?? true);
            order = familyFirst ? NameOrder.FamilyFirst : NameOrder.FamilyLast;
        }

        var reader = new ListRowReader(file, sheet.Name, columns, order == NameOrder.FamilyFirst, DateOnly.FromDateTime(DateTime.UtcNow));
        var rows = new List<ListRowValues>(Math.Max(0, sheet.Rows.Count - headerIndex - 1));
        for (var i = headerIndex + 1; i < sheet.Rows.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (reader.Read(sheet.Rows[i], problems) is { } row)
            {
                rows.Add(row);
            }
        }

        return new ListReading(file, new ListLayout(sheet.Name, header.Line, columns, order, detected), rows, problems);
    }
}
