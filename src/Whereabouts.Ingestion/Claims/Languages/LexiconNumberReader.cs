using System.Globalization;

namespace Whereabouts.Ingestion.Claims.Languages;

/// <summary>
/// Reads a number in a language of the claim lexicons: digits ("44", "1,200", "2 тысячи"), number
/// words in any of their listed cases and genders ("сорока четырёх", "qırx dörd"), number words
/// written as one ("քառասունչորս"), vague amounts ("десятки": <see cref="ClaimValues.Vague"/>),
/// a case ending after a hyphen or glued on ("50-dən", "əllidən"), qualifier words before or after
/// ("около 40", "50-dən çox", "40-ից ավելի") and ranges ("40–50", "от 40 до 140", "40-ից 140").
/// </summary>
internal static class LexiconNumberReader
{
    private static readonly HashSet<string> Dashes = new(StringComparer.Ordinal) { "-", "\u2013", "\u2014", "\u2012" };

    /// <summary>Whether a number starts at token <paramref name="i"/> (digits or a number word).</summary>
    public static bool StartsNumber(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int i) =>
        i < tokens.Count && (tokens[i].Kind == TokenKind.Number
                             || tokens[i].IsWord && (Decompose(lexicon, folded[i]) is not null || lexicon.IsWord("one_and_half", folded[i])));

    public static NumberPhrase? Read(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int i)
    {
        var bare = ReadBare(lexicon, tokens, folded, i);
        if (bare is null)
        {
            return null;
        }

        var (count, last, vague, gluedFrom) = bare.Value;

        // "122-րդ", "122-ci", "44-й": an ordinal or an adjective ("19-летний"), not a count.
        if (IsOrdinal(lexicon, tokens, folded, last + 1))
        {
            return null;
        }

        var first = i;
        var qualifier = vague ? ClaimValues.Vague : ClaimValues.Exact;
        int? countMax = null;
        if (vague)
        {
            return new NumberPhrase(first, last, count, null, qualifier, true) { NumberStart = i };
        }

        // "возросло до 2 983": after a verb of growth "до" is "to" (the new total), not "up to".
        if (lexicon.MatchEndingAt("before", folded, i - 1) is { } before && !IsRangeStart(lexicon, folded, i - 1)
            && !(before.Phrase.Value == ClaimValues.FewerThan && RiseBefore(lexicon, tokens, folded, i - before.Length - 1)))
        {
            qualifier = before.Phrase.Value;
            first = i - before.Length;
        }

        var (k, from) = SkipSuffix(lexicon, tokens, folded, last + 1);
        from |= gluedFrom;
        last = k - 1;
        var range = Range(lexicon, tokens, folded, i, k, from, count);

        // "выросло со 150 до 187", "150-dən 187-yə qədər artıb", "150-ից աճել է մինչև 187": a range
        // a verb of growth opens or closes is a change; the old figure is history, the new one the claim.
        if (range is { } change && (change.Change || Rises(lexicon, folded, change.StartedEarly ? i - 1 : -1, change.Last)))
        {
            return new NumberPhrase(change.StartedEarly ? i - 1 : first, change.Last, change.Max, null, ClaimValues.Exact, change.Max == 1) { NumberStart = change.UpperAt };
        }

        if (range is { } r)
        {
            countMax = r.Max;
            last = r.Last;
            qualifier = ClaimValues.Range;
            first = r.StartedEarly ? i - 1 : first;
        }
        else if (lexicon.MatchAt("after", folded, k) is { } after)
        {
            // "2 900-ə qədər artıb", "38-ə qədər azalıb": before a verb of change "qədər" is "to", the new figure.
            qualifier = after.Phrase.Value == ClaimValues.FewerThan && lexicon.MatchAt("rise", folded, k + after.Length) is not null
                ? ClaimValues.Exact
                : after.Phrase.Value;
            last = k + after.Length - 1;
        }
        else if ((from || EndsInFrom(lexicon, tokens, folded, k - 1)) && lexicon.MatchAt("after_from", folded, k) is { } afterFrom)
        {
            // "30-dan artıq" is more than 30; "30-u artıq qaytarılıb", with no "from" ending, is "already".
            qualifier = afterFrom.Phrase.Value;
            last = k + afterFrom.Length - 1;
        }

        return new NumberPhrase(first, last, count, countMax, qualifier, count == 1) { NumberStart = i };
    }

