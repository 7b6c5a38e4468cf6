namespace Whereabouts.Tables.Layout;

/// <summary>Spreadsheet column letters: A is the first column, Z the 26th, AA the 27th.</summary>
public static class ColumnLetters
{
    /// <summary>The letters of the column at <paramref name="index"/> (0 for A).</summary>
    public static string Of(int index)
    {
        var letters = new Stack<char>();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Push((char)('A' + ((n - 1) % 26)));
        }

        return new string([.. letters]);
    }

    /// <summary>The column index the letters name (any case), or null when the text is not one to three Latin letters.</summary>
    public static int? Parse(string text)
    {
        if (text.Length is 0 or > 3)
        {
            return null;
        }

        var index = 0;
        foreach (var c in text)
        {
            var upper = c is >= 'a' and <= 'z' ? (char)(c - 'a' + 'A') : c;
            if (upper is < 'A' or > 'Z')
            {
                return null;
            }

            index = (index * 26) + (upper - 'A' + 1);
        }

        return index - 1;
    }
}
