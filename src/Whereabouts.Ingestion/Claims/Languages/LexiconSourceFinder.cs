namespace Whereabouts.Ingestion.Claims.Languages;

/// <summary>Who says a claim: the reporting phrases of a claim lexicon ("по словам X", "X-ի խոսքով", "X bildirib") and the source each names, before or after it, with pronouns standing for the last named source.</summary>
internal static class LexiconSourceFinder
{
    internal static string? Source(List<Attribution> attributions, Candidate candidate)
    {
        Attribution? preceding = null;
        Attribution? following = null;
        foreach (var a in attributions)
        {
            if (a.Position < candidate.FirstToken)
            {
                preceding = a;
            }
            else if (following is null && a.Position > candidate.LastToken)
            {
                following = a;
            }
        }

        return (preceding ?? following)?.Source;
    }

    internal static List<Attribution> Attributions(ClaimLexicon lexicon, string sentence, List<Token> tokens, string[] folded,
        List<(int First, int Last, string Category)> triggers, List<(int Start, int End)> masks, ref string? lastSource)
    {
        var found = new List<Attribution>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (lexicon.MatchAt("say", folded, k) is not { } say || k > 0 && lexicon.IsWord("negation", folded[k - 1]))
            {
                continue;
            }

            var mode = say.Phrase.Value;
            var closing = false;
            if (mode == "either")
            {
                mode = k > 0 && tokens[k - 1].Kind == TokenKind.Punct && !(tokens[k - 1].Text is "." or "-") ? "after" : "before";

                // "…, заявила председатель Союза семей пропавших без вести": a reporting verb after
                // the claim's clause is followed by its source alone, fate words and all.
                closing = mode == "after";
            }

            var source = mode == "after"
                ? After(lexicon, sentence, tokens, folded, k + say.Length, triggers, masks, closing)
                : Before(lexicon, sentence, tokens, folded, k - 1, triggers, masks);
            if (source is null && mode == "before")
            {
                // "…, հայտնել է Հանձնաժողովը": nothing before, so the name follows; and in a
                // verb-final sentence ("Ermənistan tərəfi 73 əsirin saxlanıldığını təkzib edib")
                // the subject opens the sentence, before the clause the verb reports.
                source = After(lexicon, sentence, tokens, folded, k + say.Length, triggers, masks)
                    ?? (k + say.Length >= tokens.Count || tokens[k + say.Length].Kind == TokenKind.Punct ? After(lexicon, sentence, tokens, folded, 0, triggers, masks) : null);
            }
            else if (source is null)
            {
                source = Before(lexicon, sentence, tokens, folded, k - 1, triggers, masks);
            }

            if (source is not null && lexicon.IsWord("pronoun", TextFold.Fold(source)))
            {
                source = lastSource;
            }
            else if (source is not null)
            {
                lastSource = source;
            }

            if (source is not null)
            {
                found.Add(new Attribution(k, source));
            }

            k += say.Length - 1;
        }

        return found;
    }

    /// <summary>
    /// Digits, or number words of two or more ("üç yüz hərbçinin", "трехсот"): a source does not
    /// cross a count. "Bir deputat", "один из депутатов" keep their "one".
    /// </summary>
    private static bool IsCount(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int k) =>
        tokens[k].Kind == TokenKind.Number
        || tokens[k].IsWord && LexiconNumberReader.StartsNumber(lexicon, tokens, folded, k)
           && LexiconNumberReader.Read(lexicon, tokens, folded, k) is { Count: > 1, Qualifier: not ClaimValues.Vague };

    private static bool Stops(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int k, List<(int First, int Last, string Category)> triggers,
        List<(int Start, int End)> masks)
    {
        var t = tokens[k];
        if (t.Kind == TokenKind.Punct)
        {
            // A hyphen inside a word ("ՊՆ-ն", "Nagorno-Karabakh") or an abbreviation's dot keeps a name whole.
            var inner = t.Text is "-" && k > 0 && k + 1 < tokens.Count && tokens[k - 1].End == t.Start && tokens[k + 1].Start == t.End;
            return !inner;
        }

        return IsCount(lexicon, tokens, folded, k) || NumberMasks.Cover(masks, t) || lexicon.IsWord("boundary", folded[k]) || LexiconClaimReader.TriggerAt(triggers, k) >= 0
            || lexicon.MatchAt("say", folded, k) is not null;
    }

    /// <summary>
    /// The source after a reporting phrase, up to a clause mark, a boundary or eight tokens; a source
    /// that closes the sentence (<paramref name="closing"/>) may hold fate words and twelve tokens.
    /// </summary>
    private static string? After(ClaimLexicon lexicon, string sentence, List<Token> tokens, string[] folded, int from,
        List<(int First, int Last, string Category)> triggers, List<(int Start, int End)> masks, bool closing = false)
    {
        var last = from - 1;
        var limit = closing ? 12 : 8;
        for (var k = from; k < tokens.Count && k - from < limit && !Stops(lexicon, tokens, folded, k, closing ? [] : triggers, masks); k++)
        {
            last = k;
        }

        return Trim(lexicon, sentence, tokens, folded, from, last);
    }

    /// <summary>The source before a reporting phrase, back to a clause mark, a boundary or eight tokens.</summary>
    private static string? Before(ClaimLexicon lexicon, string sentence, List<Token> tokens, string[] folded, int to,
        List<(int First, int Last, string Category)> triggers, List<(int Start, int End)> masks)
    {
        // "Nazirlik dünən bildirib": the day of the statement stands between the source and its verb.
        while (to >= 0 && tokens[to].IsWord && NumberMasks.Cover(masks, tokens[to]))
        {
            to--;
        }

        var first = to + 1;
        var k = to;
        for (; k >= 0 && to - k < 8 && !Stops(lexicon, tokens, folded, k, triggers, masks); k--)
        {
            first = k;
        }

        // Stopped by the reported claim itself ("… 20 hərbçinin həlak olması barədə xəbərləri təkzib
        // edib"): in a verb-final sentence the subject opens the clause, before the claim.
        if (k >= 0 && (IsCount(lexicon, tokens, folded, k) || LexiconClaimReader.TriggerAt(triggers, k) >= 0))
        {
            var start = k;
            while (start > 0 && !LexiconClaimReader.ClauseMarks.Contains(tokens[start - 1].Text))
            {
                start--;
            }

            return After(lexicon, sentence, tokens, folded, start, triggers, masks);
        }

        return Trim(lexicon, sentence, tokens, folded, first, to);
    }

    private static string? Trim(ClaimLexicon lexicon, string sentence, List<Token> tokens, string[] folded, int first, int last)
    {
        while (first <= last && (lexicon.IsWord("noise", folded[first]) || lexicon.IsWord("glue", folded[first]) || tokens[first].Kind == TokenKind.Punct))
        {
            first++;
        }

        while (last >= first && (lexicon.IsWord("noise", folded[last]) || lexicon.IsWord("own", folded[last]) || lexicon.IsWord("glue", folded[last]) || tokens[last].Kind == TokenKind.Punct))
        {
            last--;
        }

        return first <= last ? sentence[tokens[first].Start..tokens[last].End] : null;
    }
}
