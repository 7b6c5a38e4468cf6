using System.Globalization;
using System.Text;

namespace Whereabouts.Domain;

/// <summary>
/// The characters a name may not hold: those that make a name show differently from how it is
/// stored and searched, or that a terminal obeys instead of printing.
/// </summary>
/// <remarks>
/// <para>Refused: control characters (C0, DEL and C1: NUL, ESC, ...), the bidirectional overrides,
/// embeddings and isolates (U+202A–U+202E, U+2066–U+2069) and marks, zero-width characters (U+200B,
/// U+2060, U+FEFF) and every other invisible formatting character, and halves of broken surrogate
/// pairs. A name with them can read "Anna" on screen and sort, search and print as something else.</para>
/// <para>The zero-width non-joiner and joiner (U+200C, U+200D) are part of how Persian, Arabic and
/// the Indic scripts write some names, so they stand after a letter of those scripts; Armenian,
/// Cyrillic and Latin never need them, and there they are refused like any invisible character.</para>
/// </remarks>
public static class NameCharacters
{
    /// <summary>
    /// What the first character <paramref name="text"/> may not hold is, in words with its code
    /// point ("a control character (U+001B) at character 3"), or null when every character may stand.
    /// </summary>
    public static string? FindRefused(string? text)
    {
        if (text is null)
        {
            return null;
        }

        Rune? previous = null;
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                return Describe("half of a broken character pair", text[i], i);
            }

            // White space is collapsed to single spaces when a name is kept (tabs and line ends included).
            if (!Rune.IsWhiteSpace(rune) && Refused(rune, previous) is { } what)
            {
                return Describe(what, rune.Value, i);
            }

            if (Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                previous = rune;
            }

            i += used;
        }

        return null;
    }

    private static string? Refused(Rune rune, Rune? previous) => rune.Value switch
    {
        0x200C or 0x200D => previous is { } letter && UsesJoiners(letter) ? null : "a zero-width joiner or non-joiner, which Latin, Cyrillic and Armenian names do not use",
        >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x200E or 0x200F or 0x061C => "a direction control character",
        0x200B or 0x2060 or 0xFEFF => "a zero-width character",
        _ => Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control => "a control character",
            UnicodeCategory.Format => "an invisible formatting character",
            UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => "a character that is not a letter of any script",
            _ => null,
        },
    };

    // The scripts whose spelling uses the zero-width (non-)joiner: Arabic (with Persian) and the
    // Indic scripts from Devanagari to Sinhala.
    private static bool UsesJoiners(Rune letter) => letter.Value is
        (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0x08A0 and <= 0x08FF)
        or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF)
        or (>= 0x0900 and <= 0x0DFF);

    private static string Describe(string what, int codePoint, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} (U+{codePoint:X4}) at character {index + 1}");
}
