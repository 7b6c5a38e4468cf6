using System.Text.RegularExpressions;

namespace Whereabouts.Ingestion.Claims.Languages;

/// <summary>
/// Reads count claims in a language described by a claim lexicon (Russian, Armenian, Azerbaijani),
/// by the rules of the English reader: a number counts people when a person noun follows it
/// within a few words ("44 армянских военнопленных"), when a category phrase follows it directly
/// ("44 itkin düşüb"), or when "the number of" a person noun stands before it ("число погибших
/// достигло 44"). The category is the verb right before the number, else the nearest category
/// phrase after it in its scope (word order is free in Russian and verb-final in Armenian and
/// Azerbaijani), else one before it in its clause, else what the noun says (военнопленные: held).
/// The source comes from the reporting phrases ("по словам X", "X-ի խոսքով", "X bildirib"), the
/// status from a denial or rumour phrase that no breaker ("но", "բայց", "lakin") cuts off, the
/// side from the noun phrase, a destination, a captor or the only side the sentence names.
/// </summary>
internal static partial class LexiconClaimReader
{
    private static readonly string[] Categories =
    [
        ClaimValues.Missing, ClaimValues.Captured, ClaimValues.Held, ClaimValues.Released,
        ClaimValues.Killed, ClaimValues.Wounded, ClaimValues.Arrested, Unreturned,
    ];

    // "не вернулись", "չեն վերադարձել", "qayıtmayıb": people who did not come back are the missing,
    // unless their noun says they are prisoners ("40 военнопленных не вернулись домой": held).
    private const string Unreturned = "unreturned";

    internal static readonly HashSet<string> ClauseMarks = new(StringComparer.Ordinal)
    {
        ",", ";", ":", "\u2014", "\u2013", "\"", "\u00AB", "\u00BB", "\u201C", "\u201D", "\u201E", "(", ")", "\u055D", "\u0589",
    };

    public static List<CountClaim> Extract(ClaimLexicon lexicon, IReadOnlyList<string> paragraphs, DateOnly? published)
    {
        var claims = new List<CountClaim>();
        string? lastSource = null;
        foreach (var paragraph in paragraphs)
        {
            foreach (var sentence in Sentences(lexicon, paragraph ?? string.Empty))
            {
                var (tokens, folded) = WithoutRejectedFigures(lexicon, Tokenizer.Tokenize(sentence));
                var dates = LexiconDateFinder.Find(lexicon, sentence, tokens, folded, published);
                ReadSentence(lexicon, sentence, tokens, folded, dates, ref lastSource, claims);
            }
        }

        return claims;
    }

    /// <summary>
    /// The sentence's tokens (and their folded forms) without a figure a correction rejects: "ранены не
    /// 40, а 38", "ոչ թե 40, այլ 38", "40 deyil, 38" read as "ранены 38" — the kept figure then stands
    /// where the rejected one stood, next to the fate both share. One pass; each step looks a bounded
    /// number of tokens ahead, so the reader stays linear.
    /// </summary>
    private static (List<Token> Tokens, string[] Folded) WithoutRejectedFigures(ClaimLexicon lexicon, List<Token> tokens)
    {
        var folded = TextFold.Fold(tokens);
        if (lexicon.Of("correction_not").Count == 0 && lexicon.Of("correction_after").Count == 0)
        {
            return (tokens, folded);
        }

        var keep = new List<Token>(tokens.Count);
        var keptFolded = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var resume = RejectedFigureEnd(lexicon, tokens, folded, i);
            if (resume > i)
            {
                i = resume - 1;
                continue;
            }

            keep.Add(tokens[i]);
            keptFolded.Add(folded[i]);
        }

