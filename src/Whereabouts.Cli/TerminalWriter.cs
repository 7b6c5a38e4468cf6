using System.Globalization;
using System.Text;

namespace Whereabouts.Cli;

/// <summary>
/// Writes to a terminal without letting what is written act on it: a control character (ESC, NUL,
/// backspace, C1) or a direction override in a name or a note read from the registry or a file is
/// shown as <c>\u001b</c> instead of being obeyed, so that no record can erase or rewrite its own
/// line, or the lines above it.
/// </summary>
/// <remarks>
/// Tab and line feed pass, and so does a carriage return before a line feed (CSV's line ends). A
/// carriage return alone passes only where the command line draws its own progress bar (the error
/// writer); elsewhere it is shown as <c>\r</c>. Used only when the writer is a terminal: output
/// redirected to a file or a pipe is data and is written exactly.
/// </remarks>
internal sealed class TerminalWriter(TextWriter inner, bool passCarriageReturns) : TextWriter(inner.FormatProvider)
{
    private bool pendingReturn;

    /// <summary>The writer written to.</summary>
    public TextWriter Inner => inner;

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <summary>True when <paramref name="writer"/> is <paramref name="console"/>, or writes to it through this class.</summary>
    public static bool Writes(TextWriter writer, TextWriter console) =>
        ReferenceEquals(writer is TerminalWriter terminal ? terminal.Inner : writer, console);

    /// <inheritdoc/>
    public override void Write(char value) => Write([value]);

    /// <inheritdoc/>
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer)
    {
        // One write to the terminal per call: a console writer flushes on every write.
        var text = new StringBuilder(buffer.Length + 8);
        foreach (var c in buffer)
        {
            if (pendingReturn)
            {
                pendingReturn = false;
                text.Append(c == '\n' ? "\r" : "\\r");
            }

            if (c == '\r' && !passCarriageReturns)
            {
                pendingReturn = true;
            }
            else if (IsHarmful(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                text.Append(c);
            }
        }

        inner.Write(text.ToString());
    }

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();

    /// <inheritdoc/>
    public override Task FlushAsync() => inner.FlushAsync();

    /// <summary>True for a character a terminal would act on rather than show.</summary>
    public static bool IsHarmful(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        < ' ' or (>= '\u007F' and <= '\u009F') => true,
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => true,
        _ => false,
    };

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && pendingReturn)
        {
            pendingReturn = false;
            inner.Write("\\r");
        }

        base.Dispose(disposing);
    }
}
