using System.Globalization;
using System.Text;

namespace Whereabouts.Linkage.Tests.Names;

/// <summary>
/// Reads the tab-separated golden files under TestData. Lines starting with # and blank lines are
/// skipped. Cells may use \t, \n, \\ and \uXXXX, so leading and trailing spaces survive editors
/// that strip them; a cell written "" is the empty string.
/// </summary>
internal static class GoldenFile
{
    public static IEnumerable<string[]> Rows(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", fileName);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t').Select(Unescape).ToArray();
        }
    }

    public static string Unescape(string cell)
    {
        if (cell == "\"\"")
        {
            return string.Empty;
        }

        if (!cell.Contains('\\', StringComparison.Ordinal))
        {
            return cell;
        }

        var text = new StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] != '\\' || i + 1 == cell.Length)
            {
                text.Append(cell[i]);
                continue;
            }

            var escape = cell[++i];
            switch (escape)
            {
                case 't':
                    text.Append('\t');
                    break;
                case 'n':
                    text.Append('\n');
                    break;
                case 'u':
                    text.Append((char)int.Parse(cell.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    text.Append(escape);
                    break;
            }
        }

        return text.ToString();
    }
}
