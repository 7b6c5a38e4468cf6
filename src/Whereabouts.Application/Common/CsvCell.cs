using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Whereabouts.Application.Common;

/// <summary>
/// The one place where every CSV the app and the command line write is made safe to open in a
/// spreadsheet (OWASP's rule against formula injection): a cell that begins with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is written with an apostrophe before
/// it and in quotes, so that <c>=1+1</c> opens as the text <c>=1+1</c>, not as 2.
/// </summary>
/// <remarks>
/// <para>A plain number (<c>-12.5</c>, <c>+374</c>) is left as it is: a spreadsheet reads it as
/// the number it is, nothing runs, and a column of coordinates stays a column of numbers.</para>
/// <para>A cell that itself begins with an apostrophe gets one more, so that the escaping can be
/// undone exactly: <see cref="Restored"/> removes one leading apostrophe, and a registry snapshot
/// read back from CSV holds the very text that was written (docs/adr/0013).</para>
/// </remarks>
public static class CsvCell
{
    private const char Escape = '\'';

    /// <summary>The cell as it is safe to write: unchanged, or with an apostrophe before it.</summary>
    public static string? Neutralised(string? value) =>
        value is { Length: > 0 } && NeedsEscape(value) ? Escape + value : value;

    /// <summary>Undoes <see cref="Neutralised"/>: a cell read back with a leading apostrophe loses one.</summary>
    public static string Restored(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && value[0] == Escape ? value[1..] : value;
    }

    /// <summary>
    /// The writer settings of every CSV we write (invariant culture, the given line end), with a
    /// neutralised cell always in quotes as OWASP asks. Write the cells through <see cref="Neutralised"/>.
    /// </summary>
    public static CsvConfiguration Configuration(string newLine = "\r\n") => new(CultureInfo.InvariantCulture)
    {
        NewLine = newLine,
        ShouldQuote = args => ConfigurationFunctions.ShouldQuote(args) || args.Field is [Escape, ..],
    };

    /// <summary>Writes one cell, neutralised, to a CsvHelper writer made with <see cref="Configuration"/>.</summary>
    public static void Write(IWriter writer, string? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteField(Neutralised(value));
    }

    /// <summary>
    /// One cell as RFC 4180 text, for CSV written by hand: neutralised, and in quotes when it holds
    /// a comma, a quote or a line end, or was neutralised.
    /// </summary>
    public static string Field(string? value)
    {
        var cell = Neutralised(value) ?? string.Empty;
        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || cell is [Escape, ..]
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;
    }

    private static bool NeedsEscape(string value) => value[0] switch
    {
        Escape or '\t' or '\r' or '=' or '@' => true,
        '+' or '-' => !IsPlainNumber(value),
        _ => false,
    };

    // A sign, digits and at most one decimal point with digits after it: nothing a spreadsheet runs.
    private static bool IsPlainNumber(string value)
    {
        var digits = value.AsSpan(1);
        var point = digits.IndexOf('.');
        ReadOnlySpan<char> whole = point < 0 ? digits : digits[..point];
        ReadOnlySpan<char> fraction = point < 0 ? [] : digits[(point + 1)..];
        return whole.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9')
            && (point < 0 || (fraction.Length > 0 && !fraction.ContainsAnyExceptInRange('0', '9')));
    }
}
