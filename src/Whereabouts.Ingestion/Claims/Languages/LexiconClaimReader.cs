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
        ClaimValues.Killed, ClaimValues.Wounded, ClaimValues.Arrested,
    ];

    private static readonly HashSet<string> ClauseMarks = new(StringComparer.Ordinal)
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
                var tokens = Tokenizer.Tokenize(sentence);
                var folded = TextFold.Fold(tokens);
                var dates = LexiconDateFinder.Find(lexicon, sentence, tokens, folded, published);
                ReadSentence(lexicon, sentence, tokens, folded, dates, ref lastSource, claims);
            }
        }

        return claims;
    }

    // No real sentence is longer; a longer run of text (no punctuation at all) is read in pieces so
    // that the work per sentence stays bounded and the whole stays linear in the text's length.
    private const int MaxSentence = 2000;

    /// <summary>Sentences of at most <see cref="MaxSentence"/> characters.</summary>
    private static IEnumerable<string> Sentences(ClaimLexicon lexicon, string paragraph)
    {
        foreach (var sentence in SplitSentences(lexicon, paragraph))
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

    /// <summary>Sentences; Armenian ends them with ։ (or a colon typed for it before a capital).</summary>
    private static IEnumerable<string> SplitSentences(ClaimLexicon lexicon, string paragraph)
    {
        var text = paragraph;
        if (lexicon.Script == "Armn")
        {
            text = ArmenianStop().Replace(text, "\u0589\n");
            foreach (var piece in text.Split('\n'))
            {
                foreach (var sentence in SentenceSplitter.Split(piece))
                {
                    yield return sentence;
                }
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
        var masks = Masks(sentence, dates);
        var triggers = Triggers(lexicon, folded);
        ToCare(lexicon, folded, triggers);
        var attributions = Attributions(lexicon, sentence, tokens, folded, triggers, masks, ref lastSource);
        var candidates = Candidates(lexicon, tokens, folded, masks, triggers);
        if (candidates.Count == 0)
        {
            return;
        }

        var categories = new string?[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            categories[c] = Category(lexicon, tokens, folded, candidates, c, triggers);
        }

        // "6 армянских и 7 азербайджанских военнослужащих погибли": one verb for both.
        for (var c = candidates.Count - 2; c >= 0; c--)
        {
            if (categories[c] is null && Connected(lexicon, tokens, folded, candidates[c], candidates[c + 1]))
            {
                categories[c] = categories[c + 1];
            }
        }

        for (var c = 1; c < candidates.Count; c++)
        {
            if (categories[c] is null && Connected(lexicon, tokens, folded, candidates[c - 1], candidates[c]))
            {
                categories[c] = categories[c - 1];
            }
        }

        for (var c = 0; c < candidates.Count; c++)
        {
            if (categories[c] is not { } category)
            {
                continue;
            }

            var candidate = candidates[c];
            var source = Source(attributions, candidate);
            claims.Add(new CountClaim(
                candidate.Phrase.Count,
                candidate.Phrase.CountMax,
                candidate.Phrase.Qualifier,
                category,
                Side(lexicon, folded, candidate, category, source),
                source,
                Status(lexicon, folded, candidate),
                Date(dates, candidate),
                sentence));
        }
    }

    private static List<(int Start, int End)> Masks(string sentence, List<DateMention> dates)
    {
        var masks = new List<(int, int)>();
        foreach (var d in dates)
        {
            masks.Add((d.Start, d.End));
        }

        foreach (var regex in new[] { Patterns.Phone(), Patterns.Percent(), Patterns.Time(), Patterns.Year(), Patterns.Money() })
        {
            foreach (Match m in regex.Matches(sentence))
            {
                masks.Add((m.Index, m.Index + m.Length));
            }
        }

        return masks;
    }

    private static bool IsMasked(List<(int Start, int End)> masks, Token t)
    {
        foreach (var (start, end) in masks)
        {
            if (t.Start < end && t.End > start)
            {
                return true;
            }
        }

        return false;
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

            for (var k = Math.Max(0, t.First - 3); k <= Math.Min(folded.Length - 1, t.Last + 3); k++)
            {
                if (lexicon.MatchAt("care", folded, k) is not null)
                {
                    triggers[i] = (t.First, t.Last, ClaimValues.Wounded);
                    break;
                }
            }
        }
    }

    private static int TriggerAt(List<(int First, int Last, string Category)> triggers, int k)
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

    private static List<Candidate> Candidates(ClaimLexicon lexicon, List<Token> tokens, string[] folded, List<(int Start, int End)> masks,
        List<(int First, int Last, string Category)> triggers)
    {
        var candidates = new List<Candidate>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!(t.Kind == TokenKind.Number || t.IsWord) || IsMasked(masks, t) || IsLabel(lexicon, tokens, folded, i))
            {
                continue;
            }

            var phrase = LexiconNumberReader.Read(lexicon, tokens, folded, i);
            if (phrase is null)
            {
                continue;
            }

            i = phrase.Last;
            if (IsMasked(masks, tokens[phrase.Last]))
            {
                continue;
            }

            var scan = Scan(lexicon, tokens, folded, phrase, triggers);
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
            var triggerHere = TriggerAt(triggers, k);
            if (triggerHere >= 0 && triggers[triggerHere].First == k && lexicon.MatchAt("person", folded, k) is { } shorter
                && triggers[triggerHere].Last - k + 1 > shorter.Length)
            {
                return unknown == 0 && !phrase.NeedsPersonNoun ? new ScanOutcome(PersonScan.Result.Bare, phrase.Last, side, null) : ScanOutcome.None;
            }

            if (lexicon.MatchAt("person", folded, k) is { } person)
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

                    if (lexicon.MatchAt("person", folded, j) is { } next && TriggerAt(triggers, j) < 0)
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

            if (TriggerAt(triggers, k) >= 0)
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

        if (unknown == 0 && from < tokens.Count && (TriggerAt(triggers, from) >= 0 || lexicon.IsWord("glue", folded[from])))
        {
            return new ScanOutcome(PersonScan.Result.Bare, phrase.Last, side, null);
        }

        return Before(lexicon, tokens, folded, phrase) is { } before ? before : ScanOutcome.None;
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
                if (lexicon.MatchAt("person", folded, p) is { } person)
                {
                    var side = lexicon.MatchAt("side", folded, p)?.Phrase.Value;
                    return new ScanOutcome(PersonScan.Result.Person, p + person.Length - 1, side, person.Phrase.Value == "-" ? null : person.Phrase.Value);
                }
            }
        }

        return null;
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
        var forwardEnd = ForwardEnd(tokens, candidates, c);

        // In a verb-final language the verb after the number is its verb, whatever stands before.
        var verbFinal = lexicon.IsWord("verb_final", "yes");
        if (verbFinal && Forward(triggers, candidate, forwardEnd) is { } final)
        {
            return final;
        }

        // A verb right before the number governs it: "вернул 44 пленных", "վերադարձրել է 44 գերու".
        foreach (var t in triggers)
        {
            if (t.Last < candidate.FirstToken && t.First >= backStart && GlueOnly(lexicon, folded, t.Last + 1, candidate.FirstToken))
            {
                return t.Category;
            }
        }

        if (Forward(triggers, candidate, forwardEnd) is { } forward)
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

        return backward ?? candidate.NounCategory;
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
    private static int ForwardEnd(List<Token> tokens, List<Candidate> candidates, int c)
    {
        var end = c + 1 < candidates.Count ? candidates[c + 1].FirstToken : tokens.Count;
        for (var k = candidates[c].LastToken + 1; k < end; k++)
        {
            if (tokens[k].Text == ";")
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
            var f = folded[k];
            if (tokens[k].Text == "," || lexicon.IsWord("boundary", f) || lexicon.IsWord("side", f) || lexicon.IsWord("person", f) || lexicon.IsWord("glue", f))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private static string? Side(ClaimLexicon lexicon, string[] folded, Candidate candidate, string category, string? source)
    {
        if (candidate.NounSide is { } own)
        {
            return own;
        }

        // A destination says whose people were handed over, bodies included.
        if ((category == ClaimValues.Released || HasCategory(folded, lexicon, ClaimValues.Released)) && First(lexicon, "home", folded) is { } home)
        {
            return home;
        }

        // "Ереван получил останки 9 военнослужащих": whoever receives people or remains gets its own back.
        if (category is ClaimValues.Released or ClaimValues.Killed && HasCategory(folded, lexicon, "receive")
            && (First(lexicon, "country", folded) ?? First(lexicon, "captor", folded)) is { } receiver)
        {
            return receiver;
        }

        if (category is ClaimValues.Captured or ClaimValues.Held or ClaimValues.Released && First(lexicon, "captor", folded) is { } captor)
        {
            // "Баку получил 12 своих военнослужащих", "Ереван получил останки": the receiver's own people.
            return OwnWordNear(lexicon, folded, candidate) ? captor : Lexicon.Opposite(captor);
        }

        // "двое его военнослужащих", "onun iki hərbçisi": the speaker's own people.
        if (source is not null && OwnWordNear(lexicon, folded, candidate) && SideOfSource(lexicon, source) is { } speaker)
        {
            return speaker;
        }

        string? named = null;
        for (var k = 0; k < folded.Length; k++)
        {
            if (lexicon.MatchAt("side", folded, k) is { } s)
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

    private static string Status(ClaimLexicon lexicon, string[] folded, Candidate candidate)
    {
        if (Reaches(lexicon, "deny", folded, candidate))
        {
            return ClaimValues.Denied;
        }

        return Reaches(lexicon, "rumour", folded, candidate) ? ClaimValues.Rumour : ClaimValues.Asserted;
    }

    /// <summary>Whether a phrase of <paramref name="kind"/> stands in the sentence with no breaker between it and the candidate.</summary>
    private static bool Reaches(ClaimLexicon lexicon, string kind, string[] folded, Candidate candidate)
    {
        for (var k = 0; k < folded.Length; k++)
        {
            if (lexicon.MatchAt(kind, folded, k) is not { } m)
            {
                continue;
            }

            var (from, to) = k < candidate.FirstToken ? (k + m.Length, candidate.FirstToken) : (candidate.LastToken + 1, k);
            var broken = false;
            for (var j = from; j < to && !broken; j++)
            {
                broken = lexicon.MatchAt("breaker", folded, j) is not null;
            }

            if (!broken)
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly? Date(List<DateMention> dates, Candidate candidate)
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
            if (distance < bestDistance)
            {
                best = d;
                bestDistance = distance;
            }
        }

        return best?.Value;
    }

    private static string? Source(List<Attribution> attributions, Candidate candidate)
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

    private static List<Attribution> Attributions(ClaimLexicon lexicon, string sentence, List<Token> tokens, string[] folded,
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
            if (mode == "either")
            {
                mode = k > 0 && tokens[k - 1].Kind == TokenKind.Punct && !(tokens[k - 1].Text is "." or "-") ? "after" : "before";
            }

            var source = mode == "after"
                ? After(lexicon, sentence, tokens, folded, k + say.Length, triggers, masks)
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

        return t.Kind == TokenKind.Number || IsMasked(masks, t) || lexicon.IsWord("boundary", folded[k]) || TriggerAt(triggers, k) >= 0
            || lexicon.MatchAt("say", folded, k) is not null;
    }

    /// <summary>The source after a reporting phrase, up to a clause mark, a boundary or eight tokens.</summary>
    private static string? After(ClaimLexicon lexicon, string sentence, List<Token> tokens, string[] folded, int from,
        List<(int First, int Last, string Category)> triggers, List<(int Start, int End)> masks)
    {
        var last = from - 1;
        for (var k = from; k < tokens.Count && k - from < 8 && !Stops(lexicon, tokens, folded, k, triggers, masks); k++)
        {
            last = k;
        }

        return Trim(lexicon, sentence, tokens, folded, from, last);
    }

    /// <summary>The source before a reporting phrase, back to a clause mark, a boundary or eight tokens.</summary>
    private static string? Before(ClaimLexicon lexicon, string sentence, List<Token> tokens, string[] folded, int to,
        List<(int First, int Last, string Category)> triggers, List<(int Start, int End)> masks)
    {
        var first = to + 1;
        var k = to;
        for (; k >= 0 && to - k < 8 && !Stops(lexicon, tokens, folded, k, triggers, masks); k--)
        {
            first = k;
        }

        // Stopped by the reported claim itself ("… 20 hərbçinin həlak olması barədə xəbərləri təkzib
        // edib"): in a verb-final sentence the subject opens the clause, before the claim.
        if (k >= 0 && (tokens[k].Kind == TokenKind.Number || TriggerAt(triggers, k) >= 0))
        {
            var start = k;
            while (start > 0 && !ClauseMarks.Contains(tokens[start - 1].Text))
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

    [GeneratedRegex(@"[\u0589:](?=\s+[\u0531-\u0556\u00AB""])|\u0589", RegexOptions.CultureInvariant)]
    private static partial Regex ArmenianStop();

    /// <summary>The scan's outcome, with the category a person noun itself carries.</summary>
    private readonly record struct ScanOutcome(PersonScan.Result Kind, int Head, string? Side, string? NounCategory)
    {
        public static readonly ScanOutcome None = new(PersonScan.Result.None, -1, null, null);
    }
}
