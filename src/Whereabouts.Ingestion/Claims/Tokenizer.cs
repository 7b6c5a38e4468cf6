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
        var start = i;
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

        // "2 983", "1\u202F200": thousands grouped by a space (ordinary, no-break, narrow or thin),
        // read when the first group has one to three digits and every later group exactly three.
        if (i - start is >= 1 and <= 3)
        {
            while (i + 4 <= text.Length && IsGroupSpace(text[i]) && IsDigits(text, i + 1, 3)
                   && (i + 4 == text.Length || !char.IsDigit(text[i + 4]) && !char.IsLetter(text[i + 4])))
            {
                i += 4;
            }
        }

        return i;
    }

    /// <summary>The digits of a number token without its group separators ("1,200", "2 983" → "2983").</summary>
    public static string Digits(string number) =>
        string.Concat(number.Where(c => c is not (',' or ' ' or '\u00A0' or '\u202F' or '\u2009')));

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    private static bool IsDigits(string text, int at, int count)
    {
        for (var k = at; k < at + count; k++)
        {
            if (!char.IsDigit(text[k]))
            {
                return false;
            }
        }

        return true;
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
