namespace Whereabouts.Cli;

/// <summary>Writes rows as left-aligned columns for a terminal: plain text that is still easy to cut or grep.</summary>
internal static class CliTable
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Count).Select(i => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
        {
            var cells = row.Select((cell, i) => i == row.Count - 1 ? cell : cell.PadRight(widths[i]));
            await output.WriteLineAsync(string.Join("  ", cells)).ConfigureAwait(false);
        }
    }
}
