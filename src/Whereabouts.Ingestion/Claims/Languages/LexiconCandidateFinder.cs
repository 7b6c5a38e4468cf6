namespace Whereabouts.Ingestion.Claims.Languages;

/// <summary>The numbers of a sentence that count people: a person noun after the number, a category phrase right after it, a partitive ("из них") before it, or "the number of" a person noun before it.</summary>
internal static class LexiconCandidateFinder
{
    internal static List<Candidate> Candidates(ClaimLexicon lexicon, List<Token> tokens, string[] folded, List<(int Start, int End)> masks,
        List<(int First, int Last, string Category)> triggers)
    {
        var candidates = new List<Candidate>();
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
            if (NumberMasks.Cover(masks, tokens[phrase.Last]))
            {
                continue;
            }

            var scan = Scan(lexicon, tokens, folded, phrase, triggers);
            if (IsPartAfterWhole(lexicon, tokens, folded, phrase, candidates))
            {
                scan = scan.Kind == PersonScan.Result.Person ? scan with { Part = true } : new ScanOutcome(PersonScan.Result.Person, phrase.Last, null, null) { Part = true };
            }

            if (scan.Kind == PersonScan.Result.None || phrase.NeedsPersonNoun && scan.Kind != PersonScan.Result.Person)
            {
                continue;
            }

            var first = Math.Min(phrase.First, scan.Head);
            var last = Math.Max(phrase.Last, scan.Head);
            candidates.Add(new Candidate(phrase, scan.Head, scan.Side, tokens[first].Start, tokens[last].End)
            {
                PhraseEnd = tokens[last].End,
                NounCategory = scan.NounCategory,
                IsPart = scan.Part,
                FirstToken = first,
                LastToken = last,
            });
        }

        return candidates;
    }

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
        List<(int First, int Last, string Category)> triggers)
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
        var from = phrase.Last + 1;
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
                        head = j + next.Length - 1;
                        relational |= lexicon.IsWord("relational", folded[head]);
                        category ??= next.Phrase.Value == "-" ? null : next.Phrase.Value;
                        j = head;
                        continue;
                    }

                    break;
                }

                // "десятки родственников пропавших", "44 գերիների ծնողներ": relatives are not the people the claim is about.
                if (relational)
                {
                    return ScanOutcome.None;
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

            if (lexicon.MatchAt("thing", folded, k) is not null)
            {
                return ScanOutcome.None;
            }

            if (lexicon.MatchAt("side", folded, k) is { } s)
            {
                side ??= s.Phrase.Value;
                k += s.Length - 1;
                continue;
            }

            if (LexiconClaimReader.TriggerAt(triggers, k) >= 0)
            {
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

        if (unknown == 0 && from < tokens.Count && (LexiconClaimReader.TriggerAt(triggers, from) >= 0 || lexicon.IsWord("glue", folded[from])))
        {
            return new ScanOutcome(PersonScan.Result.Bare, phrase.Last, side, null);
        }

        return Before(lexicon, tokens, folded, phrase) is { } before ? before : ScanOutcome.None;
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
        for (var j = phrase.First - 1; j >= 0 && j >= phrase.First - 6; j--)
        {
            if (tokens[j].Kind == TokenKind.Number || tokens[j].Text is "." or ";")
            {
                return null;
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

        public static readonly ScanOutcome None = new(PersonScan.Result.None, -1, null, null);
    }
}
