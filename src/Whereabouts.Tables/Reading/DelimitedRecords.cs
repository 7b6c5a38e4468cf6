using System.Buffers;
using System.Text;

namespace Whereabouts.Tables.Reading;

/// <summary>
/// Walks delimited text record by record: fields between a delimiter, quoted fields that hold
/// delimiters, line breaks and doubled quotes, and CR, LF or CRLF between records, counting the
/// lines so that each record knows the line it starts on. Linear in the text's length.
/// </summary>
internal sealed class DelimitedRecords
{
    private readonly string text;
    private readonly char delimiter;
    private readonly SearchValues<char> fieldEnds;
    private readonly StringBuilder quoted = new();
    private int position;
    private int line = 1;

    /// <summary>Walks <paramref name="text"/> with <paramref name="delimiter"/> between fields.</summary>
    public DelimitedRecords(string text, char delimiter)
    {
        this.text = text;
        this.delimiter = delimiter;
        fieldEnds = SearchValues.Create([delimiter, '\r', '\n']);
    }

    /// <summary>How far into the text the walk has come.</summary>
    public int Position => position;

    /// <summary>
    /// How many quoted fields had text after their closing quote (<c>"a"b</c>): read as spreadsheet
    /// programs read it, but the mark of a wrong delimiter when the delimiter is being guessed.
    /// </summary>
    public int StrayAfterQuotes { get; private set; }

    /// <summary>
    /// Reads the next record's fields (trimmed) into <paramref name="fields"/>; false at the end of
    /// the text. <paramref name="startLine"/> is the line the record starts on;
    /// <paramref name="unclosedQuoteLine"/> is the line of a quote that the text ends inside
    /// (the field then runs to the end), or 0.
    /// </summary>
    public bool Next(List<string> fields, out int startLine, out int unclosedQuoteLine)
    {
        fields.Clear();
        startLine = line;
        unclosedQuoteLine = 0;
        if (position >= text.Length)
        {
            return false;
        }

        while (true)
        {
            string field;
            if (text[position] == '"')
            {
                var quoteLine = line;
                if (!ReadQuoted())
                {
                    unclosedQuoteLine = quoteLine;
                }

                // Whatever follows a closing quote up to the field's end belongs to the field, as
                // spreadsheet programs read it.
                var end = FieldEnd();
                if (!text.AsSpan(position, end - position).IsWhiteSpace())
                {
                    StrayAfterQuotes++;
                }

                quoted.Append(text, position, end - position);
                position = end;
                field = Normalise(quoted.ToString());
            }
            else
            {
                var end = FieldEnd();
                field = text[position..end].Trim();
                position = end;
            }

            fields.Add(field);
            if (position >= text.Length)
            {
                return true;
            }

            if (text[position] == delimiter)
            {
                position++;
                if (position >= text.Length)
                {
                    fields.Add(string.Empty);
                    return true;
                }

                continue;
            }

            // A line break ends the record.
            position += text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
            line++;
            return true;
        }
    }

    // Reads a quoted field's content into the buffer, past its closing quote; false when the
    // text ends before the quote is closed.
    private bool ReadQuoted()
    {
        quoted.Clear();
        position++;
        while (true)
        {
            var next = text.IndexOf('"', position);
            var end = next < 0 ? text.Length : next;
            CountLines(position, end);
            quoted.Append(text, position, end - position);
            if (next < 0)
            {
                position = text.Length;
                return false;
            }

            if (next + 1 < text.Length && text[next + 1] == '"')
            {
                quoted.Append('"');
                position = next + 2;
                continue;
            }

            position = next + 1;
            return true;
        }
    }

    private int FieldEnd()
    {
        var found = text.AsSpan(position).IndexOfAny(fieldEnds);
        return found < 0 ? text.Length : position + found;
    }

    private void CountLines(int from, int to)
    {
        var span = text.AsSpan(from, to - from);
        for (var found = span.IndexOfAny('\r', '\n'); found >= 0; found = span.IndexOfAny('\r', '\n'))
        {
            line++;
            var width = span[found] == '\r' && found + 1 < span.Length && span[found + 1] == '\n' ? 2 : 1;
            span = span[(found + width)..];
        }
    }

    // A line break inside a field reads the same whichever line ends the file was saved with.
    private static string Normalise(string field) =>
        field.Contains('\r', StringComparison.Ordinal)
            ? field.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim()
            : field.Trim();
}
