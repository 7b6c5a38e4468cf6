namespace Whereabouts.Ingestion.Claims.Languages;

/// <summary>The numbers of a sentence that count people: a person noun after the number, a category phrase right after it, a partitive ("из них") before it, or "the number of" a person noun before it.</summary>
internal static class LexiconCandidateFinder
{
    internal static List<Candidate> Candidates(ClaimLexicon lexicon, List<Token> tokens, string[] folded, List<(int Start, int End)> masks,
        List<(int First, int Last, string Category)> triggers)
    {
        var candidates = new List<Candidate>();
        NumberPhrase? previous = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!(t.Kind == TokenKind.Number || t.IsWord) || NumberMasks.Cover(masks, t) || IsLabel(lexicon, tokens, folded, i))
            {
                continue;
            }

            var phrase = LexiconNumberReader.Read(lexicon, tokens, folded, i);
            if (phrase is null)
            {
                continue;
            }

            i = phrase.Last;
            if (NumberMasks.Cover(masks, tokens[phrase.Last]) || Increment(lexicon, tokens, folded, phrase))
            {
                continue;
            }

            // "мать одного из пленных": one of a group names a person, it counts no one.
            if (phrase.Count == 1 && phrase.Qualifier == ClaimValues.Exact && phrase.Last + 1 < tokens.Count && lexicon.IsWord("whole", folded[phrase.Last + 1]))
            {
                continue;
            }

            // "64 (шестьдесят четыре) военнослужащих", "64 (վաթսունչորս) զինծառայող": the number
            // restated in words (or digits) in parentheses is the same count; its noun comes after.
            var restated = Restated(lexicon, tokens, folded, phrase);
            var scan = Exchanged(lexicon, tokens, folded, phrase, previous, triggers)
                ? new ScanOutcome(PersonScan.Result.Person, phrase.Last, null, ClaimValues.Released)
                : Scan(lexicon, tokens, folded, phrase, triggers, restated >= 0 ? restated + 1 : phrase.Last + 1);
            previous = phrase;
            i = Math.Max(i, restated);
            if (IsPartAfterWhole(lexicon, tokens, folded, phrase, candidates))
            {
                scan = scan.Kind == PersonScan.Result.Person ? scan with { Part = true } : new ScanOutcome(PersonScan.Result.Person, phrase.Last, null, null) { Part = true };
            }

            // "6 բնակիչ զոհվել է, 20-ը՝ վիրավորվել": a number made definite by its ending, after an
            // earlier count in the sentence, counts a part of those people with a verb of its own.
            if (scan.Kind != PersonScan.Result.Person && candidates.Count > 0 && Definite(lexicon, tokens, folded, phrase.Last))
            {
                scan = new ScanOutcome(PersonScan.Result.Person, phrase.Last, null, null) { Part = true };
            }

            // "ещё семеро считаются пропавшими", "девятерых отпустили": a collective numeral counts
            // people by itself, unless a thing follows it ("двое суток").
            if (scan.Kind != PersonScan.Result.Person && phrase.NumberStart == phrase.Last && lexicon.IsWord("collective", folded[phrase.Last])
                && lexicon.MatchAt("thing", folded, phrase.Last + 1) is null)
            {
                scan = new ScanOutcome(PersonScan.Result.Person, phrase.Last, null, null) { Part = scan.Part };
            }

            // "двое погибли и ещё один получил ранение", "ևս մեկը վիրավորվել է": "one more" after an
            // earlier count in the sentence is one more of the same people, with a verb of its own.
            if (scan.Kind != PersonScan.Result.Person && candidates.Count > 0 && phrase.Count == 1 && phrase.Qualifier == ClaimValues.Exact
                && phrase.NumberStart > 0 && lexicon.IsWord("addition", folded[phrase.NumberStart - 1])
                && lexicon.MatchAt("thing", folded, phrase.Last + 1) is null)
            {
                scan = new ScanOutcome(PersonScan.Result.Person, phrase.Last, null, null);
            }

