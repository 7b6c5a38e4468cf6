using System.Globalization;
using System.Text;

namespace Whereabouts.Ingestion.Mentions;

/// <summary>Splits text into words in any script: runs of letters and digits, joined by an inner apostrophe or hyphen.</summary>
internal static class TextWords
{
    public static List<(string Word, int Start)> Split(string text)
    {
        var words = new List<(string, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (IsWordChar(text[i])
                || (start >= 0 && i + 1 < text.Length && IsJoiner(text[i]) && IsWordChar(text[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add((text[start..i], start));
                start = -1;
            }
        }

        return words;
    }

    /// <summary>The form words are compared in: NFC, lower case, Azerbaijani dotless ı folded with i.</summary>
    public static string Fold(string word) =>
        word.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture).Replace('ı', 'i').Replace('’', '\'');

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '‑';
}
