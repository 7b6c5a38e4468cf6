namespace Whereabouts.Ingestion.Claims;

/// <summary>
/// Reads numbers written in digits ("73", "1,200", "2 thousand") or English words ("forty-four",
/// "two hundred and ten", "a dozen", "half a dozen"), vague amounts ("several dozen", "hundreds"),
/// the qualifier words around them and ranges ("40–140", "40 to 140", "between 40 and 140").
/// </summary>
/// <remarks>
/// A vague amount counts as the smallest number its words can mean: dozens, several dozen and a
/// few dozen 24; tens 20; scores 40; hundreds and several hundred 200; thousands 2000; several 3;
/// a few 2. That keeps <see cref="CountClaim.Count"/> an honest lower bound.
/// </remarks>
internal static class NumberReader
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    // Vague amounts of one word (followed by "of") or two words; longest first.
    private static readonly (string[] Words, int Count)[] VagueAmounts =
    [
        (["several", "dozen"], 24), (["a", "few", "dozen"], 24), (["dozens"], 24), (["tens"], 20),
        (["scores"], 40), (["several", "hundred"], 200), (["a", "few", "hundred"], 200), (["hundreds"], 200),
        (["several", "thousand"], 2000), (["a", "few", "thousand"], 2000), (["thousands"], 2000),
        (["several"], 3), (["a", "few"], 2),
    ];

    private static readonly (string[] Words, string Qualifier)[] Before =
    [
        (["no", "fewer", "than"], ClaimValues.AtLeast), (["no", "less", "than"], ClaimValues.AtLeast),
        (["not", "less", "than"], ClaimValues.AtLeast), (["not", "fewer", "than"], ClaimValues.AtLeast),
        (["a", "minimum", "of"], ClaimValues.AtLeast), (["at", "least"], ClaimValues.AtLeast),
        (["no", "more", "than"], ClaimValues.FewerThan), (["not", "more", "than"], ClaimValues.FewerThan),
        (["a", "maximum", "of"], ClaimValues.FewerThan), (["at", "most"], ClaimValues.FewerThan),
        (["fewer", "than"], ClaimValues.FewerThan), (["less", "than"], ClaimValues.FewerThan),
        (["just", "under"], ClaimValues.FewerThan), (["up", "to"], ClaimValues.FewerThan),
        (["more", "than"], ClaimValues.MoreThan), (["in", "excess", "of"], ClaimValues.MoreThan),
        (["upwards", "of"], ClaimValues.MoreThan), (["just", "over"], ClaimValues.MoreThan),
        (["well", "over"], ClaimValues.MoreThan), (["as", "many", "as"], ClaimValues.FewerThan),
        (["close", "to"], ClaimValues.About), (["an", "estimated"], ClaimValues.About),
        (["about"], ClaimValues.About), (["around"], ClaimValues.About), (["approximately"], ClaimValues.About),
        (["approx"], ClaimValues.About), (["roughly"], ClaimValues.About), (["some"], ClaimValues.About),
        (["nearly"], ClaimValues.About), (["almost"], ClaimValues.About), (["circa"], ClaimValues.About),
        (["estimated"], ClaimValues.About), (["over"], ClaimValues.MoreThan), (["above"], ClaimValues.MoreThan),
        (["under"], ClaimValues.FewerThan), (["below"], ClaimValues.FewerThan),
    ];

    // "handed over 44", "took over 12": "over" belongs to the verb, not to the number.
    private static readonly HashSet<string> PhrasalVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "take", "takes", "took",
        "taken", "taking", "pass", "passed", "passing", "brought", "bring", "flown", "flew", "came", "won",
        "handover",
    };

    public static bool IsNumberToken(List<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Number || tokens[i].IsWord && Units.ContainsKey(tokens[i].Text);

    /// <summary>Reads the number that starts at token <paramref name="i"/>, or returns null.</summary>
    public static NumberPhrase? Read(List<Token> tokens, int i)
    {
        var bare = ReadBare(tokens, i);
        if (bare is null)
        {
            return null;
        }

        var (count, last, vague, needsNoun) = bare.Value;
        var first = i;
        var qualifier = vague ? ClaimValues.Vague : ClaimValues.Exact;
        int? countMax = null;

        if (!vague)
        {
            var before = QualifierBefore(tokens, i);
            if (before is { } q)
            {
                qualifier = q.Qualifier;
                first = i - q.Length;
            }

            var range = RangeAfter(tokens, last, i, count);
            if (range is { } r)
            {
                countMax = r.Max;
                last = r.Last;
                qualifier = ClaimValues.Range;
                if (r.StartedEarly)
                {
                    first = i - 1;
                }
            }
            else if (last + 2 < tokens.Count && tokens[last + 1].Is("or") && tokens[last + 2].Is("more"))
            {
                qualifier = ClaimValues.AtLeast;
                last += 2;
            }
            else if (last + 2 < tokens.Count && tokens[last + 1].Is("or") && tokens[last + 2].Is("so"))
            {
                qualifier = ClaimValues.About;
                last += 2;
            }
        }

        return new NumberPhrase(first, last, count, countMax, qualifier, needsNoun) { NumberStart = i };
    }

    /// <summary>The number alone: its value, last token, whether vague, whether it needs a person noun.</summary>
    private static (int Count, int Last, bool Vague, bool NeedsNoun)? ReadBare(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            if (t.Text.Contains('.', StringComparison.Ordinal))
            {
                return null;
            }

            if (!int.TryParse(Tokenizer.Digits(t.Text), System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            var last = i;
            if (i + 1 < tokens.Count && tokens[i + 1].Is("thousand") && value < 1_000_000)
            {
                value *= 1000;
                last++;
            }

            return (value, last, false, false);
        }

        if (!t.IsWord)
        {
            return null;
        }

        // "Two were killed and another was injured": after "and", "another" with a verb of its own is one
        // more person, with a fate of its own (as "ещё один", "ևս մեկը", "üçüncüsü isə").
        if (t.Is("another") && i > 0 && tokens[i - 1].Is("and") && i + 1 < tokens.Count
            && (tokens[i + 1].Is("was") || tokens[i + 1].Is("is") || tokens[i + 1].Is("has") || tokens[i + 1].Is("had")))
        {
            return (1, i, false, false);
        }

        foreach (var (words, count) in VagueAmounts)
        {
            if (Matches(tokens, i, words))
            {
                return (count, i + words.Length - 1, true, true);
            }
        }

        if (t.Is("half") && Matches(tokens, i + 1, ["a", "dozen"]))
        {
            return (6, i + 2, false, false);
        }

        return ReadWords(tokens, i);
    }

    private static (int Count, int Last, bool Vague, bool NeedsNoun)? ReadWords(List<Token> tokens, int i)
    {
        var total = 0;
        var current = 0;
        var last = -1;
        var k = i;
        if (tokens[k].Is("a") || tokens[k].Is("an"))
        {
            if (k + 1 >= tokens.Count || !(tokens[k + 1].Is("hundred") || tokens[k + 1].Is("thousand") || tokens[k + 1].Is("dozen")))
            {
                return null;
            }

            current = 1;
            k++;
        }

        while (k < tokens.Count)
        {
            var t = tokens[k];
            if (t.IsWord && Units.TryGetValue(t.Text, out var unit))
            {
                // "twenty one", "forty-four"; not "four four".
                var rest = current % 100;
                var fits = current == 0 || rest == 0 || rest >= 20 && rest % 10 == 0 && unit < 10;
                if (!fits)
                {
                    break;
                }

                current += unit;
            }
            else if (t.Is("hundred") && last >= 0 || t.Is("hundred") && current == 1)
            {
                current = Math.Max(current, 1) * 100;
            }
            else if (t.Is("thousand") && (last >= 0 || current == 1))
            {
                total += Math.Max(current, 1) * 1000;
                current = 0;
            }
            else if (t.Is("dozen") && (last >= 0 || current == 1))
            {
                current = Math.Max(current, 1) * 12;
            }
            else if (t.Kind == TokenKind.Punct && t.Text == "-" && last >= 0 && last == k - 1 && k + 1 < tokens.Count
                     && tokens[k + 1].Start == t.End && t.Start == tokens[k - 1].End && Units.ContainsKey(tokens[k + 1].Text))
            {
                k++;
                continue;
            }
            else if (t.Is("and") && last >= 0 && last == k - 1 && (tokens[last].Is("hundred") || tokens[last].Is("thousand"))
                     && k + 1 < tokens.Count && Units.ContainsKey(tokens[k + 1].Text))
            {
                k++;
                continue;
            }
            else
            {
                break;
            }

            last = k;
            k++;
        }

        if (last < 0)
        {
            return null;
        }

        var value = total + current;
        // "one" is as often a pronoun as a number: count it only before a person noun.
        var needsNoun = value == 1;
        return (value, last, false, needsNoun);
    }

    private static (string Qualifier, int Length)? QualifierBefore(List<Token> tokens, int i)
    {
        foreach (var (words, qualifier) in Before)
        {
            var start = i - words.Length;
            if (start < 0 || !Matches(tokens, start, words))
            {
                continue;
            }

            if (words is ["over"] && start > 0 && PhrasalVerbs.Contains(tokens[start - 1].Text))
            {
                continue;
            }

            return (qualifier, words.Length);
        }

        return null;
    }

    private static (int Max, int Last, bool StartedEarly)? RangeAfter(List<Token> tokens, int last, int numberStart, int count)
    {
        var between = numberStart > 0 && (tokens[numberStart - 1].Is("between") || tokens[numberStart - 1].Is("from"));
        var k = last + 1;
        if (k + 1 >= tokens.Count)
        {
            return null;
        }

        var link = tokens[k];
        var dash = link.Kind == TokenKind.Punct && link.Text is "-" or "\u2013" or "\u2014" or "\u2012";
        var isLink = dash || link.Is("to") || link.Is("or") || between && link.Is("and");
        if (!isLink || !IsNumberToken(tokens, k + 1))
        {
            return null;
        }

        // "forty-four" is one number, read already; a hyphen between digits is a range.
        if (link.Text == "-" && tokens[k - 1].IsWord)
        {
            return null;
        }

        var upper = ReadBare(tokens, k + 1);
        if (upper is null || upper.Value.Vague || upper.Value.Count <= count)
        {
            return null;
        }

        return (upper.Value.Count, upper.Value.Last, between);
    }

    private static bool Matches(List<Token> tokens, int start, string[] words)
    {
        if (start < 0 || start + words.Length > tokens.Count)
        {
            return false;
        }

        for (var j = 0; j < words.Length; j++)
        {
            if (!tokens[start + j].Is(words[j]))
            {
                return false;
            }
        }

        return true;
    }
}
