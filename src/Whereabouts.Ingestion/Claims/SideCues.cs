using System.Text.RegularExpressions;

namespace Whereabouts.Ingestion.Claims;

/// <summary>
/// Whose people a claim counts when its noun phrase does not say: the direction of a release
/// ("transferred to Azerbaijan"), the captor ("held by Azerbaijan", "in Azerbaijani captivity",
/// "Azerbaijan returned 44"), or the only side the sentence's people are named by.
/// </summary>
internal static partial class SideCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Armenian = "Armenia|Armenian|Armenians|Yerevan|Stepanakert|Karabakh|Artsakh";
    private const string Azerbaijani = "Azerbaijan|Azerbaijani|Azerbaijanis|Azeri|Azeris|Baku";

    [GeneratedRegex(@"\b(?:to|into|home\s+to|back\s+to|back\s+in)\s+(?:the\s+)?(?<x>" + Armenian + "|" + Azerbaijani + @")\b", Options)]
    private static partial Regex Destination();

    [GeneratedRegex(@"\b(?:by|in|from)\s+(?:the\s+)?(?<x>" + Armenian + "|" + Azerbaijani + @")(?:'s|\u2019s)?(?:\s+(?:forces|troops|army|military|side|authorities|government|captivity|custody|prisons?|jails?|soldiers|servicemen))?\b|\b(?<x>" + Armenian + "|" + Azerbaijani + @")(?:'s|\u2019s)?\s+(?:captivity|custody|prisons?|jails?)\b", Options)]
    private static partial Regex Captor();

    [GeneratedRegex(@"\b(?:(?<x>Armenia|Yerevan|Azerbaijan|Baku)(?:'s|\u2019s)?(?:\s+(?:forces|troops|army|military|side|authorities|government))?|(?<x>Armenian|Azerbaijani|Azeri)\s+(?:forces|troops|army|military|side|authorities|government))\s+(?:has\s+|have\s+|had\s+|also\s+|still\s+|now\s+|later\s+|on\s+\w+\s+)*(?:captured|holds|held|is\s+holding|returned|released|freed|handed\s+over|repatriated|killed|wounded|detained|took|transferred|arrested|seized|abducted|kidnapped)\b", Options)]
    private static partial Regex Actor();

    // "Azerbaijani soldiers led away four residents": troops who lead people away take the other side's
    // people. Only the active "led/took away" with a noun for troops; a bare "soldiers killed" is a headline's passive.
    [GeneratedRegex(@"\b(?<x>Armenian|Azerbaijani|Azeri|Karabakh)\s+(?:soldiers|servicemen|troops|forces|police|policemen|special\s+forces)\s+(?:(?:had|have|also|then|later|reportedly)\s+)*(?:led|took|drove|carried|marched)\s+away\b", Options)]
    private static partial Regex TroopsAway();

    [GeneratedRegex(@"\b(?:(?<x>Armenian|Azerbaijani|Azeri|Karabakh)\s+(?:\w+\s+)?(?:soldiers?|servicem[ae]n|troops|prisoners|POWs|captives|detainees|conscripts|civilians|fighters|hostages|personnel)|(?<x>Armenians|Azerbaijanis|Azeris))\b", Options)]
    private static partial Regex People();

    [GeneratedRegex(@"\b(?<x>Armenia|Yerevan|Azerbaijan|Baku)(?:'s|\u2019s)?(?:\s+(?:side|authorities|government))?\s+(?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+)*(?:received|receives|got|gets|welcomed|took\s+back|recovered)\b", Options)]
    private static partial Regex Receiver();

    /// <summary>Whether a side receives people in the scope ("Armenia received", "Baku got back").</summary>
    public static bool Receives(string scope) => Receiver().IsMatch(scope);

    public static string? FromScope(string scope, string category)
    {
        // "Yerevan received the remains of 9 servicemen": the receiver gets its own people back.
        if (category is ClaimValues.Released or ClaimValues.Killed && Receiver().Match(scope) is { Success: true } receiver)
        {
            return Side(receiver.Groups["x"].Value);
        }

        // Bodies handed over go home too: "the remains of 27 soldiers were handed to the Armenian side".
        if ((category == ClaimValues.Released || category == ClaimValues.Killed && Patterns.Released().IsMatch(scope))
            && Destination().Match(scope) is { Success: true } to)
        {
            return Side(to.Groups["x"].Value);
        }

        // "wounded … flown to hospitals in Yerevan": for the wounded a place is where, only "by" names who did it.
        if (category != ClaimValues.Missing && Captor().Match(scope) is { Success: true } by
            && (category != ClaimValues.Wounded || by.Value.StartsWith("by", StringComparison.OrdinalIgnoreCase)))
        {
            return Opposite(Side(by.Groups["x"].Value));
        }

        if (category == ClaimValues.Captured && TroopsAway().Match(scope) is { Success: true } troops)
        {
            return Opposite(Side(troops.Groups["x"].Value));
        }

        if (Actor().Match(scope) is { Success: true } actor)
        {
            return Opposite(Side(actor.Groups["x"].Value));
        }

        return null;
    }

    public static string? FromSentence(string sentence)
    {
        string? found = null;
        foreach (Match m in People().Matches(sentence))
        {
            var side = Side(m.Groups["x"].Value);
            if (found is not null && found != side)
            {
                return null;
            }

            found = side;
        }

        return found;
    }

    public static string? OfSpeaker(string source)
    {
        var armenian = false;
        var azerbaijani = false;
        foreach (var token in Tokenizer.Tokenize(source))
        {
            var word = token.Text.EndsWith("'s", StringComparison.Ordinal) || token.Text.EndsWith("\u2019s", StringComparison.Ordinal)
                ? token.Text[..^2]
                : token.Text;
            armenian |= ArmenianNames.Contains(word);
            azerbaijani |= AzerbaijaniNames.Contains(word);
        }

        return armenian == azerbaijani ? null : armenian ? ClaimValues.Armenian : ClaimValues.Azerbaijani;
    }

    private static readonly HashSet<string> ArmenianNames = new(Armenian.Split('|'), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> AzerbaijaniNames = new(Azerbaijani.Split('|'), StringComparer.OrdinalIgnoreCase);

    private static string Side(string word) => ArmenianNames.Contains(word) ? ClaimValues.Armenian : ClaimValues.Azerbaijani;

    private static string? Opposite(string? side) => side is null ? null : Lexicon.Opposite(side);
}
