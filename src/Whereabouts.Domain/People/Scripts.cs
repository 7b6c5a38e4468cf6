using System.Text;

namespace Whereabouts.Domain;

/// <summary>
/// Tells which script a piece of text is written in, from the Unicode blocks of its letters.
/// Non-letters (spaces, hyphens, apostrophes, dots) are ignored.
/// </summary>
public static class Scripts
{
    /// <summary>
    /// The one script all letters of <paramref name="text"/> belong to, or null when the text has
    /// no letters, mixes scripts, or uses letters of a script the registry does not handle.
    /// </summary>
    public static NameScript? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        NameScript? found = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            var script = Classify(rune);
            if (script is null || (found is not null && found != script))
            {
                return null;
            }

            found = script;
        }

        return found;
    }

    private static NameScript? Classify(Rune rune)
    {
        var value = rune.Value;
        return value switch
        {
            // Basic Latin, Latin-1 Supplement, Latin Extended-A and -B (ə is U+0259 in IPA Extensions).
            (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') => NameScript.Latin,
            >= 0x00C0 and <= 0x024F => NameScript.Latin,
            0x0259 or 0x018F => NameScript.Latin,
            >= 0x1E00 and <= 0x1EFF => NameScript.Latin,
            >= 0x0400 and <= 0x052F => NameScript.Cyrillic,
            >= 0x0531 and <= 0x058F => NameScript.Armenian,
            >= 0xFB13 and <= 0xFB17 => NameScript.Armenian,
            _ => null,
        };
    }

    /// <summary>The English name of a script, for messages.</summary>
    public static string Describe(NameScript script) => script switch
    {
        NameScript.Latin => "Latin",
        NameScript.Cyrillic => "Cyrillic",
        NameScript.Armenian => "Armenian",
        _ => script.ToString(),
    };

    internal static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // Collapse runs of whitespace and normalise to NFC so that equal names compare equal.
        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return FreeText.Composed(collapsed);
    }
}