            // "в Шуше — ещё 30", "Շուշիում՝ ևս 30": a number that closes a gapped clause counts the
            // people of the count before it.
            // "теперь их 249", "այժմ նրանք 249 են": the pronoun's people, with the fate named before.
            var gapped = Gapped(lexicon, tokens, folded, phrase) || candidates.Count > 0 && ToDestination(lexicon, tokens, folded, phrase)
                || scan.Kind == PersonScan.Result.Person && scan.Head == phrase.Last && AfterPronoun(lexicon, tokens, folded, phrase);
            if (gapped && candidates.Count > 0 && scan.Kind == PersonScan.Result.None && !phrase.NeedsPersonNoun
                && (phrase.Last + 1 >= tokens.Count || tokens[phrase.Last + 1].Kind == TokenKind.Punct && tokens[phrase.Last + 1].Text is not ("-" or "\u2011" or "(")))
            {
                scan = new ScanOutcome(PersonScan.Result.Person, phrase.Last, null, null);
            }

            // "Füzuli rayonunda 12, Xocavənd rayonunda isə 9 mülki şəxs itkin düşüb": where the verb
            // closes the sentence, a number that closes its clause right after a word (a place in its
            // case) leaves its noun and verb to the clause after it.
            var elided = scan.Kind == PersonScan.Result.None && Elided(lexicon, tokens, phrase);
            if (elided)
            {
                scan = new ScanOutcome(PersonScan.Result.Person, phrase.Last, null, null);
            }

            if (scan.Kind == PersonScan.Result.None || phrase.NeedsPersonNoun && scan.Kind != PersonScan.Result.Person)
            {
                continue;
            }

