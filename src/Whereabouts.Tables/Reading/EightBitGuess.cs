using System.Text;

namespace Whereabouts.Tables.Reading;

/// <summary>
/// Chooses among the 8-bit encodings a list in our region arrives in (Windows-1251, KOI8-R,
/// Windows-1252) by reading a sample in each and scoring how much the result looks like words:
/// the wrong Cyrillic table swaps capitals and small letters (KOI8-R read as 1251 is "иВАНОВ")
/// and scrambles the letters' frequencies; Cyrillic read as 1252 is a soup of accented Latin
/// ("Èâàíîâ"); Latin accents read as Cyrillic put Cyrillic letters inside Latin words ("Lefиvre").
/// </summary>
internal static class EightBitGuess
{
    // The sample scored: some thousands of words, enough to decide, bounded for large files.
    private const int SampleBytes = 64 * 1024;

    // The ten most frequent Russian letters, about 55% of the letters of any Russian text.
    private const string FrequentCyrillic = "оеаинтсрвл";

    /// <summary>The likeliest encoding of <paramref name="bytes"/> and its name; Windows-1251 when nothing tells them apart.</summary>
    public static (Encoding Encoding, string Name) Choose(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        (Encoding, string)[] candidates = [(CodePages.Windows1251, "windows-1251"), (CodePages.Windows1252, "windows-1252"), (CodePages.Koi8R, "koi8-r")];
        var best = candidates[0];
        var bestScore = double.MinValue;
        foreach (var candidate in candidates)
        {
            var score = Score(candidate.Item1.GetString(sample));
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>How word-like <paramref name="text"/> reads: higher is likelier.</summary>
    internal static double Score(string text)
    {
        var score = 0.0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                score += WordScore(text.AsSpan(start, i - start));
                start = -1;
            }
        }

        return score;
    }

    private static double WordScore(ReadOnlySpan<char> word)
    {
        int cyrillic = 0, latin = 0, accented = 0, upper = 0, frequent = 0;
        foreach (var c in word)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                if (FrequentCyrillic.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal))
                {
                    frequent++;
                }
            }
            else if (c < '\u0250')
            {
                latin++;
                if (c >= '\u0080')
                {
                    accented++;
                }
            }

            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        if (cyrillic == 0 && accented == 0)
        {
            // Plain ASCII reads the same in all three.
            return 0;
        }

        if (cyrillic > 0 && latin > 0)
        {
            return -3;
        }

        // Names and headers are written "Иванов", "иванов" or "ИВАНОВ", never "иВАНОВ".
        var capitalised = upper == 0 || upper == word.Length || (upper == 1 && char.IsUpper(word[0]));
        var score = capitalised ? 1.0 : -2.0;
        if (accented * 2 > latin && latin > 1)
        {
            // Real Latin words carry an accent or two; Cyrillic read as 1252 is all accents.
            score -= 3;
        }

        if (cyrillic > 0)
        {
            score += (double)frequent / cyrillic;
        }

        return score;
    }
}
