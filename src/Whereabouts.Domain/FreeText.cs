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
    /// The text in NFC; text with half of a surrogate pair (which cannot be normalised) first has
    /// each broken half replaced by U+FFFD, so that no input can make the normalisation throw.
    /// </summary>
    internal static string Composed(string value) =>
        IsWellFormed(value) ? value.Normalize(NormalizationForm.FormC)
        : string.Concat(value.EnumerateRunes().Select(r => r.ToString())).Normalize(NormalizationForm.FormC);

    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
