namespace Whereabouts.Ingestion.Claims;

/// <summary>Splits a sentence into words, numbers and single punctuation characters.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsDigit(c))
            {
                i = ReadNumber(text, i);
                if (i < text.Length && char.IsLetter(text[i]))
                {
                    // "14th", "5km", "2nd": not a bare number.
                    i = ReadWord(text, i);
                    tokens.Add(new Token(TokenKind.Word, text[start..i], start, i));
                }
                else
                {
                    tokens.Add(new Token(TokenKind.Number, text[start..i], start, i));
                }

                continue;
            }

            if (char.IsLetter(c))
            {
                i = ReadWord(text, i);
                tokens.Add(new Token(TokenKind.Word, text[start..i], start, i));
                continue;
            }

            i++;
            tokens.Add(new Token(TokenKind.Punct, text[start..i], start, i));
        }

        return tokens;
    }

    private static int ReadNumber(string text, int i)
    {
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        // Thousands groups ("1,200") and decimals ("1.5"); a comma followed by a space is punctuation.
        while (i + 1 < text.Length && (text[i] == ',' || text[i] == '.') && char.IsDigit(text[i + 1]))
        {
            var groupStart = i + 1;
            var j = groupStart;
            while (j < text.Length && char.IsDigit(text[j]))
            {
                j++;
            }

            if (text[i] == ',' && j - groupStart != 3)
            {
                break;
            }

            i = j;
        }

        return i;
    }

    private static int ReadWord(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((c == '\'' || c == '\u2019') && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
