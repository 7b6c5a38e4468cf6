namespace Whereabouts.Ingestion.Claims;

/// <summary>
/// Finds who a sentence attributes its statements to: the subject of a reporting verb ("the
/// Ministry of Defense said", "Baku claims"), the name after an inverted verb (", said Artak
/// Beglarian"), "according to X", "citing X", and the agent of a passive denial ("was denied by
/// the ministry"). A pronoun subject ("he said") stands for the last source the article named.
/// </summary>
internal static class AttributionFinder
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Verbs = Set(
        "said", "says", "say", "told", "tells", "reported", "reports", "stated", "states", "announced",
        "announces", "claimed", "claims", "claim", "confirmed", "confirms", "added", "adds", "noted", "notes",
        "wrote", "writes", "estimated", "estimates", "insisted", "insists", "denied", "denies", "deny",
        "rejected", "rejects", "dismissed", "dismisses", "acknowledged", "acknowledges", "admitted", "admits",
        "tweeted", "declared", "declares", "alleged", "alleges", "put", "puts", "maintained",
        "maintains", "argued", "argues", "believes", "believed", "counted", "counts", "disputed", "disputes",
        "refuted", "refutes", "informed", "informs", "revealed", "reveals");

    // Verbs that are also plural nouns: "dismissed claims of", "the reports said".
    private static readonly HashSet<string> NounLike = Set("reports", "claims", "claim", "estimates", "notes", "states", "counts", "disputes", "posts");

    private static readonly HashSet<string> Determiners = Set("the", "a", "an", "these", "those", "such", "its", "their", "his", "her", "of", "earlier", "previous", "initial", "media");

    private static readonly HashSet<string> Inverting = Set("said", "says", "added", "told", "stated", "wrote", "noted", "reported", "insisted");

    private static readonly HashSet<string> Boundaries = Set(
        "that", "which", "who", "whom", "while", "but", "as", "after", "when", "because", "since", "although",
        "though", "if", "where", "whereas", "so", "then", "than", "however", "meanwhile", "also", "saying", "and");

    private static readonly HashSet<string> Passive = Set("was", "were", "is", "are", "been", "be", "being", "had", "has");

    private static readonly HashSet<string> TrailingNoise = Set(
        "also", "later", "earlier", "previously", "has", "have", "had", "again", "separately", "further", "then",
        "now", "still", "officially", "publicly", "reportedly", "repeatedly", "initially", "first", "recently",
        "would", "will", "did", "does", "do", "could", "has", "subsequently", "on", "today", "yesterday",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "last", "week", "night",
        "already", "once", "flatly", "strongly", "categorically", "firmly");

    private static readonly HashSet<string> Pronouns = Set("he", "she", "it", "they", "we", "i");

    private static readonly HashSet<string> NameGlue = Set("the", "of", "for", "on", "and", "de", "'s", "-");

    public static List<Attribution> Find(List<Token> tokens, string sentence, ref string? lastSource)
    {
        var found = new List<Attribution>();
        for (var v = 0; v < tokens.Count; v++)
        {
            var t = tokens[v];
            if (!t.IsWord)
            {
                continue;
            }

            string? source = null;
            if ((t.Is("according") && v + 1 < tokens.Count && tokens[v + 1].Is("to")) || t.Is("citing"))
            {
                source = After(tokens, sentence, t.Is("citing") ? v + 1 : v + 2);
            }
            else if (Verbs.Contains(t.Text) && !(NounLike.Contains(t.Text) && v > 0 && (Verbs.Contains(tokens[v - 1].Text) || Determiners.Contains(tokens[v - 1].Text))))
            {
                if (v > 0 && Passive.Contains(tokens[v - 1].Text))
                {
                    // "was denied by the ministry": the agent; "were reported missing": nobody.
                    if (v + 1 < tokens.Count && tokens[v + 1].Is("by"))
                    {
                        source = After(tokens, sentence, v + 2);
                    }
                }
                else
                {
                    source = Subject(tokens, sentence, v, found, ref lastSource);
                    if (source is null && Inverting.Contains(t.Text) && (v == 0 || tokens[v - 1].Kind == TokenKind.Punct))
                    {
                        source = After(tokens, sentence, v + 1);
                    }
                }
            }

            if (source is not null)
            {
                found.Add(new Attribution(v, source));
                if (!Pronouns.Contains(source))
                {
                    lastSource = source;
                }
            }
        }

        return found;
    }

    /// <summary>The subject before the verb at <paramref name="v"/>, or null.</summary>
    private static string? Subject(List<Token> tokens, string sentence, int v, List<Attribution> found, ref string? lastSource)
    {
        var first = v;
        for (var k = v - 1; k >= 0 && v - k <= 10; k--)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Number || t.IsWord && Verbs.Contains(t.Text) && !NounLike.Contains(t.Text))
            {
                break;
            }

            if (t.Kind == TokenKind.Punct && !IsInnerPunct(tokens, k))
            {
                break;
            }

            if (t.IsWord && Boundaries.Contains(t.Text) && !IsNameAnd(tokens, k))
            {
                if ((t.Is("which") || t.Is("who")) && k == v - 1 || (t.Is("which") || t.Is("who")) && OnlyNoise(tokens, k + 1, v))
                {
                    return Antecedent(tokens, sentence, k);
                }

                break;
            }

            first = k;
        }

        // "Gen. Petrosyan, the commander, said": the name before the apposition.
        if (first == v && v >= 2 && tokens[v - 1].Text == ",")
        {
            for (var k = v - 2; k >= 1 && v - k <= 8; k--)
            {
                if (tokens[k].Text == ",")
                {
                    return Antecedent(tokens, sentence, k + 1);
                }
            }
        }

        var last = v - 1;
        while (last >= first && (TrailingNoise.Contains(tokens[last].Text) || tokens[last].Kind == TokenKind.Number))
        {
            last--;
        }

        // Drop a trailing "on December" style fragment that TrailingNoise left behind.
        if (last < first)
        {
            return null;
        }

        if (last == first && Pronouns.Contains(tokens[first].Text))
        {
            return lastSource ?? (found.Count > 0 ? found[^1].Source : null);
        }

        return Text(sentence, tokens, first, last);
    }

    private static bool OnlyNoise(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!TrailingNoise.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"the Ministry of Defence, which said": the name before the comma.</summary>
    private static string? Antecedent(List<Token> tokens, string sentence, int relative)
    {
        var end = relative - 1;
        if (end < 0 || !(tokens[end].Text is "," or "\u2014"))
        {
            return null;
        }

        end--;
        var first = end + 1;
        for (var k = end; k >= 0 && end - k < 8; k--)
        {
            var t = tokens[k];
            if (t.IsCapitalized || t.IsWord && NameGlue.Contains(t.Text) || IsInnerPunct(tokens, k))
            {
                first = k;
                continue;
            }

            break;
        }

        // Keep "the" but no other leading glue ("of", "and").
        while (first <= end && NameGlue.Contains(tokens[first].Text) && !tokens[first].Is("the"))
        {
            first++;
        }

        return first <= end ? Text(sentence, tokens, first, end) : null;
    }

    /// <summary>The name after "according to", "citing", "said" or "by", up to punctuation.</summary>
    private static string? After(List<Token> tokens, string sentence, int from)
    {
        var last = from - 1;
        for (var k = from; k < tokens.Count && k - from < 10; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Number || t.Kind == TokenKind.Punct && !IsInnerPunct(tokens, k)
                || t.IsWord && (Boundaries.Contains(t.Text) && !IsNameAnd(tokens, k) || Verbs.Contains(t.Text) || t.Is("on") || t.Is("in")))
            {
                break;
            }

            last = k;
        }

        return last >= from ? Text(sentence, tokens, from, last) : null;
    }

    /// <summary>A hyphen or an abbreviation's dot inside a name ("Nagorno-Karabakh", "Gen. Petrosyan").</summary>
    private static bool IsInnerPunct(List<Token> tokens, int k)
    {
        var t = tokens[k];
        if (k == 0 || k + 1 >= tokens.Count)
        {
            return false;
        }

        if (t.Text is "-" && tokens[k - 1].End == t.Start && tokens[k + 1].Start == t.End)
        {
            return true;
        }

        return t.Text == "." && tokens[k - 1].IsCapitalized && tokens[k - 1].Text.Length <= 4 && tokens[k + 1].IsCapitalized;
    }

    /// <summary>"and" inside a name ("the Ministry of Labour and Social Affairs", "Armenia and Azerbaijan").</summary>
    private static bool IsNameAnd(List<Token> tokens, int k) =>
        tokens[k].Is("and") && k > 0 && k + 1 < tokens.Count && tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized;

    private static string Text(string sentence, List<Token> tokens, int first, int last)
    {
        var text = sentence[tokens[first].Start..tokens[last].End];
        return text.StartsWith("The ", StringComparison.Ordinal) ? "the" + text[3..] : text;
    }
}
