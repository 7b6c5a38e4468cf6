namespace Whereabouts.Linkage.Names;

/// <summary>
/// Coarse phonetic keys for names: two spellings get equal keys when they are the same name in
/// another script, romanisation or dialect (Harutyunyan, Haroutunian, Арутюнян and Հարությունյան
/// all give "arutnyan"). A key is a blocking and agreement signal, not an identity: common
/// different names are kept apart where lists show they must be (Grigoryan and Gevorgyan,
/// Mammadov and Mahmudov, Aliyev and Quliyev), but two people with one key are still two people.
/// </summary>
/// <remarks>
/// Keys are computed from <see cref="NameTransliterator.ToLatin"/> in ordinal, culture-free steps
/// described in <c>Names/README.md</c>: family-name endings are normalised, Russian renderings of
/// an h are undone from a table, voiced and voiceless consonants fold (Western Armenian Kevork is
/// Gevorg), h, kh and x are dropped, y and i glides are dropped, e and a fold, doubled letters
/// collapse. Each word of a multi-word or hyphenated name gets its own key; the keys are joined by
/// single spaces, so "Ter-Petrosyan" and "Ter Petrosyan" agree. An empty or letterless name gives
/// an empty key, which callers must read as "unknown" rather than as agreement; digits are kept.
/// Keys are stable: the same input gives the same key on every machine and run.
/// </remarks>
public static class NameKeys
{
    /// <summary>
    /// The key of a family name. Armenian endings -yan, -ian, -jan, -yants, -iants end the key in
    /// "yan"; Russian and Azerbaijani -ov, -ev, -yev and their feminine forms -ova, -eva, -yeva end
    /// it in "ov", so Mammadova and Mamedov agree. The vowel that Eastern Armenian drops before
    /// -yan is dropped from Armenian stems (Sargsyan and Sarkissian both give "sarksyan").
    /// </summary>
    /// <param name="name">A family name in any script; may be hyphenated or have several words.</param>
    /// <returns>The key, or an empty string for an empty or letterless name.</returns>
    public static string Family(string name) => PhoneticKey.Of(name, NameKind.Family);

    /// <summary>
    /// The key of a given name, by the same rules as <see cref="Family"/> without the ending and
    /// reduced-vowel rules: Hovhannes, Ованес and Ovanes give "ovanas"; Rəşad, Rashad and Рашад
    /// "rashat"; Gevorg, Kevork and Геворг "kavork". Short forms are not expanded (Ara is not Arayik).
    /// </summary>
    /// <param name="name">A given name in any script; several words give several keys.</param>
    /// <returns>The key, or an empty string for an empty or letterless name.</returns>
    public static string Given(string name) => PhoneticKey.Of(name, NameKind.Given);

    /// <summary>
    /// The <see cref="Given"/> key of the father's name that a patronymic contains, in whichever
    /// of its forms a list wrote it: the Armenian genitive in -i (Samveli, Սամվելի; irregular ones
    /// such as Davti → Davit and Sargsi → Sargis come from the table), the Russian patronymic
    /// (Самвелович, Samvelovich, Самвеловна, Никитич → Nikita), the Azerbaijani "X oğlu" / "X qızı"
    /// and their Russian forms "X оглы" / "X кызы", or the bare name (Samvel).
    /// </summary>
    /// <remarks>
    /// A Latin or Armenian word ending in -i is read as a genitive unless the table lists it as a
    /// name (Əli, Mehdi) or the text has Azerbaijani letters; Cyrillic words are never read as
    /// genitives, because Russian lists use -ovich instead.
    /// </remarks>
    /// <param name="patronymic">The patronymic field of a record, in any script.</param>
    /// <returns>
    /// The father's given-name key; or null when the text is empty, has no letters, is only
    /// "oğlu" or "qızı", or is several words without a patronymic marker (a full name, not a patronymic).
    /// </returns>
    public static string? Father(string patronymic)
    {
        if (string.IsNullOrWhiteSpace(patronymic))
        {
            return null;
        }

        var words = NameTransliterator.ToLatin(patronymic).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !ContainsLetter(words))
        {
            return null;
        }

        var forms = PatronymicForms.Default;
        var genitivePossible = CanBeArmenianGenitive(patronymic);
        var count = words.Length;
        if (forms.TryGetWord(words[^1], out var fatherBefore))
        {
            count--;
            if (count == 0)
            {
                return null;
            }

            // "Rəşad oğlu" names the father bare; "Սամվելի որդի" in the genitive.
            return count == 1
                ? FatherOfWord(words[0], genitivePossible && fatherBefore == PatronymicForms.GenitiveBefore)
                : GivenKeyOfLatin(string.Join(' ', words, 0, count));
        }

