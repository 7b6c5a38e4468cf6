using Whereabouts.Ingestion.Claims.Languages;

namespace Whereabouts.Ingestion.Mentions;

/// <summary>
/// Whether a word in running text is a place name with a case ending: Хцаберде and Хцаберда for
/// Хцаберд, Шуше for Шуша, Խծաբերդում for Խծաբերդ, Xtsaberddə and Xankəndi'ndə. The endings and
/// the final vowels a name drops before them are the <c>place_suffix</c> and <c>stem_vowel</c>
/// lines of the claim lexicons (one data file per language), taken for every language written in
/// the name's script. Names shorter than four letters are compared only whole, so a short name
/// plus an ending does not swallow ordinary words; in Latin script only words with a letter beyond
/// ASCII are taken as inflected, so English "Azerbaijani" is not "Azerbaijan".
/// </summary>
internal static class PlaceInflections
{
    private const int MinimumName = 4;
    private const int MinimumStem = 3;

    private static readonly Lazy<Dictionary<string, (string[] Suffixes, string[] StemVowels)>> ByScript = new(Load);

    /// <summary>The keys a name can be found under: the name, and the name without a droppable final vowel.</summary>
    public static IEnumerable<string> Keys(string name)
    {
        yield return name;
        if (name.Length >= MinimumName && Of(name) is { } table)
        {
            foreach (var vowel in table.StemVowels)
            {
                if (name.EndsWith(vowel, StringComparison.Ordinal) && name.Length - vowel.Length >= MinimumStem)
                {
                    yield return name[..^vowel.Length];
                }
            }
        }
    }

    /// <summary>The keys a text word may be a name under: itself, without each ending it has, and before an apostrophe.</summary>
    public static IEnumerable<string> Stems(string word)
    {
        yield return word;
        var apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe >= MinimumStem)
        {
            yield return word[..apostrophe];
        }

        // Latin script is shared with English, where "Azerbaijani" is no inflection of
        // "Azerbaijan": Latin endings apply only to a word with a letter beyond ASCII (Şuşada,
        // Xtsaberddə), as Azerbaijani words nearly always have.
        if (Of(word) is { } table && (!IsLatin(word) || word.Any(c => c > '\u007F' && char.IsLetter(c))))
        {
            foreach (var suffix in table.Suffixes)
            {
                if (word.Length - suffix.Length >= MinimumStem && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    yield return word[..^suffix.Length];
                }
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> (folded) is <paramref name="name"/> (folded), whole or inflected.</summary>
    public static bool Matches(string name, string word)
    {
        if (string.Equals(name, word, StringComparison.Ordinal))
        {
            return true;
        }

        if (name.Length < MinimumName)
        {
            return false;
        }

        foreach (var key in Keys(name))
        {
            foreach (var stem in Stems(word))
            {
                if (!ReferenceEquals(stem, word) && string.Equals(key, stem, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsLatin(string word) => word.Length > 0 && TextFold.ScriptOf(word[0]) == "Latn";

    private static (string[] Suffixes, string[] StemVowels)? Of(string word)
    {
        foreach (var c in word)
        {
            if (TextFold.ScriptOf(c) is { } script)
            {
                return ByScript.Value.TryGetValue(script, out var table) ? table : null;
            }
        }

        return null;
    }

    private static Dictionary<string, (string[] Suffixes, string[] StemVowels)> Load()
    {
        var tables = new Dictionary<string, (string[] Suffixes, string[] StemVowels)>(StringComparer.Ordinal);
        foreach (var group in ClaimLexicon.All.GroupBy(l => l.Script, StringComparer.Ordinal))
        {
            var suffixes = group.SelectMany(l => l.Of("place_suffix")).Select(p => p.Words[0]).Distinct(StringComparer.Ordinal)
                .OrderByDescending(s => s.Length).ToArray();
            var vowels = group.SelectMany(l => l.Of("stem_vowel")).Select(p => p.Words[0]).Distinct(StringComparer.Ordinal).ToArray();
            tables[group.Key] = (suffixes, vowels);
        }

        return tables;
    }
}
