using System.Text.RegularExpressions;
using Whereabouts.Ingestion.Claims.Languages;

namespace Whereabouts.Ingestion.Claims;

/// <summary>
/// Reads statements of how many people are missing, captured, held, released, killed, wounded or
/// arrested from an article's main text. Rule-based; English by the rules below, Russian, Armenian
/// and Azerbaijani by the same rules over per-language lexicons (<see cref="LexiconClaimReader"/>).
/// In English a number counts people when
/// a person noun follows it ("44 Armenian prisoners") or a verb does ("12 were captured"); its
/// category comes from the nearest verb or noun that says what happened to them; its source from a
/// reporting verb ("X said", "according to X"); its status from a denial or rumour word whose scope
/// reaches it; its date from the nearest date in the sentence.
/// </summary>
/// <remarks>
/// Durations, distances, ages, years, dates, percentages, money, phone numbers, ordinals and counts
/// of things (villages, videos, tanks) are not claims. A claim's date is null when its sentence
/// names no day; the publication date is only the reference for resolving relative dates.
/// </remarks>
public static partial class CountClaimExtractor
{
    private static readonly HashSet<string> Aux = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "are", "is", "been", "being", "be", "remain", "remains", "remained", "still", "have", "has",
        "had", "reportedly", "allegedly", "later", "also", "all", "both", "went", "got", "now", "subsequently",
        "eventually", "finally", "then", "since", "already", "confirmed", "officially", "reported",
    };

    // "for" joins the two sides of an exchange ("exchanged 12 for 12", "5 Armenians for 7
    // Azerbaijanis"); "including" a subset that shares the verb ("30 people, including 5 children, were killed").
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "and", "or", ",", "(", ")", "as", "well", "for", "including" };

    private static readonly HashSet<string> ObjectGlue = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "another", "all", "its", "their", "his", "her", "our", "of", "some", "only", "just", "another",
    };

    /// <summary>Every count claim in the paragraphs, in reading order.</summary>
    /// <param name="paragraphs">The article's main text, one string per paragraph.</param>
    /// <param name="published">The publication date; relative dates ("yesterday", "on Monday",
    /// "December 14" without a year) resolve against it, and stay null without it.</param>
    /// <remarks>The language is detected from the paragraphs (<see cref="LanguageDetector"/>); comment
    /// threads and author notes at the end are dropped first (<see cref="CommentThreads"/>).</remarks>
    public static IReadOnlyList<CountClaim> Extract(IReadOnlyList<string> paragraphs, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        return Extract(paragraphs, published, LanguageDetector.Detect(paragraphs));
    }

    /// <summary>Every count claim in the paragraphs, read as <paramref name="language"/> (an ISO 639-1
    /// code from <see cref="LanguageDetector"/>). English and an undetermined language are read by
    /// the English rules; Russian, Armenian and Azerbaijani by their lexicons
    /// (<c>Claims/Languages/Data</c>); a language with no claim lexicon (Turkish) gives no claims,
    /// rather than English rules misreading it.</summary>
    public static IReadOnlyList<CountClaim> Extract(IReadOnlyList<string> paragraphs, DateOnly? published, string language)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(language);
        var body = CommentThreads.Drop(paragraphs);
        if (ClaimLexicon.ForCode(language) is { ReadsClaims: true } lexicon)
        {
            return LexiconClaimReader.Extract(lexicon, body, published);
        }

        return ReadsLanguage(language) ? ExtractEnglish(body, published) : [];
    }

    /// <summary>Whether claims can be read in <paramref name="language"/> (an ISO 639-1 code, or
    /// <see cref="LanguageDetector.Undetermined"/>, which is read by the English rules).</summary>
    public static bool ReadsLanguage(string language) =>
        language is English or LanguageDetector.Undetermined || ClaimLexicon.ForCode(language) is { ReadsClaims: true };

    // The English reader is code (Lexicon, Patterns), not a lexicon file.
    private const string English = "en";

    private static List<CountClaim> ExtractEnglish(IReadOnlyList<string> paragraphs, DateOnly? published)
    {
        var claims = new List<CountClaim>();
        DateOnly? lastDate = null;
        string? lastSource = null;
        foreach (var paragraph in paragraphs)
        {
            foreach (var sentence in WithAnswers(SentenceSplitter.Split(paragraph ?? string.Empty)))
            {
                var dates = DateFinder.Find(sentence, published, ref lastDate);
                var tokens = Tokenizer.Tokenize(sentence);
                var attributions = AttributionFinder.Find(tokens, sentence, ref lastSource);
                ReadSentence(sentence, tokens, dates, attributions, claims);
            }
        }

        return claims;
    }

    /// <summary>"Q: How many … in captivity? A: 43.": an answer is read with the question it answers.</summary>
    private static IEnumerable<string> WithAnswers(List<string> sentences)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            // "\"How many bodies remain unidentified?\" \"About forty,\" said …": the sentence after a
            // question is its answer, with or without "A:" or a dash.
            if (i + 1 < sentences.Count && sentences[i].TrimEnd('"', '\u201D', '\'', '\u2019', ')', ' ').EndsWith('?'))
            {
                yield return sentences[i] + " " + sentences[i + 1];
                i++;
                continue;
            }

            yield return sentences[i];
        }
    }

    private static void ReadSentence(string sentence, List<Token> tokens, List<DateMention> dates, List<Attribution> attributions, List<CountClaim> claims)
    {
        var candidates = Candidates(sentence, tokens, dates);
        if (candidates.Count == 0)
        {
            return;
        }

        var triggers = Triggers(sentence);
        var categories = new string?[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            categories[c] = Category(sentence, tokens, candidates, c, triggers, categories);

            // "Some 100 families are still searching for their loved ones": relatives are the ones who
            // search, not the ones searched for (as with "families of the missing").
            if (categories[c] == ClaimValues.Missing && Lexicon.RelationalNouns.Contains(tokens[candidates[c].Head].Text))
            {
                categories[c] = null;
            }
        }

        var sides = new string?[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            if (categories[c] is { } category)
            {
                sides[c] = Side(sentence, tokens, candidates, c, category, ForwardEnd(sentence, candidates, c), Source(attributions, candidates[c]));
            }
        }

        // "Seven soldiers and two civilians freed from Azerbaijani captivity": people listed together
        // with one fate share the side named after the last of them.
        for (var c = candidates.Count - 2; c >= 0; c--)
        {
            if (sides[c] is null && categories[c] is not null && categories[c] == categories[c + 1] && Connected(tokens, candidates[c], candidates[c + 1]))
            {
                sides[c] = sides[c + 1];
            }
        }

        for (var c = 0; c < candidates.Count; c++)
        {
            if (categories[c] is not { } category)
            {
                continue;
            }

            var candidate = candidates[c];
            var phrase = candidate.Phrase;
            var forwardEnd = ForwardEnd(sentence, candidates, c);
            var source = Source(attributions, candidate);
            claims.Add(new CountClaim(
                phrase.Count,
                phrase.CountMax,
                phrase.Qualifier,
                category,
                sides[c],
                source,
                Status(sentence, candidate, forwardEnd),
                Date(dates, candidate, attributions, tokens),
                sentence));
        }
    }

    private static List<Candidate> Candidates(string sentence, List<Token> tokens, List<DateMention> dates)
    {
        var masked = NumberMasks.Of(sentence, dates);
        var candidates = new List<Candidate>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!(t.Kind == TokenKind.Number || t.IsWord) || NumberMasks.Cover(masked, t))
            {
                continue;
            }

            if (i > 0 && IsLabel(tokens, i) || ListMarker(tokens, i) || Step(tokens, i) || OfLabel(tokens, i))
            {
                continue;
            }

            var phrase = NumberReader.Read(tokens, i);
            if (phrase is null)
            {
                continue;
            }

            if (NumberMasks.Cover(masked, tokens[phrase.Last]))
            {
                i = phrase.Last;
                continue;
            }

            // "Sixty-four (64) servicemen": the number restated in parentheses is the same count.
            var restated = Restated(tokens, phrase);
            var scan = PersonScan.Scan(tokens, restated >= 0 ? restated + 1 : phrase.Last + 1);
            i = Math.Max(phrase.Last, restated);

            // "the mother of one of the prisoners": one of a group names a person, it counts no one.
            if (phrase.Count == 1 && phrase.Qualifier == ClaimValues.Exact && phrase.Last + 1 < tokens.Count && tokens[phrase.Last + 1].Is("of"))
            {
                continue;
            }

            // "38 people went home to Armenia, nine to Azerbaijan": a number with only a destination
            // after it counts the people before, gapped.
            if (scan.Kind == PersonScan.Result.None && candidates.Count > 0 && ToDestination(tokens, phrase))
            {
                scan = new PersonScan.Outcome(PersonScan.Result.Person, phrase.Last, null);
            }
            if (scan.Kind == PersonScan.Result.None || phrase.NeedsPersonNoun && scan.Kind != PersonScan.Result.Person)
            {
                continue;
            }

            // "six relatives of the soldiers": the relatives are counted, with the people they are
            // tied to as part of their noun phrase; only a verb of their own gives them a fate.
            var relational = scan.Kind == PersonScan.Result.Person && Lexicon.RelationalNouns.Contains(tokens[scan.Head].Text)
                && scan.Head + 1 < tokens.Count && tokens[scan.Head + 1].Is("of");
            var end = tokens[phrase.Last].End;
            var phraseEnd = scan.Kind == PersonScan.Result.Person ? tokens[relational ? TiedPeopleEnd(tokens, scan.Head + 1) : scan.Head].End : end;
            candidates.Add(new Candidate(phrase, scan.Head, scan.Side, tokens[phrase.First].Start, end) { PhraseEnd = phraseEnd, IsRelational = relational });
        }

        return candidates;
    }



    /// <summary>"…, nine to Azerbaijan.", "… and thirteen to Armenia in the exchange": after a comma or "and", a number followed by "to" and a side's country or capital.</summary>
    private static bool ToDestination(List<Token> tokens, NumberPhrase phrase)
    {
        var k = phrase.Last + 1;
        return phrase.First >= 1 && (tokens[phrase.First - 1].Text == "," || tokens[phrase.First - 1].Is("and"))
            && k + 1 < tokens.Count && tokens[k].Is("to")
            && (tokens[k + 1].Is("Armenia") || tokens[k + 1].Is("Azerbaijan") || tokens[k + 1].Is("Yerevan") || tokens[k + 1].Is("Baku"));
    }

    /// <summary>"2) wounded — 37 people": a number that opens a sentence before ")" or "." numbers a list item.</summary>
    private static bool ListMarker(List<Token> tokens, int i) =>
        (i == 0 || i == 1 && tokens[0].Kind == TokenKind.Punct) && tokens[i].Kind == TokenKind.Number
        && i + 1 < tokens.Count && tokens[i + 1].Text is ")" or ".";

    /// <summary>"rose by 14 to 301": the step of a change is no count (its new total is).</summary>
    private static bool Step(List<Token> tokens, int i) =>
        i >= 2 && tokens[i - 1].Is("by") && ChangeVerbs.Contains(tokens[i - 2].Text);

    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "rose", "risen", "grew", "grown", "increased", "climbed", "jumped", "fell", "fallen", "dropped", "decreased", "declined", "went", "up", "down",
    };

    /// <summary>"Question 5 of 12": the total a labelled number is one of is no count either.</summary>
    private static bool OfLabel(List<Token> tokens, int i) =>
        i >= 3 && tokens[i - 1].Is("of") && tokens[i - 2].Kind == TokenKind.Number && IsLabel(tokens, i - 2);

    /// <summary>The closing parenthesis of a number restated right after a number ("sixty-four (64)"), or -1.</summary>
    private static int Restated(List<Token> tokens, NumberPhrase phrase)
    {
        var open = phrase.Last + 1;
        if (open + 2 >= tokens.Count || tokens[open].Text != "(" || NumberReader.Read(tokens, open + 1) is not { } inner)
        {
            return -1;
        }

        return inner.Last + 1 < tokens.Count && tokens[inner.Last + 1].Text == ")" ? inner.Last + 1 : -1;
    }

    /// <summary>The last token of "of the missing soldiers" after a relational noun: the people the relatives are tied to.</summary>
    private static int TiedPeopleEnd(List<Token> tokens, int of)
    {
        var last = of;
        for (var k = of + 1; k < tokens.Count && k <= of + 5; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || !(Lexicon.Modifiers.Contains(t.Text) || Lexicon.PersonNouns.Contains(t.Text) || Lexicon.SideOf(t.Text) is not null
                || t.Is("a") || t.Is("an")))
            {
                break;
            }

            last = k;
        }

        return last;
    }

    /// <summary>"No. 5", "aged 19", "Su-25", "#3": the number names or measures, it does not count.</summary>
    private static bool IsLabel(List<Token> tokens, int i)
    {
        var prev = tokens[i - 1];
        if (prev.IsWord && Lexicon.LabelWords.Contains(prev.Text) && tokens[i].Kind == TokenKind.Number)
        {
            return true;
        }

        if (prev.Text is "." && i >= 2 && Lexicon.LabelWords.Contains(tokens[i - 2].Text))
        {
            return true;
        }

        if (prev.Text is "#" or "\u2116" or "+" || prev.Text is "-" or "/" && prev.End == tokens[i].Start && i >= 2 && tokens[i - 2].End == prev.Start)
        {
            return true;
        }

        return false;
    }

    private static List<(int Start, int End, string Category)> Triggers(string sentence)
    {
        var all = new List<(int Start, int End, string Category)>();
        Add(all, Patterns.Missing(), sentence, ClaimValues.Missing);
        Add(all, Patterns.Captured(), sentence, ClaimValues.Captured);
        Add(all, Patterns.Held(), sentence, ClaimValues.Held);
        Add(all, Patterns.Released(), sentence, ClaimValues.Released);
        Add(all, Patterns.Killed(), sentence, ClaimValues.Killed);
        Add(all, Patterns.Wounded(), sentence, ClaimValues.Wounded);
        Add(all, Patterns.Arrested(), sentence, ClaimValues.Arrested);

        // "flown to hospitals in Yerevan": a transfer to a place of treatment moves the wounded; it is
        // no release (as the lexicons' `care` words do in the other languages).
        for (var i = 0; i < all.Count; i++)
        {
            var (start, end, category) = all[i];
            if (category == ClaimValues.Released && Patterns.Care().IsMatch(sentence[start..Math.Min(sentence.Length, end + 40)]))
            {
                all[i] = (start, end, ClaimValues.Wounded);
            }
        }

        // "appealed for the release of 45 Armenians still held": a release asked for has not happened
        // (as the lexicons' `appeal` words do in the other languages).
        all.RemoveAll(t => t.Category == ClaimValues.Released && Patterns.AppealBefore().IsMatch(sentence[Math.Max(0, t.Start - 40)..t.Start]));

        // "40 prisoners have not yet returned": a fate denied right before it did not happen.
        all.RemoveAll(t => Patterns.NegatedBefore().IsMatch(sentence[Math.Max(0, t.Start - 30)..t.Start]));

        // "volunteers are helping the families of the missing": a fate that names whom relatives are
        // tied to describes that noun phrase, and is no fate of anyone else in the sentence.
        all.RemoveAll(t => TiesRelatives(sentence, t.Start));

        // Where two phrases overlap the longer wins ("taken into custody" over "custody").
        all.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : (y.End - y.Start).CompareTo(x.End - x.Start));
        var kept = new List<(int Start, int End, string Category)>();
        foreach (var t in all)
        {
            if (kept.Count > 0 && t.Start < kept[^1].End)
            {
                if (t.End - t.Start > kept[^1].End - kept[^1].Start)
                {
                    kept[^1] = t;
                }

                continue;
            }

            kept.Add(t);
        }

        return kept;

        static void Add(List<(int, int, string)> list, Regex regex, string text, string category)
        {
            foreach (Match m in regex.Matches(text))
            {
                list.Add((m.Index, m.Index + m.Length, category));
            }
        }
    }

    /// <summary>Where the forward scope of candidate <paramref name="c"/> ends: the next candidate or a semicolon.</summary>
    private static int ForwardEnd(string sentence, List<Candidate> candidates, int c)
    {
        var end = c + 1 < candidates.Count ? candidates[c + 1].Start : sentence.Length;
        var semicolon = sentence.IndexOf(';', candidates[c].End);
        return semicolon >= 0 && semicolon < end ? semicolon : end;
    }

    private static string? Category(string sentence, List<Token> tokens, List<Candidate> candidates, int c,
        List<(int Start, int End, string Category)> triggers, string?[] known)
    {
        var candidate = candidates[c];

        // Bodies and remains are the dead, whoever hands them over.
        var before = sentence[Math.Max(0, candidate.Start - 30)..candidate.Start];
        var head = tokens[candidate.Head];
        if (Patterns.Bodies().IsMatch(before)
            || candidate.Head > candidate.Phrase.Last && Lexicon.NounCategory(head.Text) == ClaimValues.Killed)
        {
            return ClaimValues.Killed;
        }

        // A table written as text, "Missing: 226 | In captivity: 39": the label right before the
        // colon names the figure after it (the clause mark stops every other backward look).
        foreach (var t in triggers)
        {
            if (t.End <= candidate.Start && sentence.AsSpan(t.End, candidate.Start - t.End).Trim().SequenceEqual(":"))
            {
                return t.Category;
            }
        }

        var backStart = BackStart(sentence, tokens, candidates, c);

        // A verb right before the number governs it: "Azerbaijan returned 44 prisoners".
        var adjacent = Adjacent(sentence, triggers, candidate.Start, backStart);
        if (adjacent is not null)
        {
            return adjacent;
        }

        // Relatives take a fate only from their own verb, after the people they are tied to:
        // "six relatives of the soldiers were detained", not "relatives of missing soldiers gathered";
        // and never that of the missing: relatives are the ones who search, not the ones searched for.
        if (candidate.IsRelational)
        {
            var own = Forward(sentence, triggers, candidate.PhraseEnd, ForwardEnd(sentence, candidates, c));
            return own == ClaimValues.Missing ? null : own;
        }

        var forward = Forward(sentence, triggers, candidate.End, ForwardEnd(sentence, candidates, c));
        if (forward is not null)
        {
            return forward;
        }

        // "six Armenian and seven Azerbaijani soldiers were killed": the verb of the last one.
        for (var n = c + 1; n < candidates.Count && Connected(tokens, candidates[n - 1], candidates[n]); n++)
        {
            forward = Forward(sentence, triggers, candidates[n].End, ForwardEnd(sentence, candidates, n));
            if (forward is not null)
            {
                return forward;
            }
        }

        string? backward = null;
        foreach (var t in triggers)
        {
            if (t.Start >= backStart && t.End <= candidate.Start)
            {
                backward = t.Category;
            }
        }

        if (backward is not null)
        {
            return backward;
        }

        if (candidate.Head > candidate.Phrase.Last && Lexicon.NounCategory(head.Text) is { } nounCategory)
        {
            // "Armenia received eight prisoners of war from Azerbaijan": prisoners a party receives
            // are prisoners no longer; they come home to the receiver (as the lexicon reader reads it).
            return nounCategory == ClaimValues.Held && SideCues.Receives(sentence[backStart..candidate.Start]) ? ClaimValues.Released : nounCategory;
        }

        if (c > 0 && Connected(tokens, candidates[c - 1], candidate))
        {
            return known[c - 1];
        }

        // "The number of prisoners fell to 38": the people "the number of" names carry the fate.
        if (CountedNoun(tokens, backStart, candidate.Start) is { } counted)
        {
            return counted;
        }

        // "In Hadrut 12 civilians went missing, in Shushi another 30": a gapped clause shares the fate
        // of the count before it.
        // "bringing the total to 249", "of whom 21 are civilians": the people of the count before.
        if (c > 0 && (Total(tokens, candidate) || OfWhom(tokens, candidate)) && known[c - 1] is { } earlier)
        {
            return earlier;
        }

        // "Of the 44 POWs flown home, 29 are conscripts": a part named by who they are, with no verb
        // of its own, shares the whole's fate.
        if (c > 0 && IsPartitive(tokens, candidates[c - 1]) && NamedAs(tokens, candidate) && known[c - 1] is { } whole)
        {
            return whole;
        }

        // "Q: How many … are still in captivity? A: … 43.": an answer takes its question's fate.
        if (Answer(sentence, triggers, candidate) is { } asked)
        {
            return asked;
        }

        return Heading(sentence, tokens, triggers, backStart) ?? (c > 0 && Gapped(tokens, candidate) ? known[c - 1] : null);
    }

    // How far before an answer's number its question may end, in characters.
    private const int AnswerReach = 300;

    /// <summary>"bringing the total to 249", "a total of 249": the number is the total of the people counted before.</summary>
    private static bool Total(List<Token> tokens, Candidate candidate)
    {
        for (var k = candidate.Phrase.First - 1; k >= 0 && k >= candidate.Phrase.First - 3; k--)
        {
            if (tokens[k].Is("total") || tokens[k].Is("tally"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"29 are conscripts", "12 were women": the number, a copula and a noun for people, nothing else.</summary>
    private static bool NamedAs(List<Token> tokens, Candidate candidate)
    {
        var k = candidate.Phrase.Last + 1;
        if (k + 1 >= tokens.Count || !(tokens[k].Is("are") || tokens[k].Is("were") || tokens[k].Is("is") || tokens[k].Is("was")))
        {
            return false;
        }

        k++;
        while (k < tokens.Count && tokens[k].IsWord && (Lexicon.Modifiers.Contains(tokens[k].Text) || Lexicon.SideOf(tokens[k].Text) is not null) && !Lexicon.PersonNouns.Contains(tokens[k].Text))
        {
            k++;
        }

        return k < tokens.Count && Lexicon.PersonNouns.Contains(tokens[k].Text) && !Lexicon.RelationalNouns.Contains(tokens[k].Text)
            && (k + 1 >= tokens.Count || tokens[k + 1].Kind == TokenKind.Punct || tokens[k + 1].Is("and"));
    }

    /// <summary>"of whom 21", "of them 21", "of which 21": a part of the people counted before.</summary>
    private static bool OfWhom(List<Token> tokens, Candidate candidate)
    {
        var k = candidate.Phrase.First;
        return k >= 2 && tokens[k - 2].Is("of") && (tokens[k - 1].Is("whom") || tokens[k - 1].Is("them") || tokens[k - 1].Is("which"));
    }

    /// <summary>The fate the last question before the candidate asks about, or null when no question precedes it.</summary>
    private static string? Answer(string sentence, List<(int Start, int End, string Category)> triggers, Candidate candidate)
    {
        // A question is looked for in the few hundred characters before the number, so that a long
        // text with many numbers is still read in linear time.
        if (candidate.Start == 0)
        {
            return null;
        }

        var from = candidate.Start - 1;
        var mark = sentence.LastIndexOf('?', from, Math.Min(from + 1, AnswerReach));
        if (mark < 0 && IndirectQuestion(sentence, from) is { } reply)
        {
            mark = reply;
        }

        if (mark < 0)
        {
            return null;
        }

        string? asked = null;
        foreach (var t in triggers)
        {
            if (t.End <= mark)
            {
                asked = t.Category;
            }
        }

        return asked;
    }

    /// <summary>
    /// "Asked how many servicemen were still unaccounted for, the minister replied: \"211.\"": a reported
    /// question ("how many" within reach before the number) answered by a reply verb between the two.
    /// The reply verb's position, which plays the question mark's part, or null.
    /// </summary>
    private static int? IndirectQuestion(string sentence, int from)
    {
        var reach = Math.Min(from + 1, AnswerReach);
        var asked = sentence.LastIndexOf("how many", from, reach, StringComparison.OrdinalIgnoreCase);
        if (asked < 0)
        {
            return null;
        }

        foreach (var verb in (string[])["replied", "answered", "responded"])
        {
            var at = sentence.IndexOf(verb, asked, from - asked + 1, StringComparison.OrdinalIgnoreCase);
            if (at > asked)
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>The category of a noun after "the number of" (or toll, tally, count, figure) between <paramref name="from"/> and <paramref name="to"/>, or null.</summary>
    private static string? CountedNoun(List<Token> tokens, int from, int to)
    {
        for (var k = 0; k + 1 < tokens.Count && tokens[k].End <= to; k++)
        {
            if (tokens[k].Start < from || !tokens[k + 1].Is("of")
                || !(tokens[k].Is("number") || tokens[k].Is("toll") || tokens[k].Is("tally") || tokens[k].Is("count") || tokens[k].Is("figure")))
            {
                continue;
            }

            for (var j = k + 2; j < tokens.Count && j <= k + 5 && tokens[j].End <= to; j++)
            {
                if (Lexicon.NounCategory(tokens[j].Text) is { } category)
                {
                    return category;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the number follows "another", "a further" or "more" after a comma or dash: a clause whose verb is left out.</summary>
    private static bool Gapped(List<Token> tokens, Candidate candidate)
    {
        var k = candidate.Phrase.First - 1;
        if (candidate.Head == candidate.Phrase.Last && ToDestination(tokens, candidate.Phrase))
        {
            return true;
        }

        // "…; in Hadrut district, 64.": a number alone after a comma at the sentence's end.
        if (k >= 0 && tokens[k].Text == "," && candidate.Head == candidate.Phrase.Last
            && (candidate.Phrase.Last + 1 == tokens.Count || candidate.Phrase.Last + 2 == tokens.Count && tokens[^1].Text is "." or "!"))
        {
            return true;
        }

        if (k >= 0 && (tokens[k].Is("another") || tokens[k].Is("further") || tokens[k].Is("more") || tokens[k].Is("also")))
        {
            k--;
        }
        else
        {
            return k >= 0 && tokens[k].Text is "\u2014" or "\u2013";
        }

        for (var back = 0; k >= 0 && back < 6; k--, back++)
        {
            if (tokens[k].Text is "," or ";" or "\u2014" or "\u2013")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Missing: more than 200 people", "In captivity — 40 Armenians": a headline with no verb names
    /// the fate before a colon or dash, and the count after it.
    /// </summary>
    private static string? Heading(string sentence, List<Token> tokens, List<(int Start, int End, string Category)> triggers, int backStart)
    {
        var mark = sentence[..backStart].TrimEnd();
        if (mark.Length < 2 || mark[^1] is not (':' or '\u2014' or '\u2013'))
        {
            return null;
        }

        var start = mark.Length - 1;
        while (start > 0 && sentence[start - 1] is not (',' or ';' or ':' or '\u2014' or '\u2013' or '"'))
        {
            start--;
        }

        string? heading = null;
        foreach (var t in triggers)
        {
            if (t.Start >= start && t.End < mark.Length)
            {
                heading = t.Category;
            }
        }

        // "prisoners of war — 61": with no fate phrase, a noun that carries one names it.
        foreach (var token in tokens)
        {
            if (heading is null && token.Start >= start && token.End < mark.Length && token.IsWord && Lexicon.NounCategory(token.Text) is { } noun)
            {
                heading = noun;
            }
        }

        return heading;
    }

    private static string? Adjacent(string sentence, List<(int Start, int End, string Category)> triggers, int start, int backStart)
    {
        foreach (var t in triggers)
        {
            if (t.End > start || t.Start < backStart)
            {
                continue;
            }

            var gap = Tokenizer.Tokenize(sentence[t.End..start]);

            // "put the number of civilians killed at 85 and the number wounded at 410".
            if (gap is [{ Text: "at" }] && Patterns.CountNoun().IsMatch(sentence[backStart..t.Start]))
            {
                return t.Category;
            }

            var glueOnly = gap.Count <= 2;
            foreach (var g in gap)
            {
                glueOnly &= g.IsWord && ObjectGlue.Contains(g.Text);
            }

            if (glueOnly)
            {
                return t.Category;
            }
        }

        return null;
    }

    private static string? Forward(string sentence, List<(int Start, int End, string Category)> triggers, int from, int to)
    {
        string? nearest = null;
        var nearestEnd = -1;
        foreach (var t in triggers)
        {
            if (t.Start < from || t.Start >= to)
            {
                continue;
            }

            if (Aux.Contains(WordBefore(sentence, t.Start)))
            {
                return t.Category;
            }

            // "The 12 soldiers captured near Shushi have been moved to a prison": a participle with
            // no auxiliary before the clause's own verb only describes the people.
            if (nearest is not null && FiniteVerb().IsMatch(sentence[nearestEnd..t.Start]))
            {
                return t.Category;
            }

            if (nearest is null)
            {
                (nearest, nearestEnd) = (t.Category, t.End);
            }
        }

        return nearest;
    }

    /// <summary>Whether the phrase at <paramref name="index"/> follows "families of (the)", so names whom relatives are tied to.</summary>
    private static bool TiesRelatives(string sentence, int index)
    {
        var word = WordBefore(sentence, index);
        var at = index;
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("those", StringComparison.OrdinalIgnoreCase))
        {
            at = sentence.LastIndexOf(word, at - 1, StringComparison.Ordinal);
            word = WordBefore(sentence, at);
        }

        if (!word.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        at = sentence.LastIndexOf(word, at - 1, StringComparison.Ordinal);
        return Lexicon.RelationalNouns.Contains(WordBefore(sentence, at));
    }

    private static string WordBefore(string sentence, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(sentence[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(sentence[start - 1]))
        {
            start--;
        }

        return sentence[start..end];
    }

    /// <summary>Where the backward scope starts: the previous candidate, a clause boundary or eight tokens back.</summary>
    private static int BackStart(string sentence, List<Token> tokens, List<Candidate> candidates, int c)
    {
        var candidate = candidates[c];
        var first = candidate.Phrase.First;
        var start = c > 0 ? candidates[c - 1].PhraseEnd : 0;
        var limit = first >= 8 ? tokens[first - 8].Start : 0;
        start = Math.Max(start, limit);
        for (var k = first - 1; k >= 0 && tokens[k].Start >= start; k--)
        {
            if (tokens[k].Text is "," or ";" or ":" or "\u2014" or "\"" or "\u201C" or "\u201D" || tokens[k].Is("that"))
            {
                return tokens[k].End;
            }
        }

        return Math.Min(start, candidate.Start);
    }

    /// <summary>Two numbers in one noun phrase or list: only side words, modifiers, nouns and "and" between.</summary>
    private static bool Connected(List<Token> tokens, Candidate left, Candidate right)
    {
        // "Of the 60 missing, 12 were found alive": the 12 are a part of the 60, with a fate of their own.
        if (IsPartitive(tokens, left))
        {
            return false;
        }

        var sawConnector = false;
        var from = Math.Max(left.Phrase.Last, left.Head) + 1;
        for (var k = from; k < right.Phrase.First; k++)
        {
            var t = tokens[k];
            if (Connectors.Contains(t.Text))
            {
                sawConnector = true;
                continue;
            }

            if (!(t.IsWord && (Lexicon.SideOf(t.Text) is not null || Lexicon.Modifiers.Contains(t.Text) || Lexicon.PersonNouns.Contains(t.Text))))
            {
                return false;
            }
        }

        return sawConnector || from >= right.Phrase.First;
    }

    /// <summary>Whether the number opens a whole that a later number is part of ("of the 60", "of all 60").</summary>
    private static bool IsPartitive(List<Token> tokens, Candidate candidate)
    {
        var k = candidate.Phrase.First - 1;
        if (k >= 0 && (tokens[k].Is("the") || tokens[k].Is("all") || tokens[k].Is("these") || tokens[k].Is("those")))
        {
            k--;
        }

        return k >= 0 && tokens[k].Is("of") && (k == 0 || tokens[k - 1].Kind == TokenKind.Punct);
    }

    private static string? Side(string sentence, List<Token> tokens, List<Candidate> candidates, int c, string category, int forwardEnd, string? source)
    {
        var candidate = candidates[c];
        if (candidate.NounSide is { } side)
        {
            return side;
        }

        // "the ministry said two of its soldiers were wounded": the speaker's own people.
        if (source is not null && OwnPeople().IsMatch(sentence[candidate.Start..Math.Max(candidate.End, tokens[candidate.Head].End)]) && SideCues.OfSpeaker(source) is { } speaker)
        {
            return speaker;
        }

        // "Police detained thirty protesters in Yerevan": a country's own police hold its own
        // people; the place is where, not a captor.
        if (category is ClaimValues.Held or ClaimValues.Arrested && DomesticForce().IsMatch(sentence))
        {
            return SideCues.FromSentence(sentence);
        }

        // The words after the number first: "and 14 were transferred to Azerbaijan" is about the 14.
        var backStart = Math.Min(candidate.Start, Math.Max(0, c > 0 ? candidates[c - 1].PhraseEnd : 0));
        // "…, the defence ministry in Baku said": the speaker's place is no captor of the count.
        var sourceAt = source is null ? -1 : sentence.IndexOf(source, candidate.End, StringComparison.Ordinal);
        if (sourceAt >= 0 && sourceAt < forwardEnd)
        {
            forwardEnd = sourceAt;
        }

        var cue = SideCues.FromScope(sentence[candidate.Start..forwardEnd], category)
            ?? SideCues.FromScope(sentence[backStart..candidate.Start], category);
        if (cue is not null)
        {
            return cue;
        }

        cue = SideCues.FromSentence(sentence);
        if (cue is not null)
        {
            return cue;
        }

        // A side's own officials report its own missing.
        return category == ClaimValues.Missing && source is not null ? SideCues.OfSpeaker(source) : null;
    }

    private static string Status(string sentence, Candidate candidate, int forwardEnd)
    {
        var before = sentence[..candidate.Start];
        var after = sentence[candidate.End..forwardEnd];
        if (InScope(Patterns.Denial(), before) || Patterns.DenialAfter().IsMatch(after))
        {
            return ClaimValues.Denied;
        }

        return InScope(Patterns.Rumour(), before) || Patterns.Rumour().IsMatch(after) ? ClaimValues.Rumour : ClaimValues.Asserted;
    }

    /// <summary>Whether the last match of <paramref name="trigger"/> in <paramref name="before"/> still reaches its end.</summary>
    private static bool InScope(Regex trigger, string before)
    {
        Match? last = null;
        foreach (Match m in trigger.Matches(before))
        {
            last = m;
        }

        return last is not null && !Patterns.Breaker().IsMatch(before[(last.Index + last.Length)..]);
    }

    private static string? Source(List<Attribution> attributions, Candidate candidate)
    {
        Attribution? preceding = null;
        Attribution? following = null;
        foreach (var a in attributions)
        {
            if (a.Position < candidate.Phrase.First)
            {
                preceding = a;
            }
            else if (following is null && a.Position > Math.Max(candidate.Phrase.Last, candidate.Head))
            {
                following = a;
            }
        }

        return (preceding ?? following)?.Source;
    }

    private static DateOnly? Date(List<DateMention> dates, Candidate candidate, List<Attribution> attributions, List<Token> tokens)
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

            // "…, the ministry said on Tuesday": the day of the statement, the claim's as-of date
            // only when the sentence names no day of the event.
            if (IsStatementDate(d, attributions, tokens))
            {
                distance += 1000;
            }

            // "(3 fewer than last week)", "up from 150 last week": the day of the figure compared with.
            if (ComparedDay(tokens, d))
            {
                continue;
            }

            if (distance < bestDistance)
            {
                best = d;
                bestDistance = distance;
            }
        }

        return best?.Value;
    }

    /// <summary>Whether "than" or "from" and a number stand right before the date (it dates the earlier figure), or "since" (it starts a period).</summary>
    private static bool ComparedDay(List<Token> tokens, DateMention d)
    {
        // The token right before the date, by binary search on the sorted token offsets (linear overall).
        int lo = 0, hi = tokens.Count - 1, k = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= d.Start)
            {
                k = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        // "Since 10 November a total of 73 …": the day a period began is no as-of day (as the lexicons' `since_before`).
        if (k >= 0 && (tokens[k].Is("than") || tokens[k].Is("since")))
        {
            return true;
        }

        // "2,917, compared with 2,871 on 1 December", "up from 41 as of Monday": the day of the figure compared with.
        var n = k >= 0 && (tokens[k].Is("on") || tokens[k].Is("of") && k >= 1 && tokens[k - 1].Is("as")) ? k - (tokens[k].Is("of") ? 2 : 1) : k;
        return n >= 1 && tokens[n].Kind == TokenKind.Number
            && (tokens[n - 1].Is("from") || tokens[n - 1].Is("with") || tokens[n - 1].Is("against") || tokens[n - 1].Is("versus") || tokens[n - 1].Is("vs") || tokens[n - 1].Is("than"));
    }

    private static bool IsStatementDate(DateMention d, List<Attribution> attributions, List<Token> tokens)
    {
        foreach (var a in attributions)
        {
            var verbEnd = tokens[a.Position].End;
            if (verbEnd <= d.Start && d.Start - verbEnd <= 4)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:have|has|had|were|was|are|is)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiniteVerb();

    [GeneratedRegex(@"\b(?:its|their|our)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnPeople();

    [GeneratedRegex(@"\b(?:police|policemen|riot\s+police|courts?|prosecutors?|investigators?|security\s+services?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomesticForce();
}
