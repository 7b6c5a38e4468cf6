using System.Globalization;
using System.Text.RegularExpressions;

namespace Whereabouts.Ingestion.Claims.Languages;

/// <summary>
/// Finds the days a sentence names in a language of the claim lexicons: day then month
/// ("14 декабря 2020 года", "14 dekabr 2020-ci il", "14 dekabrda"), month then day
/// ("դեկտեմբերի 14-ին", "2020 թ. դեկտեմբերի 14-ին", "dekabrın 14-də"), numeric dates
/// (14.12.2020), weekdays ("в среду", "Ուրբաթ օրը", "cümə günü") and the lexicon's relative days
/// ("вчера", "երեկ", "dünən"). A day and month
/// without a year take the publication year, or the year before when that would fall after
/// publication, as in English.
/// </summary>
internal static partial class LexiconDateFinder
{
    [GeneratedRegex(@"\b(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    public static List<DateMention> Find(ClaimLexicon lexicon, string sentence, List<Token> tokens, string[] folded, DateOnly? published)
    {
        var found = new List<DateMention>();
        foreach (Match m in Numeric().Matches(sentence))
        {
            found.Add(new DateMention(m.Index, m.Index + m.Length, Make(Int(m.Groups["y"].Value), Int(m.Groups["m"].Value), Int(m.Groups["d"].Value))));
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            if (lexicon.MatchAt("weekday", folded, k) is { } weekday)
            {
                // The latest such day on or before publication, as in English.
                DateOnly? latest = null;
                if (published is { } p)
                {
                    var target = ClaimLexicon.IntValue(weekday.Phrase) % 7;
                    latest = p.AddDays(-(((int)p.DayOfWeek - target + 7) % 7));
                }

                found.Add(new DateMention(tokens[k].Start, tokens[k + weekday.Length - 1].End, latest));
                k += weekday.Length - 1;
                continue;
            }

            if (lexicon.MatchAt("relative_day", folded, k) is { } relative)
            {
                var end = tokens[k + relative.Length - 1].End;
                found.Add(new DateMention(tokens[k].Start, end, published?.AddDays(ClaimLexicon.IntValue(relative.Phrase))));
                k += relative.Length - 1;
                continue;
            }

            // "двадцать первого ноября", "նոյեմբերի քսանմեկին", "noyabrın iyirmi birində": a day in words.
            if (lexicon.MatchAt("day", folded, k) is { } dayWord && lexicon.MatchAt("month", folded, k + dayWord.Length) is { } monthAfter)
            {
                var last = k + dayWord.Length + monthAfter.Length - 1;
                var year = YearAfter(lexicon, tokens, folded, ref last);
                found.Add(new DateMention(tokens[k].Start, tokens[last].End, Resolve(year, ClaimLexicon.IntValue(monthAfter.Phrase), ClaimLexicon.IntValue(dayWord.Phrase), published)));
                k = last;
                continue;
            }

            if (lexicon.MatchAt("month", folded, k) is { } monthBefore && lexicon.MatchAt("day", folded, k + monthBefore.Length) is { } dayAfter)
            {
                var first = k;
                var year = YearBefore(lexicon, tokens, folded, ref first);
                var last = k + monthBefore.Length + dayAfter.Length - 1;
                found.Add(new DateMention(tokens[first].Start, tokens[last].End, Resolve(year, ClaimLexicon.IntValue(monthBefore.Phrase), ClaimLexicon.IntValue(dayAfter.Phrase), published)));
                k = last;
                continue;
            }

            if (Day(tokens, k) is { } day && k + 1 < tokens.Count && lexicon.MatchAt("month", folded, k + 1) is { } month)
            {
                var last = k + month.Length;
                var year = YearAfter(lexicon, tokens, folded, ref last);
                found.Add(new DateMention(tokens[k].Start, tokens[last].End, Resolve(year, ClaimLexicon.IntValue(month.Phrase), day, published)));
                k = last;
                continue;
            }

            if (lexicon.MatchAt("month", folded, k) is { } monthFirst && k + monthFirst.Length < tokens.Count && Day(tokens, k + monthFirst.Length) is { } day2)
            {
                var first = k;
                var year = YearBefore(lexicon, tokens, folded, ref first);
                var (next, _) = LexiconNumberReader.SkipSuffix(lexicon, tokens, folded, k + monthFirst.Length + 1);
                found.Add(new DateMention(tokens[first].Start, tokens[next - 1].End, Resolve(year, ClaimLexicon.IntValue(monthFirst.Phrase), day2, published)));
                k = next - 1;
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));

        // "с 27 сентября", "սեպտեմբերի 27-ից ի վեր", "noyabrın 10-dan bəri": the day a period
        // began is no claim's as-of day; the mention stays, so that its day is not read as a count.
        for (var m = 0; m < found.Count; m++)
        {
            var first = tokens.FindIndex(t => t.Start >= found[m].Start);
            var after = tokens.FindIndex(t => t.Start >= found[m].End);
            if (first > 0 && lexicon.MatchEndingAt("since_before", folded, first - 1) is not null
                || after >= 0 && lexicon.MatchAt("since_after", folded, after) is not null
                || ComparedFigure(lexicon, tokens, folded, first, after))
            {
                found[m] = found[m] with { Value = null };
            }
        }

        return found;
    }

    /// <summary>
    /// "2 917 против 2 871 на 1 декабря", "դեկտեմբերի 1-ի դրությամբ 2871-ի դիմաց": a day beside a
    /// figure that a word of comparison (`compared`) introduces dates that earlier figure, not the
    /// claim. Looks at most a few tokens either side, inside the date's clause.
    /// </summary>
    private static bool ComparedFigure(ClaimLexicon lexicon, List<Token> tokens, string[] folded, int first, int after)
    {
        const int Reach = 5;
        if (first < 0)
        {
            return false;
        }

        // Before the day: a comparison word, then the figure (its digit groups), then at most a link word.
        for (var k = first - 1; k >= 0 && k >= first - Reach && !ClauseEnd(tokens[k]); k--)
        {
            if (tokens[k].Kind != TokenKind.Number)
            {
                continue;
            }

            var start = k;
            while (start > 0 && tokens[start - 1].Kind == TokenKind.Number)
            {
                start--;
            }

            if (start > 0 && lexicon.MatchEndingAt("compared", folded, start - 1) is not null)
            {
                return true;
            }

            break;
        }

        // After the day: the figure, then (after its case ending) the comparison word.
        var end = after < 0 ? tokens.Count : after;
        for (var k = end; k < tokens.Count && k <= end + Reach && !ClauseEnd(tokens[k]); k++)
        {
            if (tokens[k].Kind != TokenKind.Number)
            {
                continue;
            }

            for (var j = k + 1; j < tokens.Count && j <= k + 3 && !ClauseEnd(tokens[j]); j++)
            {
                if (lexicon.MatchAt("compared", folded, j) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    private static bool ClauseEnd(Token t) => t.Kind == TokenKind.Punct && t.Text is "," or ";" or "." or ":";

    private static int? Day(List<Token> tokens, int k) =>
        tokens[k].Kind == TokenKind.Number && tokens[k].Text.Length <= 2 && int.TryParse(tokens[k].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;

    private static int? Year(Token t) =>
        t.Kind == TokenKind.Number && t.Text.Length == 4 && int.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2099 ? y : null;

    /// <summary>"… 2020 года", "… 2020-ci il": the year and its words; moves <paramref name="last"/> past them.</summary>
    private static int? YearAfter(ClaimLexicon lexicon, List<Token> tokens, string[] folded, ref int last)
    {
        var k = last + 1;
        if (k >= tokens.Count || Year(tokens[k]) is not { } year)
        {
            return null;
        }

        last = k;
        for (var j = k + 1; j < tokens.Count && j <= k + 3; j++)
        {
            if (tokens[j].IsWord && lexicon.IsWord("year_word", folded[j]) || tokens[j].Text is "-" or ".")
            {
                if (tokens[j].IsWord)
                {
                    last = j;
                }

                continue;
            }

            break;
        }

        return year;
    }

    /// <summary>"2020 թ. դեկտեմբերի 14-ին": a year up to three tokens before the month; moves <paramref name="first"/> to it.</summary>
    private static int? YearBefore(ClaimLexicon lexicon, List<Token> tokens, string[] folded, ref int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - 4; j--)
        {
            if (Year(tokens[j]) is { } year)
            {
                first = j;
                return year;
            }

            if (!(tokens[j].IsWord && lexicon.IsWord("year_word", folded[j]) || tokens[j].Text is "-" or "."))
            {
                return null;
            }
        }

        return null;
    }

    private static DateOnly? Resolve(int? year, int month, int day, DateOnly? published)
    {
        if (year is { } y)
        {
            return Make(y, month, day);
        }

        if (published is not { } p)
        {
            return null;
        }

        var date = Make(p.Year, month, day);
        return date is { } d && d > p ? Make(p.Year - 1, month, day) : date;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly? Make(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
