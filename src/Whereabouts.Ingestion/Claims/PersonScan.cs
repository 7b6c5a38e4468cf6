namespace Whereabouts.Ingestion.Claims;

/// <summary>
/// Decides from the words after a number whether it counts people: a person noun within a few
/// words ("44 Armenian prisoners", "dozens of servicemen", "12 of them"), or a verb or preposition
/// right after it ("12 were captured", "73 remain missing"). A noun that is not a person
/// ("5 km", "44-day", "30 villages") or an unknown head noun makes it not a count of people.
/// </summary>
internal static class PersonScan
{
    /// <summary>What the scan found.</summary>
    public enum Result
    {
        /// <summary>Not a count of people.</summary>
        None,

        /// <summary>A person noun is the head.</summary>
        Person,

        /// <summary>No noun, but a verb follows, so the number stands for people by itself.</summary>
        Bare,
    }

    /// <summary>The outcome: the result, the head token (the number's last token when bare) and a side word in the phrase.</summary>
    public readonly record struct Outcome(Result Kind, int Head, string? Side);

    public static Outcome Scan(List<Token> tokens, int from)
    {
        var unknown = 0;
        string? side = null;
        var bareHead = from - 1;
        for (var k = from; k < tokens.Count && k < from + 8; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punct)
            {
                if (t.Text is "-" or "\u2011" && t.Start == tokens[k - 1].End && k + 1 < tokens.Count && tokens[k + 1].Start == t.End)
                {
                    // "44-day war", "19-year-old": the number modifies a noun.
                    if (k == from)
                    {
                        return new Outcome(Result.None, bareHead, null);
                    }

                    continue;
                }

                if (t.Text is "," && k + 1 < tokens.Count && NumberReader.IsNumberToken(tokens, k + 1) && unknown == 0)
                {
                    continue;
                }

                return Stop(unknown, bareHead, side);
            }

            if (t.Kind == TokenKind.Number)
            {
                if (k > from && (tokens[k - 1].Is("and") || tokens[k - 1].Is("or") || tokens[k - 1].Text == ","))
                {
                    continue;
                }

                return Stop(unknown, bareHead, side);
            }

            if (Lexicon.PersonNouns.Contains(t.Text))
            {
                return new Outcome(Result.Person, k, side ?? Lexicon.SideOf(t.Text));
            }

            if (Lexicon.NonPersonNouns.Contains(t.Text))
            {
                return new Outcome(Result.None, bareHead, null);
            }

            if (Lexicon.SideOf(t.Text) is { } s)
            {
                side ??= s;
                continue;
            }

            if (t.Is("and") || t.Is("or"))
            {
                if (k + 1 < tokens.Count && NumberReader.IsNumberToken(tokens, k + 1))
                {
                    continue;
                }

                return Stop(unknown, bareHead, side);
            }

            // "200 dead", "30 wounded": the state stands for the people when no noun follows it.
            if (k == from && Lexicon.NominalStates.Contains(t.Text) && !(k + 1 < tokens.Count && (Lexicon.PersonNouns.Contains(tokens[k + 1].Text)
                || Lexicon.Modifiers.Contains(tokens[k + 1].Text) || Lexicon.SideOf(tokens[k + 1].Text) is not null || tokens[k + 1].Is("and") || tokens[k + 1].Kind == TokenKind.Punct)))
            {
                return new Outcome(Result.Person, k, side);
            }

            if (Lexicon.Modifiers.Contains(t.Text))
            {
                continue;
            }

            if (Lexicon.BareFollowers.Contains(t.Text))
            {
                return Stop(unknown, bareHead, side);
            }

            if (NumberReader.IsNumberToken(tokens, k))
            {
                continue;
            }

            if (++unknown > 2)
            {
                return new Outcome(Result.None, bareHead, null);
            }
        }

        return Stop(unknown, bareHead, side);
    }

    // Words skipped before a verb were an unknown head noun ("5 tanks were destroyed"): not people.
    private static Outcome Stop(int unknown, int bareHead, string? side) =>
        unknown == 0 ? new Outcome(Result.Bare, bareHead, side) : new Outcome(Result.None, bareHead, null);
}
