namespace Whereabouts.Ingestion.Claims.Languages;

/// <summary>Whether a claim is asserted, denied or a rumour: a denial or rumour phrase whose reach no breaker ("но", "բայց", "lakin") cuts off.</summary>
internal static class LexiconStatusFinder
{
    internal static string Status(ClaimLexicon lexicon, string[] folded, Candidate candidate)
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
        var quoted = false;
        for (var k = 0; k < folded.Length; k++)
        {
            // «Հարավային լուրեր», «Слухи и факты»: a name in guillemets is no rumour word.
            if (folded[k] is "\u00AB" or "\u00BB")
            {
                quoted = folded[k] == "\u00AB";
                continue;
            }

            if (quoted && kind == "rumour" || lexicon.MatchAt(kind, folded, k) is not { } m)
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
}
