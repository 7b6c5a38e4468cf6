namespace Whereabouts.Ingestion.Claims.Languages;

/// <summary>
/// Whether a word names people, beyond the lexicon's list of person nouns: a listed noun in a case
/// the list does not spell out ("մարդուց", "from people", is <c>մարդ</c> with the ablative
/// <c>ուց</c>), or a noun built with a suffix that makes nouns for people (Russian <c>-чан</c>,
/// <c>-ников</c>, <c>-телей</c>; Armenian <c>-ացի</c>; Azerbaijani <c>-çı</c>). Lists of
/// villagers, volunteers and conscripts are never complete; the suffixes that make such words are
/// few and stable, so an unseen word for people still counts. A word the lexicon lists as a thing
/// (days, villages, reports) is never a person, whatever its ending.
/// </summary>
internal static class PersonNouns
{
    // A stem shorter than this is too short to tell a person noun from a chance ending.
    private const int MinStem = 3;

    /// <summary>The person noun starting at token <paramref name="k"/>, with its length in tokens, or null.</summary>
    public static (LexiconPhrase Phrase, int Length)? Match(ClaimLexicon lexicon, string[] folded, int k)
    {
        if (lexicon.MatchAt("person", folded, k) is { } listed)
        {
            return listed;
        }

        if (k < 0 || k >= folded.Length || IsThing(lexicon, folded, k))
        {
            return null;
        }

        var word = folded[k];
        foreach (var ending in Endings(lexicon, "person_case"))
        {
            if (word.Length - ending.Length >= MinStem && word.EndsWith(ending, StringComparison.Ordinal)
                && lexicon.MatchAt("person", [word[..^ending.Length]], 0) is { Length: 1 } stem)
            {
                return stem;
            }
        }

        foreach (var ending in Endings(lexicon, "person_ending"))
        {
            if (word.Length - ending.Length >= MinStem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return (new LexiconPhrase([word], "-"), 1);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the word at token <paramref name="k"/> names a thing: a listed thing form, or a
    /// one-word thing form with one of the case endings nouns take ("işi", the possessive of
    /// <c>iş</c>, a case; "օրը", "the day"). A thing stem may be two letters long ("iş", "ay").
    /// </summary>
    public static bool IsThing(ClaimLexicon lexicon, string[] folded, int k)
    {
        if (k < 0 || k >= folded.Length)
        {
            return false;
        }

        if (lexicon.MatchAt("thing", folded, k) is not null)
        {
            return true;
        }

        var word = folded[k];
        foreach (var ending in Endings(lexicon, "person_case"))
        {
            if (word.Length - ending.Length >= MinThingStem && word.EndsWith(ending, StringComparison.Ordinal)
                && lexicon.MatchAt("thing", [word[..^ending.Length]], 0) is { Length: 1 })
            {
                return true;
            }
        }

        return false;
    }

    // "iş" (a case), "ay" (a month): thing stems are often short, but never a single letter.
    private const int MinThingStem = 2;

    /// <summary>Whether the word ends in one of the endings of <paramref name="kind"/> after a stem of at least three letters.</summary>
    public static bool EndsWith(ClaimLexicon lexicon, string kind, string word)
    {
        foreach (var ending in Endings(lexicon, kind))
        {
            if (word.Length - ending.Length >= MinStem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Endings(ClaimLexicon lexicon, string kind)
    {
        foreach (var phrase in lexicon.Of(kind))
        {
            if (phrase.Words is [var ending])
            {
                yield return ending;
            }
        }
    }
}
