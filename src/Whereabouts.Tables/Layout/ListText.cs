using System.Text;

namespace Whereabouts.Tables.Layout;

/// <summary>
/// The form in which a list's words are compared with the words the reader knows (headers, fates,
/// sexes): lower case (invariant), the Azerbaijani İ and ı folded to i and the Russian ё to е,
/// words separated by one space whatever punctuation or spacing stood between them. Dots are not
/// separators: an abbreviation keeps one dot at its end, so "д.р." and "д.р" are both "др." and
/// never the word "др"; "/", "№" and "#" are kept inside a word ("в/ч", "№"), since they are what
/// abbreviations are made of.
/// </summary>
internal static class ListText
{
    /// <summary>The normalised form of <paramref name="text"/>; empty when it has no letters, digits or abbreviation marks.</summary>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var inWord = false;
        var dotted = false;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (c == '.')
            {
                dotted |= inWord;
                continue;
            }

            if (char.IsLetterOrDigit(c) || c is '/' or '№' or '#')
            {
                if (!inWord && result.Length > 0)
                {
                    result.Append(' ');
                }

                result.Append(c);
                inWord = true;
                continue;
            }

            if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format)
            {
                // A combining accent or an invisible joiner belongs to the word it stands in.
                continue;
            }

            EndWord(result, ref inWord, ref dotted);
        }

        EndWord(result, ref inWord, ref dotted);
        return result.ToString();
    }

    /// <summary>How many letters the normalised text has.</summary>
    public static int Letters(string normalized)
    {
        var count = 0;
        foreach (var c in normalized)
        {
            count += char.IsLetter(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whether the text has a letter of any script.</summary>
    public static bool HasLetter(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void EndWord(StringBuilder result, ref bool inWord, ref bool dotted)
    {
        if (inWord && dotted)
        {
            result.Append('.');
        }

        inWord = false;
        dotted = false;
    }

    private static char Fold(char c) => c switch
    {
        // Invariant lower-casing leaves İ as "i̇" on some platforms and never touches ı; both are
        // the plain i here, so "SOYADI", "Soyadı" and "soyadi" meet.
        '\u0130' or '\u0131' or 'I' => 'i',
        'ё' or 'Ё' => 'е',
        _ => char.ToLowerInvariant(c),
    };
}
