namespace Whereabouts.Ingestion.Claims.Languages;

/// <summary>Whose people a claim counts: the noun phrase's side, a destination, a receiver, a captor (the people are the other side's), the speaker's own people, or the only side the sentence names.</summary>
internal static class LexiconSideFinder
{
    internal static string? Side(ClaimLexicon lexicon, string[] folded, Candidate candidate, string category, string? source)
    {
        if (candidate.NounSide is { } own)
        {
            return own;
        }

        // A destination says whose people were handed over, bodies included.
        // Bodies sent to a side are its people even when the verb is only "given" ("33 hərbçinin cəsədi
        // Azərbaycan tərəfinə verilib").
        if ((category == ClaimValues.Released || HasCategory(folded, lexicon, ClaimValues.Released) || category == ClaimValues.Killed && NamesTheDead(lexicon, folded))
            && First(lexicon, "home", folded) is { } home)
        {
            return OwnClauseHome(lexicon, folded, candidate) ?? home;
        }

        // "Ереван получил останки 9 военнослужащих": whoever receives people or remains gets its own back.
        if (category is ClaimValues.Released or ClaimValues.Killed && Receives(lexicon, folded, candidate)
            && (First(lexicon, "country", folded) ?? First(lexicon, "captor", folded)) is { } receiver)
        {
            return receiver;
        }

        // "Азербайджанская сторона передала тела 12 военнослужащих": whoever hands over the dead
        // hands over the other side's, as with prisoners.
        var handedOverDead = category == ClaimValues.Killed && HasCategory(folded, lexicon, ClaimValues.Released);
        if ((category is ClaimValues.Captured or ClaimValues.Held or ClaimValues.Released || handedOverDead) && (NearCaptor(lexicon, folded, candidate) ?? Captor(lexicon, folded, source)) is { } captor)
        {
            // "Баку получил 12 своих военнослужащих", "Ереван получил останки": the receiver's own people;
            // but a speaker of a side who says its own are held ("Азербайджанская сторона утверждает,
            // что в Армении удерживаются шесть её граждан") speaks of its own people.
            if (OwnWordNear(lexicon, folded, candidate))
            {
                return source is not null && SideOfSource(lexicon, source) is { } speaking && speaking != captor ? speaking : captor;
            }

            return Lexicon.Opposite(captor);
        }

        // "двое его военнослужащих", "onun iki hərbçisi": the speaker's own people.
        if (source is not null && OwnWordNear(lexicon, folded, candidate) && SideOfSource(lexicon, source) is { } speaker)
        {
            return speaker;
        }

        if (category is ClaimValues.Captured or ClaimValues.Held && ActingSide(lexicon, folded, candidate, source) is { } actor)
        {
            return Lexicon.Opposite(actor);
        }

        // "…, передаёт азербайджанское агентство APA": a side word inside the source says whose the
        // speaker is, not whose the counted people are.
        var quoted = source is null ? [] : TextFold.Fold(Tokenizer.Tokenize(source));
        string? named = null;
        for (var k = 0; k < folded.Length; k++)
        {
            if (lexicon.MatchAt("side", folded, k) is { } s && !InSource(quoted, folded, k, s.Length))
            {
                if (named is not null && named != s.Phrase.Value)
                {
                    return null;
                }

                named = s.Phrase.Value;
            }
        }

        if (named is not null)
        {
            return named;
        }

        // A side's own officials report its own missing.
        return category == ClaimValues.Missing && source is not null ? SideOfSource(lexicon, source) : null;
    }

    /// <summary>
    /// Where a sentence hands people to both sides ("Azərbaycana 2 hərbçi, Ermənistana isə 13 nəfər
    /// təhvil verilib", "Ադրբեջանին է հանձնվել երկու զինծառայող, Հայաստանին՝ տասներեք"), the
    /// destination in the count's own clause is its own; in a gapped clause a side word stands for
    /// it ("азербайджанской стороне были переданы двое, армянской — тринадцать"). Null when the
    /// count's clause names none, or the sentence only one side's destination.
    /// </summary>
    private static string? OwnClauseHome(ClaimLexicon lexicon, string[] folded, Candidate candidate)
    {
        var start = candidate.FirstToken;
        while (start > 0 && folded[start - 1] is not ("," or ";"))
        {
            start--;
        }

        if (start == 0)
        {
            return null;
        }

        string? own = null;
        for (var k = start; k < candidate.FirstToken; k++)
        {
            if (lexicon.MatchAt("home", folded, k) is { } m)
            {
                own = m.Phrase.Value;
            }
        }

        if (own is null && candidate.IsGapped)
        {
            for (var k = start; k < candidate.FirstToken; k++)
            {
                own = lexicon.MatchAt("side", folded, k)?.Phrase.Value ?? own;
            }
        }

        // "9 nəfər vətənə döndü, 38 nəfər Ermənistana yola salındı": the destination may follow the count
        // in its clause.
        for (var k = candidate.LastToken + 1; own is null && k < folded.Length && folded[k] is not ("," or ";" or "."); k++)
        {
            own = lexicon.MatchAt("home", folded, k)?.Phrase.Value;
        }

        return own;
    }

