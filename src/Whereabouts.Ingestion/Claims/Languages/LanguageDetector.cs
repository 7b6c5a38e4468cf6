namespace Whereabouts.Ingestion.Claims.Languages;

/// <summary>
/// Says which language a document is written in, from the claim lexicons' data files: first the
/// script most of its letters are in (Latin, Cyrillic, Armenian), then, among the languages
/// written in that script, the one whose frequent words and own letters occur most (Azerbaijani
/// ə; Turkish and English by their common words). With no such evidence (a share line, a name)
/// the script's default language is taken (English for Latin). A document with no letters, or in a
/// script no data file names, is <see cref="Undetermined"/>.
/// </summary>
public static class LanguageDetector
{
    /// <summary>The code of a document whose language could not be told.</summary>
    public const string Undetermined = "und";

    /// <summary>The ISO 639-1 code of the language <paramref name="paragraphs"/> are written in
    /// (<c>en</c>, <c>ru</c>, <c>hy</c>, <c>az</c>, <c>tr</c>, or another with a data file), or
    /// <see cref="Undetermined"/>.</summary>
    public static string Detect(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var scripts = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var letters = new Dictionary<char, int>();
        foreach (var paragraph in paragraphs)
        {
            if (string.IsNullOrEmpty(paragraph))
            {
                continue;
            }

            foreach (var c in paragraph)
            {
                if (TextFold.ScriptOf(c) is { } script)
                {
                    scripts[script] = scripts.GetValueOrDefault(script) + 1;
                    var lower = char.ToLowerInvariant(c);
                    letters[lower] = letters.GetValueOrDefault(lower) + 1;
                }
            }

            // The first few thousand words are plenty to tell languages apart.
            if (words.Count < 5000)
            {
                foreach (var token in Tokenizer.Tokenize(paragraph))
                {
                    if (token.IsWord)
                    {
                        words.Add(TextFold.Fold(token.Text));
                    }
                }
            }
        }

        if (scripts.Count == 0)
        {
            return Undetermined;
        }

        var main = scripts.MaxBy(p => p.Value).Key;
        string? best = null;
        var bestScore = -1.0;
        foreach (var lexicon in ClaimLexicon.All)
        {
            if (lexicon.Script != main)
            {
                continue;
            }

            var score = 0.0;
            foreach (var word in words)
            {
                if (lexicon.IsWord("detect", word))
                {
                    score++;
                }
            }

            // A letter only this language uses in its script weighs like a frequent word per use.
            foreach (var letter in lexicon.Of("letter"))
            {
                score += 3 * letters.GetValueOrDefault(letter.Words[0][0]);
            }

            // Without evidence, the language the script's file names as its default (English for Latin).
            if (score == 0 && lexicon.IsWord("default", "yes"))
            {
                score = 0.5;
            }

            if (score > bestScore)
            {
                best = lexicon.Code;
                bestScore = score;
            }
        }

        return best ?? Undetermined;
    }

    /// <summary>The English name of a language code ("Russian"), or "undetermined".</summary>
    public static string NameOf(string code) =>
        code == Undetermined ? "undetermined" : ClaimLexicon.ForCode(code)?.Name ?? code;
}
