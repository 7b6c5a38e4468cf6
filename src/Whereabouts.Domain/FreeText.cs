using System.Text;

namespace Whereabouts.Domain;

/// <summary>
/// How free text (notes, descriptions, quotes, origins) is kept: in Unicode's composed form (NFC),
/// so that the same words typed on two systems compare equal, and without the control characters
/// (C0 other than tab and line ends, DEL, C1), which no one types and a terminal obeys (ESC, NUL, ...).
/// </summary>
public static class FreeText
{
    /// <summary>The text composed and without control characters other than tab, line feed and carriage return; null stays null.</summary>
    public static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var composed = Composed(value);
        return composed.AsSpan().IndexOfAnyInRange('\0', '\u001F') < 0 && composed.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') < 0
            ? composed
            : string.Concat(composed.Where(c => c is '\t' or '\n' or '\r' || !IsControl(c)));
    }

    private static bool IsControl(char c) => c < ' ' || c is >= '\u007F' and <= '\u009F';

    /// <summary>
    /// The text in NFC. What cannot be normalised (half of a surrogate pair, the noncharacters
    /// U+FFFE and U+FFFF) is first replaced by U+FFFD, so that no input can make it throw.
    /// </summary>
    internal static string Composed(string value)
    {
        StringBuilder? replaced = null;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                replaced?.Append(value, i, 2);
                i++;
                continue;
            }

            var broken = char.IsSurrogate(value[i]) || value[i] is '\uFFFE' or '\uFFFF';
            if (broken && replaced is null)
            {
                replaced = new StringBuilder(value.Length).Append(value, 0, i);
            }

            replaced?.Append(broken ? '\uFFFD' : value[i]);
        }

        return (replaced?.ToString() ?? value).Normalize(NormalizationForm.FormC);
    }
}