    /// <summary>
    /// The side of other people the sentence names outside the count and its source — the ones who
    /// capture or hold ("были уведены азербайджанскими военными", "erməni silahlıları … girov
    /// götürüb", "ադրբեջանցի զինվորականները … առևանգել են"): a side word right before a person noun
    /// that is not the count's. Null when there is none, or both sides.
    /// </summary>
    private static string? ActingSide(ClaimLexicon lexicon, string[] folded, Candidate candidate, string? source)
    {
        var spoken = source is null ? [] : TextFold.Fold(Tokenizer.Tokenize(source));
        string? actor = null;
        for (var k = 0; k + 1 < folded.Length; k++)
        {
            if (k >= candidate.FirstToken && k <= candidate.LastToken
                || lexicon.MatchAt("side", folded, k) is not { } side
                || k + side.Length > candidate.FirstToken && k <= candidate.LastToken
                || InSource(spoken, folded, k, side.Length)
                || PersonNouns.Match(lexicon, folded, k + side.Length) is null
                || AskedAbout(folded, k, candidate.FirstToken))
            {
                continue;
            }

            if (actor is not null && actor != side.Phrase.Value)
            {
                return null;
            }

            actor = side.Phrase.Value;
        }

        return actor;
    }

    /// <summary>
    /// Whether a question mark stands between <paramref name="k"/> and the count: the people a question
    /// asks about ("Сколько армянских военнослужащих в плену? — 43") are the answer's, not their captors.
    /// </summary>
    private static bool AskedAbout(string[] folded, int k, int count)
    {
        // Armenian marks the question word ("Քանի՞") and ends the question with "։".
        var asked = false;
        var closed = false;
        for (var j = 0; j < count; j++)
        {
            asked |= folded[j] is "?" or "\u055E";
            closed |= j >= k && folded[j] is "?" or "\u0589";
        }

        return asked && closed;
    }

    private static string? SideOfSource(ClaimLexicon lexicon, string source)
    {
        var words = TextFold.Fold(Tokenizer.Tokenize(source));
        return First(lexicon, "side", words) ?? First(lexicon, "captor", words) ?? First(lexicon, "country", words);
    }

    private static bool OwnWordNear(ClaimLexicon lexicon, string[] folded, Candidate candidate)
    {
        for (var k = Math.Max(0, candidate.FirstToken - 2); k <= candidate.LastToken; k++)
        {
            if (lexicon.IsWord("own", folded[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a receive verb governs the count. Where the verb comes before its object (Russian),
    /// one after the number receives other people: "Баку передал Еревану 44 военнопленных, получив
    /// взамен 12 человек" hands over the 44 and receives the 12.
    /// </summary>
    private static bool Receives(ClaimLexicon lexicon, string[] folded, Candidate candidate)
    {
        var end = lexicon.IsWord("verb_final", "yes") ? folded.Length : candidate.Phrase.First;
        for (var k = 0; k < end; k++)
        {
            if (lexicon.MatchAt("receive", folded, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence names bodies or remains (a person noun whose fate is death: "cəsəd", "останки").</summary>
    private static bool NamesTheDead(ClaimLexicon lexicon, string[] folded)
    {
        for (var k = 0; k < folded.Length; k++)
        {
            if (lexicon.MatchAt("person", folded, k) is { Phrase.Value: ClaimValues.Killed })
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCategory(string[] folded, ClaimLexicon lexicon, string category)
    {
        for (var k = 0; k < folded.Length; k++)
        {
            if (lexicon.MatchAt(category, folded, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first captor the sentence names outside its source: in "Բաքուն պնդում է, որ հայկական
    /// գերության մեջ է …" Baku is the speaker, the Armenian captivity the holder.
    /// </summary>
    /// <summary>
    /// "39 человек, удерживаемых в Азербайджане": a captor within a few words after the count, its noun
    /// and a comma, is the count's own holder, before any other the sentence names ("Омбудсмен Армении").
    /// </summary>
    private static string? NearCaptor(ClaimLexicon lexicon, string[] folded, Candidate candidate)
    {
        var k = candidate.LastToken + 1;
        if (k >= folded.Length || folded[k] != ",")
        {
            return null;
        }

        for (var j = k + 1; j < folded.Length && j <= k + 4 && folded[j] is not ("," or "." or ";"); j++)
        {
            if (lexicon.MatchAt("captor", folded, j) is { } m)
            {
                return m.Phrase.Value;
            }
        }

        return null;
    }

    private static string? Captor(ClaimLexicon lexicon, string[] folded, string? source)
    {
        var spoken = source is null ? [] : TextFold.Fold(Tokenizer.Tokenize(source));
        for (var k = 0; k < folded.Length; k++)
        {
            if (lexicon.MatchAt("captor", folded, k) is not { } m)
            {
                continue;
            }

            if (!InSource(spoken, folded, k, m.Length))
            {
                return m.Phrase.Value;
            }

            k += m.Length - 1;
        }

        return null;
    }

    /// <summary>Whether the words at <paramref name="k"/> (<paramref name="length"/> of them) are all words of the source.</summary>
    private static bool InSource(string[] spoken, string[] folded, int k, int length)
    {
        for (var j = k; j < k + length; j++)
        {
            if (Array.IndexOf(spoken, folded[j]) < 0)
            {
                return false;
            }
        }

        return spoken.Length > 0;
    }

    private static string? First(ClaimLexicon lexicon, string kind, string[] folded)
    {
        for (var k = 0; k < folded.Length; k++)
        {
            if (lexicon.MatchAt(kind, folded, k) is { } m)
            {
                return m.Phrase.Value;
            }
        }

        return null;
    }
}