        if (count == 1)
        {
            return forms.TrySplitJoinedWord(words[0], out var father)
                ? GivenKeyOfLatin(father)
                : FatherOfWord(words[0], genitivePossible);
        }

        // Several words: only "Gevorg Samvelovich"-like text, whose last word is the patronymic.
        return RussianStem(words[^1]) is not null ? FatherOfWord(words[^1], genitivePossible: false) : null;
    }

    /// <summary>
    /// Whether one word of a full name is a patronymic by its form alone: a Russian patronymic
    /// ending (Рубенович, Garikovna, Əliyeviç), or, when <paramref name="genitiveAllowed"/>, an
    /// Armenian genitive in -ի / -i (Գարիկի, Gariki) that the table does not list as a bare name.
    /// </summary>
    internal static bool LooksLikePatronymic(string word, bool genitiveAllowed) =>
        LooksLikePatronymic(word, NameTransliterator.ToLatin(word), genitiveAllowed);

    /// <summary><see cref="LooksLikePatronymic(string, bool)"/> for a word whose <paramref name="latin"/> reading is known.</summary>
    internal static bool LooksLikePatronymic(string word, string latin, bool genitiveAllowed)
    {
        if (latin.Length < 4 || latin.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var key = GivenKeyOfLatin(latin);
        if (PatronymicForms.Default.TryGetFatherKey(key, out var father))
        {
            // A listed form: a patronymic unless it is listed as a bare name (Əli, Mkrtich).
            return !string.Equals(father, key, StringComparison.Ordinal);
        }

        foreach (var ending in PatronymicForms.Default.Endings)
        {
            // -ich alone is too short a sign (Mkrtich, Ilich): only the longer endings count here.
            if (ending.Suffix.Length >= 4 && latin.Length - ending.Suffix.Length >= 2 && latin.EndsWith(ending.Suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return genitiveAllowed && latin[^1] == 'i' && CanBeArmenianGenitive(word);
    }

    /// <summary>Whether the word is a "son of" / "daughter of" word (oğlu, qızı, оглы, որդի).</summary>
    internal static bool IsPatronymicMarker(string word) => IsPatronymicMarkerLatin(NameTransliterator.ToLatin(word));

    /// <summary><see cref="IsPatronymicMarker"/> for a word's Latin reading.</summary>
    internal static bool IsPatronymicMarkerLatin(string latin) => PatronymicForms.Default.TryGetWord(latin, out _);

    private static string FatherOfWord(string word, bool genitivePossible)
    {
        var key = GivenKeyOfLatin(word);
        if (PatronymicForms.Default.TryGetFatherKey(key, out var fatherKey))
        {
            return fatherKey;
        }

        if (RussianStem(word) is { } russianStem)
        {
            return GivenKeyOfLatin(russianStem);
        }

        if (genitivePossible && word.Length >= 4 && word[^1] == 'i')
        {
            // Samveli → Samvel; Arayi → aray, whose final glide the key drops: Ara.
            return GivenKeyOfLatin(word[..^1]);
        }

        return key;
    }

    /// <summary>The father's name behind a Russian patronymic ending (Samvelovich → samvel, Nikitich → nikita).</summary>
    private static string? RussianStem(string word)
    {
        foreach (var ending in PatronymicForms.Default.Endings)
        {
            if (word.Length - ending.Suffix.Length >= 2 && word.EndsWith(ending.Suffix, StringComparison.Ordinal))
            {
                return string.Concat(word.AsSpan(0, word.Length - ending.Suffix.Length), ending.Restore);
            }
        }

        return null;
    }

    private static string GivenKeyOfLatin(string latin)
    {
        var key = new CharBuffer(stackalloc char[64]);
        try
        {
            PhoneticKey.AppendWords(latin, NameKind.Given, ref key);
            return key.ToString();
        }
        finally
        {
            key.Dispose();
        }
    }

    private static bool ContainsLetter(string[] words)
    {
        foreach (var word in words)
        {
            foreach (var c in word)
            {
                if (c is >= 'a' and <= 'z')
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Armenian lists write the father in the genitive (-ի, romanised -i). Russian lists use
    /// -ovich, and Azerbaijani names ending in -i (Əli, Ülvi) are nominatives, so Cyrillic text and
    /// Latin text with Azerbaijani letters are never read as genitives.
    /// </summary>
    private static bool CanBeArmenianGenitive(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0531' and <= '\u058F')
            {
                return true;
            }

            if (c is (>= '\u0400' and <= '\u04FF') or 'ə' or 'Ə' or 'ğ' or 'Ğ' or 'ı' or 'İ' or 'ş' or 'Ş' or 'ç' or 'Ç' or 'ö' or 'Ö' or 'ü' or 'Ü')
            {
                return false;
            }
        }

        return true;
    }
}
