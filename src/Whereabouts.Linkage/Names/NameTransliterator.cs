namespace Whereabouts.Linkage.Names;

/// <summary>
/// Reads a name written in Armenian script, Cyrillic or any Latin alphabet as lower-case ASCII
/// Latin in one convention, so that string similarity can compare lists kept in different
/// scripts. The convention is a readable romanisation, not a phonetic key: Հարությունյան reads
/// "harutyunyan", Арутюнян "arutyunyan", Мамедов "mamedov" and Məmmədov "mammadov". Spellings
/// that differ by convention (Арутюнян drops the h) stay different here; <see cref="NameKeys"/>
/// decides that they are the same name.
/// </summary>
/// <remarks>
/// The tables are data files under <c>Names/Data</c> (see its README): Armenian close to
/// BGN/PCGN without apostrophes, Cyrillic with the Armenian- and Azerbaijani-aware rules of
/// Russian lists (дж is j, е after a vowel is ye, the soft sign is dropped), and Latin read with
/// the Azerbaijani values of c (j), ç (ch), x (kh), q (g), ş (sh), ğ (gh), ə (a), ı (i), ö (o),
/// ü (u). Because English spellings of Armenian names hardly use c, x or q, all Latin text is read
/// that way; "ch" stays "ch".
/// </remarks>
public static class NameTransliterator
{
    /// <summary>
    /// The Latin reading of <paramref name="text"/>: lower-case ASCII letters and digits, words
    /// separated by single spaces. Whitespace, hyphens and brackets separate words; apostrophes,
    /// dots and other punctuation are dropped; letters of scripts without a table are dropped.
    /// Case is folded without culture (İ and I both read "i"). Null or empty text gives an empty
    /// string; nothing throws. The same text always gives the same result.
    /// </summary>
    /// <param name="text">A name or any text in Armenian script, Cyrillic or Latin, possibly mixed.</param>
    /// <returns>The romanised text, possibly empty.</returns>
    public static string ToLatin(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var output = new CharBuffer(stackalloc char[256]);
        try
        {
            Write(text, ref output);
            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    /// <summary>Appends the Latin reading of <paramref name="text"/> without allocating a string.</summary>
    internal static void Write(scoped ReadOnlySpan<char> text, ref CharBuffer output) =>
        TransliterationTable.Default.Write(text, ref output);
}
