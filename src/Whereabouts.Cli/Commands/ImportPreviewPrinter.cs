using System.Globalization;
using Whereabouts.Application.Lists;
using Whereabouts.Tables.Layout;

namespace Whereabouts.Cli.Commands;

/// <summary>Prints how a list was read: the file, the layout found, and the first rows as written and as read.</summary>
internal static class ImportPreviewPrinter
{
    public static async Task WriteAsync(TextWriter output, ListPreview preview)
    {
        var how = preview.Encoding is { } encoding
            ? $"text in {encoding}, fields separated by {Describe(preview.Delimiter)}"
            : $"workbook ({preview.Format}), sheets: {string.Join(", ", preview.Sheets.Select(s => $"\"{s}\""))}";
        await output.WriteLineAsync($"{preview.FileName}: {how}").ConfigureAwait(false);
        var layout = preview.Layout;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"header on line {layout.HeaderLine}{(layout.Sheet is { } sheet ? $" of sheet \"{sheet}\"" : string.Empty)}; {preview.RowCount:N0} rows below it")).ConfigureAwait(false);
        foreach (var column in layout.Columns)
        {
            var said = column.FromMapping ? " (as the mapping says)" : string.Empty;
            await output.WriteLineAsync($"  {ColumnLetters.Of(column.Index),-3} {column.Header,-30} → {column.Field}{said}").ConfigureAwait(false);
        }

        if (layout.Columns.Any(c => c.Field == ListField.FullName))
        {
            var order = layout.NameOrder == NameOrder.FamilyLast ? "given name first, family name last" : "family name first";
            await output.WriteLineAsync($"full names read {order}{(layout.NameOrderDetected ? " (detected from the list's names)" : " (as the mapping says)")}").ConfigureAwait(false);
        }

        await output.WriteLineAsync("first rows as read:").ConfigureAwait(false);
        foreach (var row in preview.Read)
        {
            var parts = new List<string>();
            void Add(string label, string? value)
            {
                if (value is not null)
                {
                    parts.Add($"{label}: {value}");
                }
            }

            Add("id", row.Id);
            Add("family", row.FamilyName);
            Add("given", row.GivenName);
            Add("patronymic", row.Patronymic);
            Add("born", row.BirthDate is { } born ? Format(born) : null);
            Add("place", row.BirthPlace);
            Add("fate", row.Fate ?? row.FateText);
            Add("on", row.FateDate is { } on ? Format(on) : null);
            Add("rank", row.Rank);
            Add("unit", row.Unit);
            Add("service number", row.ServiceNumber);
            foreach (var extra in row.Extra)
            {
                Add(extra.Header, extra.Value);
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  line {row.Line}: {string.Join("; ", parts)}")).ConfigureAwait(false);
        }

        foreach (var problem in preview.Problems)
        {
            await output.WriteLineAsync($"problem: {problem}").ConfigureAwait(false);
        }

        await output.WriteLineAsync("Nothing was written (preview).").ConfigureAwait(false);
    }

    private static string Format(ListDate date) => date switch
    {
        { Day: { } day, Month: { } month } => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{month:D2}-{day:D2}"),
        { Month: { } month } => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{month:D2}"),
        _ => date.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private static string Describe(char? delimiter) => delimiter switch
    {
        '\t' => "tabs",
        ',' => "commas",
        ';' => "semicolons",
        '|' => "bars",
        null => "nothing",
        { } other => $"'{other}'",
    };
}
