using System.Globalization;
using System.Text;
using Whereabouts.Engines;

namespace Whereabouts.Tables.Reading;

/// <summary>What is wrong with a file, and where: file, sheet, line and column, as far as known.</summary>
/// <param name="FileName">The file.</param>
/// <param name="Sheet">The sheet, for a workbook; null for a text file or the file as a whole.</param>
/// <param name="Line">The line or row number (1-based); 0 for the file as a whole.</param>
/// <param name="Column">The column's header as the list wrote it (or its letter), when the problem is in one cell.</param>
/// <param name="Message">What is wrong, in words a list's keeper can act on; it quotes the value when there is one.</param>
public sealed record TableProblem(string FileName, string? Sheet, int Line, string? Column, string Message)
{
    internal TableProblem(string fileName, string? sheet, int line, string? column, EngineText message)
        : this(fileName, sheet, line, column, message.English)
    {
        Template = message.Template;
        Values = message.Values;
    }

    /// <summary>
    /// <see cref="Message"/> as a template (composite format, <c>{n}</c> for each of
    /// <see cref="Values"/>), for an application to translate; the English template is the key. For a
    /// problem made from a written message, the message itself, its braces doubled.
    /// </summary>
    public string Template { get; init; } = Message.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    /// <summary>The values of <see cref="Template"/>.</summary>
    public IReadOnlyList<object?> Values { get; init; } = [];

    /// <summary>"FILE, sheet S, line N, column C: message", leaving out what is not known.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(FileName);
        if (Sheet is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", sheet \"{Sheet}\"");
        }

        if (Line > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", line {Line}");
        }

        if (Column is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", column \"{Column}\"");
        }

        return text.Append(": ").Append(Message).ToString();
    }
}