        return keep.Count == tokens.Count ? (tokens, folded) : (keep, keptFolded.ToArray());
    }

    /// <summary>Where the kept figure starts when a rejected one ("не 40, а", "40 deyil,") starts at <paramref name="i"/>; else <paramref name="i"/>.</summary>
    private static int RejectedFigureEnd(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int i)
    {
        var not = lexicon.MatchAt("correction_not", folded, i);
        var at = i + (not?.Length ?? 0);
        if (!LexiconNumberReader.StartsNumber(lexicon, tokens, folded, at) || LexiconNumberReader.Read(lexicon, tokens, folded, at) is not { } rejected)
        {
            return i;
        }

        at = rejected.Last + 1;
        if (not is null)
        {
            if (lexicon.MatchAt("correction_after", folded, at) is not { } after)
            {
                return i;
            }

            at += after.Length;
        }

        if (at < tokens.Count && tokens[at].Is(","))
        {
            at++;
        }

        if (not is not null)
        {
            if (lexicon.MatchAt("correction_but", folded, at) is not { } but)
            {
                return i;
            }

            at += but.Length;
        }

        return LexiconNumberReader.StartsNumber(lexicon, tokens, folded, at) ? at : i;
    }

    // No real sentence is longer; a longer run of text (no punctuation at all) is read in pieces so
    // that the work per sentence stays bounded and the whole stays linear in the text's length.
    private const int MaxSentence = 2000;

    /// <summary>Sentences of at most <see cref="MaxSentence"/> characters.</summary>
    private static IEnumerable<string> Sentences(ClaimLexicon lexicon, string paragraph)
    {
        foreach (var sentence in WithAnswers(SplitSentences(lexicon, paragraph)))
        {
            var rest = sentence;
            while (rest.Length > MaxSentence)
            {
                var cut = rest.LastIndexOf(' ', MaxSentence);
                cut = cut <= 0 ? MaxSentence : cut;
                yield return rest[..cut];
                rest = rest[cut..].TrimStart();
            }

            yield return rest;
        }
    }

    /// <summary>
    /// "Сколько армян в плену? По данным омбудсмена, 62.", "Neçə hərbçi itkin sayılır? … 63": a sentence
    /// after a question is read with it, with or without a dash, so that its number takes the question's
    /// fate. Only the next sentence, and only while the two stay short, so the work stays linear.
    /// </summary>
    private static IEnumerable<string> WithAnswers(IEnumerable<string> sentences)
    {
        string? question = null;
        foreach (var sentence in sentences)
        {
            if (question is not null)
            {
                var joined = question + " " + sentence;
                question = null;
                if (joined.Length <= MaxSentence)
                {
                    yield return joined;
                    continue;
                }

                yield return joined[..^(sentence.Length + 1)];
            }

            if (IsQuestion(sentence))
            {
                question = sentence;
                continue;
            }

            yield return sentence;
        }

        if (question is not null)
        {
            yield return question;
        }
    }

    /// <summary>Whether a sentence asks: it ends with "?" (quotes and brackets aside), or holds the Armenian "՞".</summary>
    private static bool IsQuestion(string sentence)
    {
        var end = sentence.Length - 1;
        while (end >= 0 && (char.IsWhiteSpace(sentence[end]) || sentence[end] is '"' or '\u201D' or '\u00BB' or ')' or '\u0589' or ':'))
        {
            end--;
        }

        // Armenian marks the question word ("Քանի՞"); an answer already joined after a dash asks no more.
        var mark = sentence.LastIndexOf('\u055E');
        return end >= 0 && sentence[end] == '?' || mark >= 0 && sentence.IndexOf('\u2014', mark) < 0;
    }

    /// <summary>Sentences; Armenian ends them with ։ (or a colon typed for it before a capital).</summary>
    private static IEnumerable<string> SplitSentences(ClaimLexicon lexicon, string paragraph)
    {
        var text = paragraph;
        if (lexicon.Script == "Armn")
        {
            text = ArmenianStop().Replace(text, "\u0589\n");

            // "— Քանի՞ … գերության մեջ։ — Մեր տվյալներով՝ 43։": an answer (a piece that opens with a
            // dash) stays with the question before it.
            string? pending = null;
            foreach (var piece in text.Split('\n'))
            {
                // Bounded, so that a run of dashed pieces is never copied again and again.
                if (pending is not null && pending.Length < MaxSentence && pending.Contains('\u055E', StringComparison.Ordinal) && piece.TrimStart().StartsWith('\u2014'))
                {
                    pending += " " + piece;
                    continue;
                }

                foreach (var sentence in SentenceSplitter.Split(pending ?? string.Empty))
                {
                    yield return sentence;
                }

                pending = piece;
            }

            foreach (var sentence in SentenceSplitter.Split(pending ?? string.Empty))
            {
                yield return sentence;
            }

            yield break;
        }

        foreach (var sentence in SentenceSplitter.Split(text))
        {
            yield return sentence;
        }
    }

    private static void ReadSentence(ClaimLexicon lexicon, string sentence, List<Token> tokens, string[] folded,
        List<DateMention> dates, ref string? lastSource, List<CountClaim> claims)
    {
        var masks = NumberMasks.Of(sentence, dates);
        var triggers = Triggers(lexicon, folded);
        ToCare(lexicon, folded, triggers);
        DropAskedReleases(lexicon, tokens, folded, triggers);
        DropNegated(lexicon, folded, triggers);
        DropTiedToRelatives(lexicon, folded, triggers);
        var attributions = LexiconSourceFinder.Attributions(lexicon, sentence, tokens, folded, triggers, masks, ref lastSource);
        var candidates = LexiconCandidateFinder.Candidates(lexicon, tokens, folded, masks, triggers);
        if (candidates.Count == 0)
        {
            return;
        }

        var categories = new string?[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            categories[c] = Category(lexicon, tokens, folded, candidates, c,
                candidates[c].IsRelational ? OwnVerbs(lexicon, folded, candidates[c], triggers) : triggers);
            if (categories[c] == ClaimValues.Held && Received(lexicon, tokens, folded, candidates, c))
            {
                categories[c] = ClaimValues.Released;
            }

            // A part that shares its whole's fate says nothing new ("из 80 пропавших без вести 15"
            // takes "без вести" from the whole): only a fate of its own makes it a claim.
            // A phrase of its own after it still tells something ("որոնցից 17-ի վիճակը ծանր է": of the
            // wounded, 17 are in a serious condition).
            // Words of its own that say who the part are or how badly ("из которых 21 — мирные жители",
            // "նրանցից 9-ը՝ ծանր") make it a claim too, as "в том числе 5 детей" is.
            if (candidates[c].IsPart && c > 0 && categories[c] == categories[c - 1]
                && Forward(triggers, candidates[c], ForwardEnd(lexicon, tokens, folded, candidates, c)) is null
                && !PartNamed(lexicon, tokens, folded, candidates[c]))
            {
                categories[c] = null;
            }
        }

        // "В поисках участвуют 45 спасателей", "Axtarış işlərinə 45 xilasedici cəlb olunub": people who
        // search are not the missing a search word speaks of.
        for (var c = 0; c < candidates.Count; c++)
        {
            if (categories[c] == ClaimValues.Missing && Searches(lexicon, folded, candidates[c]))
            {
                categories[c] = null;
            }
        }

        // "6 армянских и 7 азербайджанских военнослужащих погибли": one verb for both.
        for (var c = candidates.Count - 2; c >= 0; c--)
        {
            if (categories[c] is null && !candidates[c].IsPart && !candidates[c].IsRelational && Connected(lexicon, tokens, folded, candidates[c], candidates[c + 1]))
            {
                categories[c] = categories[c + 1];
            }
        }

        for (var c = 1; c < candidates.Count; c++)
        {
            if (categories[c] is null && !candidates[c].IsPart && !candidates[c].IsRelational && Connected(lexicon, tokens, folded, candidates[c - 1], candidates[c]))
            {
                categories[c] = categories[c - 1];
            }
        }

        // "в Гадруте пропали 12 …, в Шуше — ещё 30": a gapped clause with no verb of its own shares
        // the fate of the count before it.
        // "из них 9 тяжело", "onlardan 21-i mülki şəxsdir": a part after a partitive, with words of its
        // own but no verb, shares the fate of the people it is part of.
        for (var c = 1; c < candidates.Count; c++)
        {
            if (categories[c] is null && AfterPartitive(lexicon, folded, candidates[c]) && PartNamed(lexicon, tokens, folded, candidates[c]))
            {
                categories[c] = categories[c - 1];
            }
        }

        // "62 անձից 45-ը զինծառայողներ են, 17-ը՝ խաղաղ բնակիչներ", "12 nəfərdən səkkizi hərbçi, dördü isə
        // mülki şəxs": parts after their whole named by who they are, with no verb of their own, share
        // the whole's fate (the part before them is the whole or an earlier part with it).
        for (var c = 1; c < candidates.Count; c++)
        {
            if (categories[c] is null && candidates[c].IsPart && PartNamed(lexicon, tokens, folded, candidates[c]))
            {
                categories[c] = categories[c - 1];
            }
        }

        // "Двенадцать из сорока пленных, переданных …": a number right before "из" and a count is a part of
        // that count, and shares its fate.
        for (var c = 0; c + 1 < candidates.Count; c++)
        {
            var link = candidates[c].Phrase.Last + 1;
            if (link + 1 == candidates[c + 1].Phrase.First && candidates[c].Head == candidates[c + 1].Head
                && lexicon.IsWord("whole", folded[link]) && categories[c + 1] is not null)
            {
                categories[c] = categories[c + 1];
            }
        }

        // "… saxlanılır, o cümlədən səkkiz qadın": a subset named after the verb shares the count's fate.
        for (var c = 1; c < candidates.Count; c++)
        {
            // "այդ թվում՝ 11 կին": a mark may stand between.
            var before = candidates[c].Phrase.First - 1;
            if (before >= 1 && tokens[before].Text is "\u055D" or ":" or "\u2014" or "\u2013")
            {
                before--;
            }

            if (categories[c] is null && before >= 0 && lexicon.MatchEndingAt("including", folded, before) is not null)
            {
                categories[c] = categories[c - 1];
            }
        }

        // With no count before it ("с ним ещё 5 человек", "daha 5 nəfər var"), the nearest fate before it.
        for (var c = 0; c < candidates.Count; c++)
        {
            if (categories[c] is null && candidates[c].IsGapped && !candidates[c].IsPart && !candidates[c].IsRelational)
            {
                categories[c] = (c > 0 ? categories[c - 1] : null) ?? LastBefore(triggers, candidates[c].FirstToken);
            }
        }

        // "2-ci alaydan yeddi hərbçi, 4-cü alaydan isə üç nəfər itkin düşüb", "Füzuli rayonunda 12, …
        // isə 9 mülki şəxs itkin düşüb": where the verb closes the sentence, a clause with no verb of
        // its own shares the verb of the clause after it.
        if (lexicon.IsWord("verb_final", "yes"))
        {
            for (var c = candidates.Count - 2; c >= 0; c--)
            {
                if (categories[c] is null && !candidates[c].IsPart && !candidates[c].IsRelational
                    && ClauseWithoutVerb(tokens, triggers, candidates[c].LastToken + 1, candidates[c + 1].FirstToken))
                {
                    categories[c] = categories[c + 1];
                }
            }
        }

        // "— Сколько … в плену? — По нашим данным, 43 человека": an answer takes its question's fate.
        for (var c = 0; c < candidates.Count; c++)
        {
            if (categories[c] is null && !candidates[c].IsRelational && Question(tokens, candidates[c].FirstToken) is { } mark)
            {
                categories[c] = LastBefore(triggers, candidates[c].FirstToken) is { } asked && mark >= 0 ? asked : null;
            }
        }

        for (var c = 0; c < candidates.Count; c++)
        {
            if (categories[c] is not { } category)
            {
                continue;
            }

            var candidate = candidates[c];
            if (category == Unreturned)
            {
                category = candidate.NounCategory ?? ClaimValues.Missing;
            }

            var source = LexiconSourceFinder.Source(attributions, candidate);
            claims.Add(new CountClaim(
                candidate.Phrase.Count,
                candidate.Phrase.CountMax,
                candidate.Phrase.Qualifier,
                category,
                LexiconSideFinder.Side(lexicon, folded, candidate, category, source),
                source,
                LexiconStatusFinder.Status(lexicon, folded, candidate),
                Date(lexicon, tokens, folded, dates, candidate),
                sentence));
        }
    }



    /// <summary>Whether the candidate counts searchers (`searcher`) in a sentence that speaks of a search (`search`).</summary>
    private static bool Searches(ClaimLexicon lexicon, string[] folded, Candidate candidate)
    {
        if (candidate.Head < 0 || candidate.Head >= folded.Length || lexicon.MatchAt("searcher", folded, candidate.Head) is null)
        {
            return false;
        }

        for (var k = 0; k < folded.Length; k++)
        {
            if (lexicon.MatchAt("search", folded, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The category of the last fate phrase that ends before token <paramref name="k"/>, or null.</summary>
    private static string? LastBefore(List<(int First, int Last, string Category)> triggers, int k)
    {
        string? last = null;
        foreach (var t in triggers)
        {
            if (t.Last < k)
            {
                last = t.Category;
            }
        }

        return last;
    }

    /// <summary>Whether a `partitive` ("из них", "որոնցից", "onlardan") ends right before the candidate's number.</summary>
    private static bool AfterPartitive(ClaimLexicon lexicon, string[] folded, Candidate candidate) =>
        candidate.Phrase.First >= 1 && lexicon.MatchEndingAt("partitive", folded, candidate.Phrase.First - 1) is not null;

    /// <summary>The last question mark before token <paramref name="k"/> ("?", Armenian "՞"), or null.</summary>
    private static int? Question(List<Token> tokens, int k)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (tokens[j].Text is "?" or "\u055E")
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>Whether the tokens from <paramref name="from"/> to <paramref name="to"/> start with a comma and hold no fate phrase.</summary>
    private static bool ClauseWithoutVerb(List<Token> tokens, List<(int First, int Last, string Category)> triggers, int from, int to)
    {
        if (from >= to || tokens[from].Text != "," || to - from > 6)
        {
            return false;
        }

        foreach (var t in triggers)
        {
            if (t.Last >= from && t.First < to)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a part's own words follow it in its clause: a noun for people ("из которых 21 — мирные
    /// жители", "որոնցից 21-ը խաղաղ բնակիչներ են", "onlardan 21-i mülki şəxsdir") or a word of how
    /// badly (`part_state`: "9 тяжело", "9-ը՝ ծանր", "9-u ağır").
    /// </summary>
    private static bool PartNamed(ClaimLexicon lexicon, List<Token> tokens, string[] folded, Candidate part)
    {
        var k = part.LastToken + 1;
        while (k < tokens.Count && tokens[k].Text is "\u2014" or "\u2013" or "\u055D" or "-")
        {
            k++;
        }

        // "45-ը զինծառայողներ են", "səkkizi hərbçi": a noun of the part's own names who they are.
        // "45 əsgərdən birinin anası": one of them named through a relative is no part.
        if (part.Head > part.Phrase.Last && part.Phrase.Count > 1 && lexicon.MatchAt("relational", folded, part.Head) is null)
        {
            return true;
        }

        return k < tokens.Count && tokens[k].IsWord
            && (lexicon.MatchAt("part_state", folded, k) is not null
                || PersonNouns.Match(lexicon, folded, k) is not null && !lexicon.IsWord("pronoun", folded[k])
                || k + 1 < tokens.Count && PersonNouns.Match(lexicon, folded, k + 1) is not null && lexicon.MatchAt("side", folded, k) is null && !lexicon.IsWord("glue", folded[k]) && tokens[k + 1].IsWord);
    }

    /// <summary>Category phrases as token spans; where two overlap, the one starting first (then the longer) wins.</summary>
    private static List<(int First, int Last, string Category)> Triggers(ClaimLexicon lexicon, string[] folded)
    {
        var found = new List<(int First, int Last, string Category)>();
        for (var k = 0; k < folded.Length; k++)
        {
            // The longest phrase wins, and of equal length the more literal one ("əsirlikdən",
            // from captivity, over "əsirlik*", captivity).
            (int Length, int Literal, string Category)? best = null;
            foreach (var category in Categories)
            {
                if (lexicon.MatchAt(category, folded, k) is { } m)
                {
                    var literal = m.Phrase.Words.Sum(w => w.TrimEnd('*').Length);
                    if (best is null || m.Length > best.Value.Length || m.Length == best.Value.Length && literal > best.Value.Literal)
                    {
                        best = (m.Length, literal, category);
                    }
                }
            }

            if (best is { } b)
            {
                found.Add((k, k + b.Length - 1, b.Category));
                k += b.Length - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// A transfer verb whose clause names a place of care ("доставлены в больницы", "հիվանդանոցներ է
    /// տեղափոխվել") moves the wounded to treatment; it is no release.
    /// </summary>
    private static void ToCare(ClaimLexicon lexicon, string[] folded, List<(int First, int Last, string Category)> triggers)
    {
        for (var i = 0; i < triggers.Count; i++)
        {
            var t = triggers[i];
            if (t.Category != ClaimValues.Released)
            {
                continue;
            }

            for (var k = Math.Max(0, t.First - 5); k <= Math.Min(folded.Length - 1, t.Last + 5); k++)
            {
                if (lexicon.MatchAt("care", folded, k) is not null)
                {
                    triggers[i] = (t.First, t.Last, ClaimValues.Wounded);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Более 40 военнопленных до сих пор не вернулись домой", "չեն վերադարձել", "qayıtmayıb": a fate
    /// denied by a negation right before it (one glue word may stand between) or by a negative verb
    /// ending (`negation_ending`; a phrase of the missing keeps its own, "tapılmayıb") did not happen;
    /// the people's fate comes from the rest of the sentence (the prisoner noun: held).
    /// </summary>
    private static void DropNegated(ClaimLexicon lexicon, string[] folded, List<(int First, int Last, string Category)> triggers)
    {
        for (var i = triggers.Count - 1; i >= 0; i--)
        {
            var (first, last, category) = triggers[i];
            if (first >= 1 && lexicon.IsWord("negation", folded[first - 1])
                || first >= 2 && lexicon.IsWord("glue", folded[first - 1]) && lexicon.IsWord("negation", folded[first - 2])
                || category is not (ClaimValues.Missing or Unreturned) && NegativeEnding(lexicon, folded[last]))
            {
                triggers.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// Drops a fate that names whom relatives are tied to ("помогают семьям пропавших", "անհետ
    /// կորածների ընտանիքներին", "itkin düşənlərin ailələrinə"): it describes that noun phrase and is
    /// no fate of anyone else in the sentence ("Onlarla könüllü … yardım edir" counts no missing).
    /// Where the verb closes the clause the genitive stands before the relational noun; elsewhere
    /// after it, and there only a fate of the missing, since a finite verb may follow its relational
    /// subject ("шесть родственников задержаны") and relatives never take the missing's fate.
    /// </summary>
    private static void DropTiedToRelatives(ClaimLexicon lexicon, string[] folded, List<(int First, int Last, string Category)> triggers)
    {
        var verbFinal = lexicon.IsWord("verb_final", "yes");
        for (var i = triggers.Count - 1; i >= 0; i--)
        {
            var (first, last, category) = triggers[i];
            if (verbFinal ? last + 1 < folded.Length && lexicon.IsWord("relational", folded[last + 1])
                : category == ClaimValues.Missing && first >= 1 && lexicon.IsWord("relational", folded[first - 1]))
            {
                triggers.RemoveAt(i);
            }
        }
    }

    /// <summary>Whether the word ends in a negative verb ending after a stem of two letters or more ("olmayıb": ol + mayıb).</summary>
    private static bool NegativeEnding(ClaimLexicon lexicon, string word)
    {
        foreach (var ending in lexicon.Of("negation_ending"))
        {
            if (ending.Words is [var e] && word.Length - e.Length >= 2 && word.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // How far an appeal reaches to the release it asks for ("կոչ է արել ազատ արձակել", "azad etməyə çağırıb").
    private const int AppealReach = 3;

    /// <summary>
    /// "призвал освободить 45 армян", "կոչ է արել ազատ արձակել … 45 հայերին", "12 azərbaycanlını azad
    /// etməyə çağırıb": a release asked for has not happened. A release phrase within a few words of
    /// an appeal or demand, in its clause, is dropped; the people's fate comes from the rest of the
    /// sentence ("которые остаются в плену", "əsirlikdə saxlanılan").
    /// </summary>
    private static void DropAskedReleases(ClaimLexicon lexicon, List<Token> tokens, string[] folded, List<(int First, int Last, string Category)> triggers)
    {
        for (var i = triggers.Count - 1; i >= 0; i--)
        {
            var t = triggers[i];
            if (t.Category == ClaimValues.Released && (AppealNear(lexicon, tokens, folded, t.First - 1, -1) || AppealNear(lexicon, tokens, folded, t.Last + 1, 1)))
            {
                triggers.RemoveAt(i);
            }
        }
    }

    /// <summary>Whether an appeal phrase starts within <see cref="AppealReach"/> words from <paramref name="from"/> in <paramref name="step"/>'s direction, with no clause mark between.</summary>
    private static bool AppealNear(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int from, int step)
    {
        for (int k = from, seen = 0; k >= 0 && k < tokens.Count && seen < AppealReach; k += step, seen++)
        {
            if (ClauseMarks.Contains(tokens[k].Text) || tokens[k].Text == ".")
            {
                return false;
            }

            if (step > 0 ? lexicon.MatchAt("appeal", folded, k) is not null : lexicon.MatchEndingAt("appeal", folded, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The category phrases that can be relatives' own verbs: not one inside their noun phrase
    /// ("родственников пропавших"), not one that modifies a person noun right after it ("itkin
    /// düşmüş hərbçilərin", "անհետ կորած զինծառայողների"), not a noun for people standing right
    /// before the number as its genitive ("անհետ կորածների վեց հարազատ"), and no phrase of the
    /// missing: relatives are the ones who search ("300 семей ищут"), not the ones searched for.
    /// </summary>
    private static List<(int First, int Last, string Category)> OwnVerbs(ClaimLexicon lexicon, string[] folded, Candidate candidate,
        List<(int First, int Last, string Category)> triggers)
    {
        var own = new List<(int First, int Last, string Category)>();
        foreach (var t in triggers)
        {
            var inside = t.Last >= candidate.FirstToken && t.First <= candidate.LastToken;
            var attributive = PersonNouns.Match(lexicon, folded, t.Last + 1) is not null;
            var genitive = t.Last + 1 == candidate.Phrase.First && PersonNouns.Match(lexicon, folded, t.First) is not null;
            if (!inside && !attributive && !genitive && t.Category != ClaimValues.Missing)
            {
                own.Add(t);
            }
        }

        return own;
    }

    internal static int TriggerAt(List<(int First, int Last, string Category)> triggers, int k)
    {
        for (var i = 0; i < triggers.Count; i++)
        {
            if (triggers[i].First <= k && k <= triggers[i].Last)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Category(ClaimLexicon lexicon, List<Token> tokens, string[] folded, List<Candidate> candidates, int c,
        List<(int First, int Last, string Category)> triggers)
    {
        var candidate = candidates[c];

        // Bodies and remains are the dead, whoever hands them over.
        if (candidate.NounCategory == ClaimValues.Killed)
        {
            return ClaimValues.Killed;
        }

        var backStart = BackStart(lexicon, tokens, folded, candidates, c);
        var forwardEnd = ForwardEnd(lexicon, tokens, folded, candidates, c);

        // A part's fate is its own verb's, between the whole and the number or after the number;
        // "из 60 пропавших 12 найдены живыми" says nothing of the 12 that is a category.
        if (candidate.IsPart)
        {
            if (Forward(triggers, candidate, forwardEnd) is { } own)
            {
                return own;
            }

            foreach (var t in triggers)
            {
                if (t.First >= backStart && t.Last < candidate.FirstToken)
                {
                    return t.Category;
                }
            }

            // "4 были ранены": the participle read as the part's noun carries its fate.
            return candidate.NounCategory;
        }

        // In a verb-final language the verb after the number is its verb, whatever stands before.
        var verbFinal = lexicon.IsWord("verb_final", "yes");
        if (verbFinal && Forward(triggers, candidate, forwardEnd) is { } final)
        {
            // "զոհվել է 54 խաղաղ բնակիչ, վիրավորվել՝ 163-ը": the verb after a clause mark opens the
            // next clause; the one right before the number is this one's.
            if (!MarkBeforeForward(tokens, triggers, candidate, forwardEnd) || VerbRightBefore(lexicon, folded, triggers, candidate, backStart) is not { } before)
            {
                return final;
            }

            return before;
        }

        // A verb right before the number governs it: "вернул 44 пленных", "վերադարձրել է 44 գերու".
        foreach (var t in triggers)
        {
            if (t.Last < candidate.FirstToken && t.First >= backStart && GlueOnly(lexicon, folded, t.Last + 1, candidate.FirstToken))
            {
                return t.Category;
            }
        }

        if ((PastParticiple(tokens, triggers, candidate, forwardEnd) ?? Forward(triggers, candidate, forwardEnd)) is { } forward)
        {
            return forward;
        }

        string? backward = null;
        foreach (var t in triggers)
        {
            if (t.First >= backStart && t.Last < candidate.FirstToken)
            {
                backward = t.Category;
            }
        }

        return backward ?? candidate.NounCategory ?? Between(triggers, candidate) ?? Heading(tokens, candidates, c, triggers, backStart);
    }

    /// <summary>
    /// "Число военнослужащих, считающихся пропавшими без вести, сократилось до 214": where the counted
    /// noun stands before the number ("the number of" …), a fate phrase between the two is the people's.
    /// </summary>
    private static string? Between(List<(int First, int Last, string Category)> triggers, Candidate candidate)
    {
        if (candidate.Head >= candidate.Phrase.First)
        {
            return null;
        }

        foreach (var t in triggers)
        {
            if (t.First > candidate.Head && t.Last < candidate.Phrase.First)
            {
                return t.Category;
            }
        }

        return null;
    }

    /// <summary>Whether a clause mark stands between the candidate and the first fate phrase after it.</summary>
    private static bool MarkBeforeForward(List<Token> tokens, List<(int First, int Last, string Category)> triggers, Candidate candidate, int forwardEnd)
    {
        foreach (var t in triggers)
        {
            if (t.First > candidate.LastToken && t.First < forwardEnd)
            {
                for (var k = candidate.LastToken + 1; k < t.First; k++)
                {
                    if (ClauseMarks.Contains(tokens[k].Text))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>The category of a fate phrase right before the number (glue only between), or null.</summary>
    private static string? VerbRightBefore(ClaimLexicon lexicon, string[] folded, List<(int First, int Last, string Category)> triggers, Candidate candidate, int backStart)
    {
        foreach (var t in triggers)
        {
            if (t.Last < candidate.FirstToken && t.First >= backStart && GlueOnly(lexicon, folded, t.Last + 1, candidate.FirstToken))
            {
                return t.Category;
            }
        }

        return null;
    }

    /// <summary>
    /// "Пропавшие без вести: более 200 человек", "В плену — 40 армян", "Անհետ կորածներ՝ 200 մարդ":
    /// a headline with no verb names the fate before a colon or dash, and the count after it.
    /// </summary>
    private static string? Heading(List<Token> tokens, List<Candidate> candidates, int c, List<(int First, int Last, string Category)> triggers, int backStart)
    {
        var mark = backStart - 1;
        if (mark < 1 || tokens[mark].Text is not (":" or "\u2014" or "\u2013" or "\u055D") || c > 0 && candidates[c - 1].LastToken >= mark)
        {
            return null;
        }

        var start = mark - 1;
        while (start > 0 && !ClauseMarks.Contains(tokens[start - 1].Text))
        {
            start--;
        }

        string? heading = null;
        foreach (var t in triggers)
        {
            if (t.First >= start && t.Last < mark)
            {
                heading = t.Category;
            }
        }

        return heading;
    }

    /// <summary>
    /// "Армения получила из Азербайджана 10 военнопленных", "Ermənistan … 10 hərbi əsir qəbul edib":
    /// prisoners a party receives are prisoners no longer; they come home to the receiver. Only a
    /// prisoner noun with no verb of its own is turned, and only by a receive verb in its clause.
    /// </summary>
    private static bool Received(ClaimLexicon lexicon, List<Token> tokens, string[] folded, List<Candidate> candidates, int c)
    {
        if (candidates[c].NounCategory != ClaimValues.Held)
        {
            return false;
        }

        var end = ForwardEnd(lexicon, tokens, folded, candidates, c);
        for (var k = BackStart(lexicon, tokens, folded, candidates, c); k < end; k++)
        {
            if (lexicon.MatchAt("receive", folded, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Двенадцать солдат, захваченных под Шушой, переведены в тюрьму": a participle set off by commas
    /// right after the noun describes the people; the verb after its closing comma is theirs. Null
    /// when the sentence is not so built.
    /// </summary>
    private static string? PastParticiple(List<Token> tokens, List<(int First, int Last, string Category)> triggers, Candidate candidate, int forwardEnd)
    {
        var comma = candidate.LastToken + 1;
        if (comma + 1 >= tokens.Count || tokens[comma].Text != ",")
        {
            return null;
        }

        var at = TriggerAt(triggers, comma + 1);
        if (at < 0 || triggers[at].First != comma + 1)
        {
            return null;
        }

        for (var k = triggers[at].Last + 1; k < forwardEnd; k++)
        {
            if (tokens[k].Text == ",")
            {
                return Forward(triggers, candidate with { LastToken = k }, forwardEnd);
            }
        }

        return null;
    }

    private static string? Forward(List<(int First, int Last, string Category)> triggers, Candidate candidate, int forwardEnd)
    {
        foreach (var t in triggers)
        {
            if (t.First > candidate.LastToken && t.First < forwardEnd)
            {
                return t.Category;
            }
        }

        return null;
    }

    private static bool GlueOnly(ClaimLexicon lexicon, string[] folded, int from, int to)
    {
        if (to - from > 2)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (!lexicon.IsWord("glue", folded[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The forward scope: up to the next candidate or a semicolon.</summary>
    private static int ForwardEnd(ClaimLexicon lexicon, List<Token> tokens, string[] folded, List<Candidate> candidates, int c)
    {
        var end = c + 1 < candidates.Count ? candidates[c + 1].FirstToken : tokens.Count;
        for (var k = candidates[c].LastToken + 1; k < end; k++)
        {
            // "…, ասել է անհետ կորածների ընտանիքների միության նախագահը": the words after a reporting
            // verb name its source; a fate word there is not the count's.
            // "…, по словам местных властей, остаются …" names its source inside the clause, which goes on.
            if (tokens[k].Text == ";" || tokens[k].Text == "," && lexicon.MatchAt("say", folded, k + 1) is { Phrase.Value: "either" })
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>The backward scope: after the previous candidate, a clause mark or a boundary word, at most eight tokens.</summary>
    private static int BackStart(ClaimLexicon lexicon, List<Token> tokens, string[] folded, List<Candidate> candidates, int c)
    {
        var first = candidates[c].FirstToken;
        var limit = Math.Max(c > 0 ? candidates[c - 1].LastToken + 1 : 0, first - 8);
        for (var k = first - 1; k >= limit; k--)
        {
            // "вернулись военнопленные (12 человек)": a number that opens a parenthesis belongs to the clause around it.
            if (k == first - 1 && tokens[k].Text == "(")
            {
                continue;
            }

            if (ClauseMarks.Contains(tokens[k].Text) || tokens[k].IsWord && lexicon.IsWord("boundary", folded[k]) && !IsConjunctionInList(lexicon, folded, k))
            {
                return k + 1;
            }
        }

        return Math.Max(limit, 0);
    }

    // "и", "և", "və" inside a clause do not end its scope; only clause marks and subordinators do.
    private static bool IsConjunctionInList(ClaimLexicon lexicon, string[] folded, int k) =>
        lexicon.IsWord("side", folded[Math.Min(k + 1, folded.Length - 1)]) || lexicon.IsWord("person", folded[Math.Min(k + 1, folded.Length - 1)]);

    /// <summary>Two numbers in one noun phrase or list: only side words, person nouns, glue and "and" between.</summary>
    private static bool Connected(ClaimLexicon lexicon, List<Token> tokens, string[] folded, Candidate left, Candidate right)
    {
        for (var k = left.LastToken + 1; k < right.FirstToken; k++)
        {
            // "около 30 человек, в том числе 5 детей, погибли": a subset shares the verb.
            if (lexicon.MatchAt("including", folded, k) is { } including)
            {
                k += including.Length - 1;
                continue;
            }

            var f = folded[k];
            if (tokens[k].Text == "," || lexicon.IsWord("boundary", f) || lexicon.IsWord("side", f) || lexicon.IsWord("person", f) || lexicon.IsWord("glue", f))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>Whether a reporting verb stands right before or right after the date (at most one word between).</summary>
    private static bool IsStatementDate(ClaimLexicon lexicon, List<Token> tokens, string[] folded, DateMention d)
    {
        var first = -1;
        var last = -1;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Start < d.End && tokens[k].End > d.Start)
            {
                first = first < 0 ? k : first;
                last = k;
            }
        }

        if (first < 0)
        {
            return false;
        }

        // A clause mark between them ("пропали в понедельник, сообщило …") leaves the date to the claim.
        for (var k = first - 1; k >= 0 && k >= first - 3 && tokens[k].Kind != TokenKind.Punct; k--)
        {
            if (lexicon.MatchAt("say", folded, k) is { } say && say.Phrase.Value != "after")
            {
                return true;
            }
        }

        for (var k = last + 1; k < tokens.Count && k <= last + 2 && tokens[k].Kind != TokenKind.Punct; k++)
        {
            if (lexicon.MatchAt("say", folded, k) is { } say && say.Phrase.Value != "after")
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly? Date(ClaimLexicon lexicon, List<Token> tokens, string[] folded, List<DateMention> dates, Candidate candidate)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in dates)
        {
            if (d.Value is null)
            {
                continue;
            }

            var distance = d.End <= candidate.Start ? candidate.Start - d.End : d.Start >= candidate.End ? d.Start - candidate.End : 0;

            // "сообщило в понедельник", "dünən bildirib": the day of the statement, the claim's as-of
            // date only when the sentence names no day of the event.
            if (IsStatementDate(lexicon, tokens, folded, d))
            {
                distance += 1000;
            }

            // "В понедельник вернулись 8 пленных, а во вторник — ещё 6": a day in the count's own
            // clause is its day before a nearer one across a clause mark.
            if (MarkBetween(tokens, d, candidate))
            {
                distance += 500;
            }

            if (distance < bestDistance)
            {
                best = d;
                bestDistance = distance;
            }
        }

        return best?.Value;
    }

    /// <summary>Whether a clause mark stands between the date and the candidate's phrase.</summary>
    private static bool MarkBetween(List<Token> tokens, DateMention d, Candidate candidate)
    {
        var (from, to) = d.End <= candidate.Start ? (d.End, candidate.Start) : (candidate.End, d.Start);
        foreach (var t in tokens)
        {
            if (t.Start >= from && t.End <= to && t.Kind == TokenKind.Punct && ClauseMarks.Contains(t.Text))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[\u0589:](?=\s+[\u0531-\u0556\u00AB""])|\u0589", RegexOptions.CultureInvariant)]
    private static partial Regex ArmenianStop();

}