            var first = Math.Min(phrase.First, scan.Head);
            var last = Math.Max(phrase.Last, scan.Head);
            var side = scan.Side ?? OurSide(lexicon, tokens, folded, phrase.Last + 1, last);
            candidates.Add(new Candidate(phrase, scan.Head, side, tokens[first].Start, tokens[last].End)
            {
                PhraseEnd = tokens[last].End,
                NounCategory = scan.NounCategory,
                IsPart = scan.Part,
                IsRelational = scan.Relational,
                IsGapped = gapped,
                IsElided = elided,
                FirstToken = first,
                LastToken = last,
            });
        }

        return candidates;
    }

    /// <summary>
    /// Whether the number opens a gapped clause: right after a dash ("в Шуше — 30", "Շուշիում՝ 30") or
    /// an "also" word (`addition`: "ещё", "ևս", "daha"), which may themselves follow each other.
    /// </summary>
    private static bool Gapped(ClaimLexicon lexicon, List<Token> tokens, string[] folded, NumberPhrase phrase)
    {
        var k = phrase.First - 1;
        var added = false;
        while (k >= 0 && tokens[k].IsWord && lexicon.IsWord("addition", folded[k]))
        {
            added = true;
            k--;
        }

        return added || k >= 1 && tokens[k].Text is "\u2014" or "\u2013" or "\u055D";
    }

    /// <summary>
    /// "38 человек вернулись в Армению, девять — в Азербайджан": a number after a comma, with only a dash
    /// and a destination (`home`) after it to the clause's end, is a gapped count of the people before.
    /// </summary>
    private static bool ToDestination(ClaimLexicon lexicon, List<Token> tokens, string[] folded, NumberPhrase phrase)
    {
        if (phrase.First < 1 || tokens[phrase.First - 1].Text != ",")
        {
            return false;
        }

        var k = phrase.Last + 1;
        if (k < tokens.Count && tokens[k].Text is "\u2014" or "\u2013")
        {
            k++;
        }

        if (k >= tokens.Count || lexicon.MatchAt("home", folded, k) is not { } home)
        {
            return false;
        }

        k += home.Length;
        return k >= tokens.Count || tokens[k].Text is "." or "," or ";" or "!";
    }

    /// <summary>
    /// Whether, in a language whose verb closes the clause, the number (digits, no qualifier) closes
    /// its clause with a comma right after a word and a later clause goes on: "Füzuli rayonunda 12,
    /// Xocavənd rayonunda isə 9 mülki şəxs …".
    /// </summary>
    private static bool Elided(ClaimLexicon lexicon, List<Token> tokens, NumberPhrase phrase) =>
        lexicon.IsWord("verb_final", "yes") && phrase.First == phrase.NumberStart && tokens[phrase.NumberStart].Kind == TokenKind.Number
        && phrase.First >= 1 && tokens[phrase.First - 1].IsWord
        && phrase.Last + 2 < tokens.Count && tokens[phrase.Last + 1].Text == "," && tokens[phrase.Last + 2].IsWord;

    /// <summary>Whether the word at <paramref name="k"/> is a listed person noun with a `compound_head` ending ("sakini": sakin + i).</summary>
    private static bool Compound(ClaimLexicon lexicon, string[] folded, int k)
    {
        if (k >= folded.Length)
        {
            return false;
        }

        foreach (var ending in lexicon.Of("compound_head"))
        {
            var word = folded[k];
            if (ending.Words is [var e] && word.Length - e.Length >= 3 && word.EndsWith(e, StringComparison.Ordinal)
                && lexicon.MatchAt("person", [word[..^e.Length]], 0) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the number's phrase ends in a definite ending after a hyphen ("20-ը").</summary>
    private static bool Definite(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int last) =>
        last >= 2 && tokens[last - 1].Text is "-" or "\u2011" && tokens[last - 1].End == tokens[last].Start
        && tokens[last].IsWord && lexicon.IsWord("definite", folded[last]);

    /// <summary>The closing parenthesis of a number restated right after a number ("64 (шестьдесят четыре)"), or -1.</summary>
    private static int Restated(ClaimLexicon lexicon, List<Token> tokens, string[] folded, NumberPhrase phrase)
    {
        var open = phrase.Last + 1;
        if (open + 2 >= tokens.Count || tokens[open].Text != "(" || !LexiconNumberReader.StartsNumber(lexicon, tokens, folded, open + 1))
        {
            return -1;
        }

        var inner = LexiconNumberReader.Read(lexicon, tokens, folded, open + 1);
        return inner is not null && inner.Last + 1 < tokens.Count && tokens[inner.Last + 1].Text == ")" ? inner.Last + 1 : -1;
    }

    /// <summary>
    /// "обмен по формуле 12 на 12", "12-ը 12-ի դիմաց": two numbers tied by a word of exchange count
    /// the people each side gave up; both are released. A bare link ("на") needs a release or
    /// exchange phrase in the sentence ("3 на 4 метра" is a size); a postposition of exchange after
    /// the second number ("դիմաց", "in exchange for") says it by itself.
    /// </summary>
    private static bool Exchanged(ClaimLexicon lexicon, List<Token> tokens, string[] folded, NumberPhrase phrase, NumberPhrase? previous,
        List<(int First, int Last, string Category)> triggers)
    {
        var released = triggers.Any(t => t.Category == ClaimValues.Released);
        var after = phrase.Last + 1;
        if (after < tokens.Count && lexicon.IsWord("exchange_link", folded[after]) && released
            && LexiconNumberReader.StartsNumber(lexicon, tokens, folded, after + 1))
        {
            return true;
        }

        // "12-yə 12": the link is the first number's case ending.
        if (released && LinkedByEnding(lexicon, tokens, folded, phrase) && LexiconNumberReader.StartsNumber(lexicon, tokens, folded, after)
            && tokens[after].Kind == TokenKind.Number)
        {
            return true;
        }

        if (LexiconNumberReader.StartsNumber(lexicon, tokens, folded, after) && tokens[after].Kind == TokenKind.Number
            && LexiconNumberReader.Read(lexicon, tokens, folded, after) is { } next && lexicon.MatchAt("exchange_for", folded, next.Last + 1) is not null)
        {
            return true;
        }

        if (previous is null)
        {
            return false;
        }

        return previous.Last + 2 == phrase.First && lexicon.IsWord("exchange_link", folded[previous.Last + 1]) && released
            || previous.Last + 1 == phrase.First && tokens[phrase.First].Kind == TokenKind.Number
               && (lexicon.MatchAt("exchange_for", folded, phrase.Last + 1) is not null || released && LinkedByEnding(lexicon, tokens, folded, previous));
    }

    /// <summary>Whether the number ends in a case ending that links an exchange ("12-yə"), written after a hyphen.</summary>
    private static bool LinkedByEnding(ClaimLexicon lexicon, List<Token> tokens, string[] folded, NumberPhrase phrase) =>
        phrase.Last > phrase.NumberStart && tokens[phrase.Last - 1].Text is "-" or "\u2011" && lexicon.IsWord("exchange_link", folded[phrase.Last]);

    private static bool IsLabel(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int i)
    {
        if (i == 0 || tokens[i].Kind != TokenKind.Number)
        {
            return false;
        }

        var prev = tokens[i - 1];
        return lexicon.IsWord("label", folded[i - 1]) || prev.Text is "#" or "\u2116" or "+"
            || prev.Text is "." && i >= 2 && lexicon.IsWord("label", folded[i - 2])
            || prev.Text is "-" or "/" && prev.End == tokens[i].Start && i >= 2 && tokens[i - 2].End == prev.Start;
    }

    /// <summary>What the words around a number say: people (and which), a bare count before a verb, or no people.</summary>
    private static ScanOutcome Scan(ClaimLexicon lexicon, List<Token> tokens, string[] folded, NumberPhrase phrase,
        List<(int First, int Last, string Category)> triggers, int from)
    {
        // "из них 8", "նրանցից 8-ը", "onlardan 8-i": a part of people already named.
        for (var p = Math.Max(0, phrase.First - 3); p < phrase.First; p++)
        {
            if (lexicon.MatchAt("partitive", folded, p) is { } part && p + part.Length == phrase.First)
            {
                return new ScanOutcome(PersonScan.Result.Person, phrase.Last, null, null);
            }
        }

        var unknown = 0;
        string? side = null;
        var sideEnd = -1;
        for (var k = from; k < tokens.Count && k < from + 7; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punct)
            {
                // "19-летний", "44-günlük": the number modifies a noun.
                if (k == from && t.Text is "-" or "\u2011" && t.Start == tokens[k - 1].End && k + 1 < tokens.Count && tokens[k + 1].Start == t.End)
                {
                    return ScanOutcome.None;
                }

                break;
            }

            if (t.Kind == TokenKind.Number)
            {
                // "6 армянских и 7 азербайджанских военнослужащих": the list shares its noun.
                if (k > from && lexicon.IsWord("boundary", folded[k - 1]))
                {
                    continue;
                }

                break;
            }

            // "6 армянских и 7 …": a conjunction before another number.
            if (lexicon.IsWord("boundary", folded[k]) && LexiconNumberReader.StartsNumber(lexicon, tokens, folded, k + 1))
            {
                continue;
            }

            // "չորսը գերի են ընկել", "dördü əsir düşüb": a longer category phrase beats its noun.
            var triggerHere = LexiconClaimReader.TriggerAt(triggers, k);
            if (triggerHere >= 0 && triggers[triggerHere].First == k && lexicon.MatchAt("person", folded, k) is { } shorter
                && triggers[triggerHere].Last - k + 1 > shorter.Length)
            {
                return unknown == 0 && !phrase.NeedsPersonNoun ? new ScanOutcome(PersonScan.Result.Bare, phrase.Last, side, null) : ScanOutcome.None;
            }

            if (PersonNouns.Match(lexicon, folded, k) is { } person)
            {
                var head = k + person.Length - 1;
                side ??= lexicon.MatchAt("side", folded, k) is { } own ? own.Phrase.Value : null;
                var category = person.Phrase.Value == "-" ? null : person.Phrase.Value;
                var relational = lexicon.IsWord("relational", folded[head]);

                // Whether the nouns so far only describe the people a later relative is tied to: a
                // fate ("անհետ կորած") or a genitive ("əsgərin"), never a head of its own ("könüllü").
                var attributive = person.Phrase.Value != "-" || PersonNouns.EndsWith(lexicon, "genitive_ending", folded[head]);

                // "44 пленных азербайджанских военнослужащих": the noun phrase goes on.
                for (var j = head + 1; j < tokens.Count && j <= head + 3; j++)
                {
                    if (lexicon.MatchAt("side", folded, j) is { } more)
                    {
                        side ??= more.Phrase.Value;
                        j += more.Length - 1;
                        continue;
                    }

                    if (PersonNouns.Match(lexicon, folded, j) is { } next && LexiconClaimReader.TriggerAt(triggers, j) < 0)
                    {
                        // "23 անհետ կորած զինվորի ծնողները", "23 əsgərin valideynləri": where the genitive
                        // comes first, the number counts the genitive's people, not their relatives.
                        if (!relational && attributive && lexicon.IsWord("relational", folded[j + next.Length - 1]) && PersonNouns.EndsWith(lexicon, "genitive_ending", folded[head]))
                        {
                            break;
                        }

                        attributive &= next.Phrase.Value != "-" || PersonNouns.EndsWith(lexicon, "genitive_ending", folded[j + next.Length - 1]);

                        head = j + next.Length - 1;
                        relational |= lexicon.IsWord("relational", folded[head]);
                        category ??= next.Phrase.Value == "-" ? null : next.Phrase.Value;
                        j = head;
                        continue;
                    }

                    break;
                }

                // "7 հայ զինծառայողի դիմաց", "12 erməni əsir müqabilində": people given in exchange go home.
                if (category is null or ClaimValues.Held && lexicon.MatchAt("exchange_for", folded, head + 1) is not null)
                {
                    category = ClaimValues.Released;
                }

                // "шесть родственников военнослужащих", "десятки родственников пропавших": relatives
                // are counted as themselves; the people they are tied to (even "пропавших", a
                // fate word) are part of their noun phrase, and only a verb of their own gives them
                // a fate (the reader filters the triggers).
                if (relational)
                {
                    for (var j = head + 1; j < tokens.Count && j <= head + 3; j++)
                    {
                        if ((lexicon.MatchAt("side", folded, j) ?? PersonNouns.Match(lexicon, folded, j)) is not { } tied)
                        {
                            break;
                        }

                        head = j + tied.Length - 1;
                        j = head;
                    }

                    return new ScanOutcome(PersonScan.Result.Person, head, side, null) { Relational = true };
                }

                // "12 репортажей о пропавших", "12 ռեպորտաժ … անհետ կորածների մասին": when words stand
                // between the number and people a topic word ties to, the number counts things
                // about them. Right after the number ("о 3 погибших", "200 զոհի մասին") they are counted.
                if (k > from && (lexicon.IsWord("about", folded[k - 1]) || head + 1 < folded.Length && lexicon.IsWord("about", folded[head + 1])))
                {
                    return ScanOutcome.None;
                }

                return new ScanOutcome(PersonScan.Result.Person, head, side, category);
            }

            // "15 kənd sakini" (village residents): a thing before a person noun in its possessive is
            // the first half of a compound whose head is the person.
            if (PersonNouns.IsThing(lexicon, folded, k) && Compound(lexicon, folded, k + 1))
            {
                continue;
            }

            // A thing inside a category phrase ("evə qayıdıb", went home) is no head; one that ends it
            // ("cinayət işi", a criminal case) is.
            if (PersonNouns.IsThing(lexicon, folded, k) && (LexiconClaimReader.TriggerAt(triggers, k) < 0 || TriggerNamesThing(lexicon, folded, triggers, k)))
            {
                return ScanOutcome.None;
            }

            // "35 yaşlı könüllü" is a 35-year-old; "ən azı 16 yaşlı sakin", "onlarla yaşlı sakin" are
            // elderly people: an age is not bounded by "at least" or "more than", nor vague, nor over 120.
            if (lexicon.IsWord("age", folded[k]))
            {
                if (phrase.Qualifier is ClaimValues.AtLeast or ClaimValues.MoreThan or ClaimValues.Vague || phrase.Count > MaxAge)
                {
                    continue;
                }

                return ScanOutcome.None;
            }

            if (lexicon.MatchAt("side", folded, k) is { } s)
            {
                side ??= s.Phrase.Value;
                k += s.Length - 1;
                sideEnd = k;
                continue;
            }

            if (LexiconClaimReader.TriggerAt(triggers, k) >= 0)
            {
                // "45 cinayət işi açıb": a category phrase that names a thing ("a criminal case") counts cases.
                if (TriggerNamesThing(lexicon, folded, triggers, k))
                {
                    return ScanOutcome.None;
                }

                // "7 erməninin saxlanıldığını": only side words between the number and its verb.
                if (unknown == 0 && k > from)
                {
                    return new ScanOutcome(PersonScan.Result.Bare, phrase.Last, side, null);
                }

                break;
            }

            if (lexicon.IsWord("glue", folded[k]))
            {
                continue;
            }

            if (++unknown > 2)
            {
                return ScanOutcome.None;
            }
        }

        if (unknown == 0 && from < tokens.Count && (LexiconClaimReader.TriggerAt(triggers, from) >= 0 || lexicon.IsWord("glue", folded[from]))
            && !TriggerNamesThing(lexicon, folded, triggers, from))
        {
            // "հայ գերիների թիվը 48 է": the people "the number of" names are the count's, not a bare verb's.
            return Before(lexicon, tokens, folded, phrase) ?? new ScanOutcome(PersonScan.Result.Bare, phrase.Last, side, null);
        }

        // "в обмен на 2 азербайджанских", "3 армянских, 5 азербайджанских": a side word that closes
        // the phrase, its noun left out, names people.
        if (side is not null && unknown == 0 && sideEnd >= from && (sideEnd + 1 >= tokens.Count || tokens[sideEnd + 1].Kind == TokenKind.Punct))
        {
            return new ScanOutcome(PersonScan.Result.Person, sideEnd, side, null);
        }

        return Before(lexicon, tokens, folded, phrase) ?? NamedBefore(lexicon, tokens, folded, phrase, triggers)
            ?? (unknown == 0 && ClosesClause(tokens, phrase) && (AfterPronoun(lexicon, tokens, folded, phrase) || Answers(tokens, phrase))
                ? new ScanOutcome(PersonScan.Result.Person, phrase.Last, side, null)
                : ScanOutcome.None);
    }

    /// <summary>
    /// Whether the number is the step of a change, not a count: "увеличилось на 14", "на 6 больше"
    /// (`increment` after a verb of change or before a `comparative`), "ավելացել է 14-ով" (an
    /// `increment_ending`), "14 nəfər artaraq" (no ending, right before an `increment_verb`).
    /// </summary>
    internal static bool Increment(ClaimLexicon lexicon, List<Token> tokens, string[] folded, NumberPhrase phrase)
    {
        var before = phrase.First - 1;
        if (before >= 0 && tokens[before].IsWord && lexicon.IsWord("increment", folded[before])
            && (before >= 1 && lexicon.MatchEndingAt("rise", folded, before - 1) is not null
                || phrase.Last + 1 < tokens.Count && lexicon.IsWord("comparative", folded[phrase.Last + 1])))
        {
            return true;
        }

        if (phrase.Last > phrase.NumberStart && tokens[phrase.Last].IsWord && lexicon.IsWord("increment_ending", folded[phrase.Last]))
        {
            return true;
        }

        if (phrase.Last != phrase.NumberStart || lexicon.Of("increment_verb").Count == 0)
        {
            return false;
        }

        var next = phrase.Last + 1;
        if (next < tokens.Count && lexicon.MatchAt("person", folded, next) is { } noun)
        {
            next += noun.Length;
        }

        return next < tokens.Count && lexicon.IsWord("increment_verb", folded[next]);
    }

    /// <summary>
    /// "daha iki hərbçimiz", "3 890-dan çox soydaşımızın": a noun for people with the first person's
    /// possessive (`our_ending`, then at most a case ending) names the people of the side whose language
    /// says "our" (the value), as every set labels them. Null when no counted noun carries it.
    /// </summary>
    private static string? OurSide(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int from, int to)
    {
        var endings = lexicon.Of("our_ending");
        for (var k = from; k <= to && k < tokens.Count && endings.Count > 0; k++)
        {
            if (!tokens[k].IsWord)
            {
                continue;
            }

            foreach (var ending in endings)
            {
                var e = ending.Words[0];
                var at = folded[k].Length > 3 + e.Length ? folded[k].IndexOf(e, 3, StringComparison.Ordinal) : -1;
                if (at >= 3 && folded[k].Length - at - e.Length <= 3)
                {
                    return ending.Value;
                }
            }
        }

        return null;
    }

    /// <summary>Whether nothing but a clause mark or the sentence's end follows the number ("… 249.", "2 817, и").</summary>
    private static bool ClosesClause(List<Token> tokens, NumberPhrase phrase) =>
        phrase.Last + 1 >= tokens.Count || tokens[phrase.Last + 1].Kind == TokenKind.Punct && tokens[phrase.Last + 1].Text is not ("-" or "\u2011" or "(" or "%");

    /// <summary>"теперь их 249", "այժմ նրանք 249 են", "indi onlar 249": a pronoun for people stands for the counted ones.</summary>
    private static bool AfterPronoun(ClaimLexicon lexicon, List<Token> tokens, string[] folded, NumberPhrase phrase) =>
        phrase.First >= 1 && tokens[phrase.First - 1].IsWord && lexicon.IsWord("pronoun", folded[phrase.First - 1])
        && (phrase.Last + 1 >= tokens.Count || !tokens[phrase.Last + 1].IsWord || lexicon.IsWord("glue", folded[phrase.Last + 1]));

    /// <summary>
    /// "— Сколько … в плену? — По нашим данным, 43.", "— Իսկ զոհվածնե՞րը։ — 2817": a number that answers
    /// a question counts the people the question asks about (the reader gives it the question's fate).
    /// </summary>
    private static bool Answers(List<Token> tokens, NumberPhrase phrase)
    {
        for (var k = phrase.First - 1; k >= 0; k--)
        {
            if (tokens[k].Text is "?" or "\u055E")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "вернулись военнопленные (12)", "Пропавших без вести — 200", "Անհետ կորածներ՝ 200": a number
    /// alone in parentheses, or alone after a heading's colon or dash, counts the people named right before it.
    /// </summary>
    private static ScanOutcome? NamedBefore(ClaimLexicon lexicon, List<Token> tokens, string[] folded, NumberPhrase phrase,
        List<(int First, int Last, string Category)> triggers)
    {
        var open = phrase.First - 1;
        var close = phrase.Last + 1;
        if (open < 1 || tokens[open].Text is not ("(" or ":" or "\u2014" or "\u2013" or "\u055D")
            || close < tokens.Count && tokens[close].Kind != TokenKind.Punct
            || tokens[open].Text == "(" && (close >= tokens.Count || tokens[close].Text != ")"))
        {
            return null;
        }

        for (var p = Math.Max(0, open - 3); p < open; p++)
        {
            if (PersonNouns.Match(lexicon, folded, p) is not { } person)
            {
                continue;
            }

            // "Пропавших без вести": the noun ends where the fate phrase it opens ends.
            var at = LexiconClaimReader.TriggerAt(triggers, p);
            var end = Math.Max(p + person.Length, at >= 0 ? triggers[at].Last + 1 : 0);
            if (end == open && !lexicon.IsWord("relational", folded[p + person.Length - 1]))
            {
                var side = lexicon.MatchAt("side", folded, p)?.Phrase.Value;
                return new ScanOutcome(PersonScan.Result.Person, p, side, person.Phrase.Value == "-" ? null : person.Phrase.Value);
            }
        }

        return null;
    }

    // No one is older; a larger number before an age word counts people.
    private const int MaxAge = 120;

    /// <summary>
    /// Whether the category phrase at token <paramref name="k"/> ends in a noun for a thing
    /// ("cinayət işi", a criminal case; "уголовное дело"): a noun phrase whose head is a thing, not
    /// a verb phrase with a thing before its verb ("evə qayıdıb").
    /// </summary>
    private static bool TriggerNamesThing(ClaimLexicon lexicon, string[] folded, List<(int First, int Last, string Category)> triggers, int k)
    {
        var at = LexiconClaimReader.TriggerAt(triggers, k);
        return at >= 0 && PersonNouns.IsThing(lexicon, folded, triggers[at].Last);
    }

    /// <summary>
    /// "Из 80 пропавших без вести 15 найдены мертвыми", "80 մարդուց 15-ը", "45 əsgərdən 30-u": a
    /// number right after a whole ("из" before it, or its noun in the ablative) is a part of those
    /// people, even with no noun or pronoun of its own; its fate comes from its own verb.
    /// </summary>
    private static bool IsPartAfterWhole(ClaimLexicon lexicon, List<Token> tokens, string[] folded, NumberPhrase phrase, List<Candidate> candidates)
    {
        if (candidates.Count == 0 || candidates[^1] is not { } whole || whole.LastToken >= phrase.First || phrase.First - whole.LastToken > 4)
        {
            return false;
        }

        for (var k = whole.LastToken + 1; k < phrase.First; k++)
        {
            if (tokens[k].Kind is TokenKind.Number || tokens[k].Text is "." or ";" or ":")
            {
                return false;
            }
        }

        var opened = whole.Phrase.First > 0 && lexicon.IsWord("whole", folded[whole.Phrase.First - 1]);
        var ablative = whole.Head > whole.Phrase.Last && PersonNouns.EndsWith(lexicon, "whole_ending", folded[whole.Head]);
        return opened || ablative;
    }

    /// <summary>"число погибших достигло 44", "həlak olanların sayı 44-ə çatıb": the people are named before the number.</summary>
    private static ScanOutcome? Before(ClaimLexicon lexicon, List<Token> tokens, string[] folded, NumberPhrase phrase)
    {
        // "Число пленных армян, по данным Еревана, — 48": a source may stand between.
        for (var j = phrase.First - 1; j >= 0 && j >= phrase.First - 10; j--)
        {
            if (tokens[j].Text is "." or ";")
            {
                return null;
            }

            // "число раненых увеличилось на 14 — до 301": the step of the change stands between.
            if (tokens[j].Kind == TokenKind.Number || tokens[j].IsWord && LexiconNumberReader.StartsNumber(lexicon, tokens, folded, j))
            {
                if (LexiconNumberReader.Read(lexicon, tokens, folded, j) is { } step && step.Last < phrase.First && Increment(lexicon, tokens, folded, step))
                {
                    continue;
                }

                if (tokens[j].Kind == TokenKind.Number)
                {
                    return null;
                }
            }

            if (lexicon.MatchAt("count_noun", folded, j) is null)
            {
                continue;
            }

            for (var p = Math.Max(0, j - 3); p <= j + 2 && p < phrase.First; p++)
            {
                if (PersonNouns.Match(lexicon, folded, p) is { } person)
                {
                    var side = lexicon.MatchAt("side", folded, p)?.Phrase.Value;
                    return new ScanOutcome(PersonScan.Result.Person, p + person.Length - 1, side, person.Phrase.Value == "-" ? null : person.Phrase.Value);
                }
            }
        }

        return null;
    }

    /// <summary>The scan's outcome, with the category a person noun itself carries.</summary>
    private readonly record struct ScanOutcome(PersonScan.Result Kind, int Head, string? Side, string? NounCategory)
    {
        /// <summary>Whether the number counts a part of the whole named right before it.</summary>
        public bool Part { get; init; }

        /// <summary>Whether the number counts relatives of other people.</summary>
        public bool Relational { get; init; }

        public static readonly ScanOutcome None = new(PersonScan.Result.None, -1, null, null);
    }
}
