using System.Text;

namespace Whereabouts.Ingestion.Claims.Languages;

/// <summary>
/// The form words are compared in by the claim lexicons: lower case (invariant), Russian ё as е,
/// Azerbaijani and Turkish dotless ı and dotted İ both as i, a typographic apostrophe as '.
/// </summary>
internal static class TextFold
{
    public static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];

            // A lone surrogate (text cut inside a pair, or hostile input) is no letter; normalising
            // it would throw, so it becomes the replacement character.
            if (char.IsHighSurrogate(c) && i + 1 < word.Length && char.IsLowSurrogate(word[i + 1]))
            {
                builder.Append(c).Append(word[++i]);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
                continue;
            }

            builder.Append(c switch
            {
                '\u0130' or 'I' or '\u0131' => 'i',
                '\u0401' or '\u0451' => '\u0435',
                '\u2019' => '\'',
                _ => char.ToLowerInvariant(c),
            });
        }

        var folded = builder.ToString();
        try
        {
            return folded.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // ICU refuses some code points besides lone surrogates (noncharacters such as U+FFFE);
            // such a word matches no lexicon entry either way, so it is compared as it stands.
            return folded;
        }
    }

    /// <summary>Every token's folded text.</summary>
    public static string[] Fold(List<Token> tokens)
    {
        var folded = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            folded[i] = Fold(tokens[i].Text);
        }

        return folded;
    }

    /// <summary>The script a letter belongs to (Latn, Cyrl, Armn), or null for anything else.</summary>
    public static string? ScriptOf(char c) => c switch
    {
        >= '\u0530' and <= '\u058F' or >= '\uFB13' and <= '\uFB17' => "Armn",
        >= '\u0400' and <= '\u04FF' => "Cyrl",
        _ when char.IsLetter(c) && c < '\u0250' || c == '\u0259' || c == '\u018F' => "Latn",
        _ => null,
    };
}
