namespace Whereabouts.Ingestion.Claims.Languages;

/// <summary>
/// One form from a claim lexicon: words compared with folded tokens, where a word ending in
/// <c>*</c> matches every word it starts, and a word that is only <c>*</c> matches any one token.
/// </summary>
/// <param name="Words">The folded words.</param>
/// <param name="Value">The value the lexicon line gives (a number, a category, a side), or "-".</param>
internal sealed record LexiconPhrase(string[] Words, string Value)
{
    /// <summary>How many tokens the phrase covers when it starts at <paramref name="start"/>, or 0.</summary>
    public int MatchAt(string[] folded, int start)
    {
        if (start < 0 || start + Words.Length > folded.Length)
        {
            return 0;
        }

        for (var j = 0; j < Words.Length; j++)
        {
            if (!WordMatches(Words[j], folded[start + j]))
            {
                return 0;
            }
        }

        return Words.Length;
    }

    private static bool WordMatches(string pattern, string word)
    {
        if (pattern == "*")
        {
            return true;
        }

        return pattern.Length > 1 && pattern[^1] == '*'
            ? word.Length >= pattern.Length - 1 && word.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal)
            : string.Equals(pattern, word, StringComparison.Ordinal);
    }
}
