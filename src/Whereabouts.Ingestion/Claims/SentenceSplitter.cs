namespace Whereabouts.Ingestion.Claims;

/// <summary>
/// Splits a paragraph into sentences. A sentence ends at '.', '!' or '?' (with any closing quotes
/// or brackets) followed by white space and a capital letter, a digit or an opening quote, except
/// after a known abbreviation ("Mr.", "Gen.", "No.", "Dec."), an initial ("A. Beglarian") or a
/// dotted acronym ("U.S."), and except inside a balanced quotation, so that a quoted statement of
/// several sentences stays together with the "…," the ministry said" that attributes it.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt",
        "Adm", "Cmdr", "Gov", "Sen", "Rep", "Pres", "Amb", "Rev", "St", "Jr", "Sr", "Mt", "Ft",
        "No", "Nos", "Nr", "Art", "Arts", "Para", "Vol", "Fig", "Ref", "Ave", "Blvd",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Inc", "Ltd", "Co", "Corp", "Dept", "Est", "approx", "vs", "cf", "ca", "al",
    };

    public static List<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        if (string.IsNullOrWhiteSpace(paragraph))
        {
            return sentences;
        }

        var text = paragraph.Replace('\n', ' ').Replace('\r', ' ');
        var trackStraight = Count(text, '"') % 2 == 0;
        var trackCurly = Count(text, '\u201C') == Count(text, '\u201D');
        var inStraight = false;
        var curlyDepth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && trackStraight)
            {
                inStraight = !inStraight;
                continue;
            }

            if (trackCurly && c == '\u201C')
            {
                curlyDepth++;
                continue;
            }

            if (trackCurly && c == '\u201D')
            {
                curlyDepth = Math.Max(0, curlyDepth - 1);
                continue;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            // Inside a quotation only a terminator that the closing quote follows can end a sentence.
            var closesQuote = i + 1 < text.Length && (text[i + 1] == '"' && inStraight || text[i + 1] == '\u201D' && curlyDepth > 0);
            if ((inStraight || curlyDepth > 0) && !closesQuote)
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?')
            {
                end++;
            }

            // Closing quotes and brackets belong to the sentence they close.
            while (end < text.Length && text[end] is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']')
            {
                if (text[end] == '"' && trackStraight)
                {
                    if (!inStraight)
                    {
                        break;
                    }

                    inStraight = false;
                }

                if (text[end] == '\u201D' && trackCurly)
                {
                    curlyDepth = Math.Max(0, curlyDepth - 1);
                }

                end++;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next == end || next >= text.Length || !StartsSentence(text[next]) || c == '.' && IsAbbreviation(text, i))
            {
                i = end - 1;
                continue;
            }

            Add(sentences, text[start..end]);
            start = next;
            i = next - 1;
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[';

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return false;
        }

        // An initial ("A. Beglarian") or a dotted acronym ("U.S.", "U.N.").
        if (word.Length == 1 && char.IsUpper(word[0]) || word.Contains('.', StringComparison.Ordinal))
        {
            return true;
        }

        return Abbreviations.Contains(word);
    }

    private static int Count(string text, char c)
    {
        var n = 0;
        foreach (var x in text)
        {
            if (x == c)
            {
                n++;
            }
        }

        return n;
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }
}