    /// <summary>Skips a case ending after a hyphen ("50-dən"); says whether it meant "from".</summary>
    public static (int Next, bool From) SkipSuffix(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int k)
    {
        if (k + 1 < tokens.Count && tokens[k].Text is "-" or "\u2011" && tokens[k].Start == tokens[k - 1].End
            && tokens[k + 1].Start == tokens[k].End && tokens[k + 1].IsWord && lexicon.IsWord("suffix", folded[k + 1]))
        {
            return (k + 2, lexicon.IsWord("from", folded[k + 1]));
        }

        return (k, false);
    }

    /// <summary>Whether the number's last word carries a "from" ending as one word ("yüzdən", "mindən").</summary>
    private static bool EndsInFrom(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int k)
    {
        if (k < 0 || k >= tokens.Count || !tokens[k].IsWord)
        {
            return false;
        }

        foreach (var ending in lexicon.Of("from"))
        {
            if (ending.Words is [var e] && folded[k].Length > e.Length && folded[k].EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOrdinal(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int k) =>
        k + 1 < tokens.Count && tokens[k].Text is "-" or "\u2011" && tokens[k].Start == tokens[k - 1].End && tokens[k + 1].Start == tokens[k].End
        && tokens[k + 1].IsWord && lexicon.IsWord("ordinal", folded[k + 1]);

    /// <summary>
    /// Whether a verb of change ends at <paramref name="k"/>, or a little before it with only its
    /// step between ("увеличилось на 14 — до 301").
    /// </summary>
    private static bool RiseBefore(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int k)
    {
        for (var j = k; j >= 0 && j >= k - 4; j--)
        {
            if (lexicon.MatchEndingAt("rise", folded, j) is not null)
            {
                return true;
            }

            if (!(tokens[j].Kind == TokenKind.Number || Dashes.Contains(tokens[j].Text) || tokens[j].IsWord && lexicon.IsWord("increment", folded[j])))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsRangeStart(ClaimLexicon lexicon, string[] folded, int k) => k >= 0 && lexicon.IsWord("range_start", folded[k]);

    /// <summary>
    /// Whether a verb of growth ends right before a range opened by its start word ("выросло со 150
    /// до 187"; at most one word between) or starts right after the range ("… 187-yə qədər artıb").
    /// A range with no start word after such a verb ("достигло 30–40") stays a range.
    /// </summary>
    private static bool Rises(ClaimLexicon lexicon, string[] folded, int start, int last) =>
        start >= 1 && (lexicon.MatchEndingAt("rise", folded, start - 1) is not null || start >= 2 && lexicon.MatchEndingAt("rise", folded, start - 2) is not null)
        || last + 1 < folded.Length && lexicon.MatchAt("rise", folded, last + 1) is not null;

    private static (int Max, int Last, bool StartedEarly, int UpperAt, bool Change)? Range(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int numberStart, int k, bool from, int count)
    {
        if (k >= tokens.Count)
        {
            return null;
        }

        var started = IsRangeStart(lexicon, folded, numberStart - 1);
        int upperAt;
        var change = false;
        if (from && lexicon.MatchAt("rise", folded, k) is { } rise)
        {
            // "150-ից աճել է մինչև 187": from the old figure, a verb of growth, (to) the new one.
            upperAt = k + rise.Length;
            if (lexicon.MatchAt("before", folded, upperAt) is { Phrase.Value: ClaimValues.FewerThan } to)
            {
                upperAt += to.Length;
            }

            if (!StartsNumber(lexicon, tokens, folded, upperAt))
            {
                return null;
            }

            change = true;
        }
        else if (Dashes.Contains(tokens[k].Text) && StartsNumber(lexicon, tokens, folded, k + 1) && tokens[k + 1].Kind == tokens[numberStart].Kind)
        {
            upperAt = k + 1;
        }
        else if (from && StartsNumber(lexicon, tokens, folded, k))
        {
            upperAt = k;
        }
        else if (lexicon.IsWord("range_link", folded[k]) && (started || lexicon.Of("range_start").Count == 0) && StartsNumber(lexicon, tokens, folded, k + 1))
        {
            upperAt = k + 1;
        }
        else
        {
            return null;
        }

        var upper = ReadBare(lexicon, tokens, folded, upperAt);
        if (upper is null || upper.Value.Vague || upper.Value.Count == count)
        {
            return null;
        }

        var (next, _) = SkipSuffix(lexicon, tokens, folded, upper.Value.Last + 1);
        var last = next - 1;

        // "243-ից նվազել է 214-ի", "71-dən 63-ə enib": a change may fall; a range never does.
        if (upper.Value.Count < count && !change && !(from && next < tokens.Count && lexicon.MatchAt("rise", folded, next) is not null))
        {
            return null;
        }

        if (upper.Value.Count < count)
        {
            change = true;
        }

        // "40-dan 140-a qədər", "40-ից 140 հոգի": a closing word of the range belongs to it.
        if (next < tokens.Count && lexicon.MatchAt("after", folded, next) is { Phrase.Value: ClaimValues.FewerThan } closing)
        {
            last = next + closing.Length - 1;
        }

        return (upper.Value.Count, last, started, upperAt, change);
    }

    private static (int Count, int Last, bool Vague, bool GluedFrom)? ReadBare(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int i)
    {
        if (lexicon.MatchAt("vague", folded, i) is { } vague)
        {
            // "более тысячи": after a qualifier a scale word is its number, not a vague amount.
            if (vague.Length == 1 && Whole(lexicon, folded[i]) is { Scale: true } scale && lexicon.MatchEndingAt("before", folded, i - 1) is not null)
            {
                return (scale.Value, i, false, false);
            }

            return (ClaimLexicon.IntValue(vague.Phrase), i + vague.Length - 1, true, false);
        }

        var t = tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            if (Fraction(lexicon, tokens, folded, i) is { } fraction)
            {
                return (fraction.Value, AbbreviationDot(lexicon, tokens, folded, fraction.Last), false, false);
            }

            if (t.Text.Contains('.', StringComparison.Ordinal)
                || !int.TryParse(Tokenizer.Digits(t.Text), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            var last = i;
            if (i + 1 < tokens.Count && Decompose(lexicon, folded[i + 1]) is [{ Scale: true } scale] && value < 1_000_000)
            {
                value *= scale.Value;
                last = AbbreviationDot(lexicon, tokens, folded, i + 1);
            }

            return (value, last, false, false);
        }

        // "полторы тысячи", "полутора сотен", "մեկուկես հազար": one and a half of the scale after it.
        if (t.IsWord && lexicon.IsWord("one_and_half", folded[i]) && i + 1 < tokens.Count
            && Decompose(lexicon, folded[i + 1]) is [{ Scale: true, Value: >= 100 } half])
        {
            return (half.Value * 3 / 2, AbbreviationDot(lexicon, tokens, folded, i + 1), false, false);
        }

        return t.IsWord ? ReadWords(lexicon, tokens, folded, i) : null;
    }

    /// <summary>
    /// "3 тыс. военнослужащих": the dot that closes an abbreviated scale word (`abbreviation`) is part
    /// of it, so the noun after it is the count's. Returns the scale word's token, or its dot's.
    /// </summary>
    private static int AbbreviationDot(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int scale) =>
        scale + 1 < tokens.Count && tokens[scale + 1].Text == "." && tokens[scale + 1].Start == tokens[scale].End
        && lexicon.IsWord("abbreviation", folded[scale]) ? scale + 1 : scale;

    /// <summary>
    /// "1,5 тыс.", "2.5 հազար": a decimal fraction is a count only before a scale word, which makes
    /// it whole (1,500; 2,500). Null when no scale follows.
    /// </summary>
    private static (int Value, int Last)? Fraction(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int i)
    {
        string whole;
        string part;
        int scaleAt;
        var text = tokens[i].Text;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && text.IndexOf('.', dot + 1) < 0 && !text.Contains(',', StringComparison.Ordinal))
        {
            (whole, part, scaleAt) = (text[..dot], text[(dot + 1)..], i + 1);
        }
        else if (i + 2 < tokens.Count && tokens[i + 1].Text == "," && tokens[i + 1].Start == tokens[i].End
                 && tokens[i + 2].Kind == TokenKind.Number && tokens[i + 2].Start == tokens[i + 1].End
                 && !text.Contains(',', StringComparison.Ordinal) && tokens[i + 2].Text.All(char.IsDigit))
        {
            (whole, part, scaleAt) = (text, tokens[i + 2].Text, i + 3);
        }
        else
        {
            return null;
        }

        if (scaleAt >= tokens.Count || Decompose(lexicon, folded[scaleAt]) is not [{ Scale: true, Value: >= 1000 } scale]
            || whole.Length is 0 or > 3 || part.Length is 0 or > 2
            || !int.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var units)
            || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var fraction))
        {
            return null;
        }

        var tenths = part.Length == 1 ? fraction * 10 : fraction;
        return (units * scale.Value + tenths * scale.Value / 100, scaleAt);
    }

    private static (int Count, int Last, bool Vague, bool GluedFrom)? ReadWords(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int i)
    {
        var total = 0;
        var current = 0;
        var last = -1;
        var gluedFrom = false;
        for (var k = i; k < tokens.Count && tokens[k].IsWord && !gluedFrom; k++)
        {
            var pieces = Decompose(lexicon, folded[k]);
            if (pieces is null)
            {
                break;
            }

            var (nextTotal, nextCurrent) = (total, current);
            var fits = true;
            foreach (var piece in pieces)
            {
                if (piece.Scale)
                {
                    if (piece.Value < 1000)
                    {
                        nextCurrent = Math.Max(nextCurrent, 1) * piece.Value;
                    }
                    else
                    {
                        nextTotal += Math.Max(nextCurrent, 1) * piece.Value;
                        nextCurrent = 0;
                    }
                }
                else if (nextCurrent == 0 || nextCurrent % 100 == 0 && piece.Value < 100 || nextCurrent % 10 == 0 && nextCurrent % 100 >= 10 && piece.Value < 10
                         || nextCurrent % 100 == 0 && nextCurrent >= 100 && piece.Value < 1000 && piece.Value % 100 != 0)
                {
                    nextCurrent += piece.Value;
                }
                else
                {
                    fits = false;
                    break;
                }

                gluedFrom |= piece.From;
            }

            if (!fits)
            {
                break;
            }

            (total, current) = (nextTotal, nextCurrent);
            last = k;
        }

        var value = total + current;
        return last < 0 || value <= 0 ? null : (value, last, false, gluedFrom);
    }

    /// <summary>One number word, or a word made of number words ("քառասունչորս"), with a case ending allowed at the end.</summary>
    private static List<(int Value, bool Scale, bool From)>? Decompose(ClaimLexicon lexicon, string word)
    {
        if (Whole(lexicon, word) is { } whole)
        {
            return [whole];
        }

        // Longest leading number word first; the rest must again be number words.
        for (var cut = word.Length - 1; cut >= 2; cut--)
        {
            var head = word[..cut];
            var rest = word[cut..];
            if (Whole(lexicon, head) is not { } piece)
            {
                continue;
            }

            if (Decompose(lexicon, rest) is { } tail)
            {
                return [piece, .. tail];
            }

            // A glued ending needs a head longer than a pronoun (Azerbaijani "ona" is not 10 + a).
            if (cut >= 3 && lexicon.IsWord("suffix", rest))
            {
                return [piece with { From = lexicon.IsWord("from", rest) }];
            }
        }

        return null;
    }

    private static (int Value, bool Scale, bool From)? Whole(ClaimLexicon lexicon, string word)
    {
        foreach (var kind in (string[])["number", "scale"])
        {
            foreach (var phrase in lexicon.Of(kind))
            {
                if (phrase.Words.Length == 1 && phrase.MatchAt([word], 0) == 1)
                {
                    return (ClaimLexicon.IntValue(phrase), kind == "scale", false);
                }
            }
        }

        return null;
    }
}
