namespace Whereabouts.Ingestion.Mentions;

/// <summary>
/// The runs of two or three capitalised words in a text (in any script) that may be a person's
/// name, for the registry to look up: "Arayik Harutyunyan", "Араик Арутюнян", "Hovhannes Gevorgi
/// Sargsyan". Runs that are obviously not names (all capitals, a word of one letter) are left out;
/// the registry decides the rest.
/// </summary>
public static class PersonNameCandidates
{
    private const int MaxCandidates = 200;

    /// <summary>The distinct candidates in <paramref name="text"/>, in the order first written.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TextWords.Split(text);
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var run = new List<(string Word, int Start)>();
        void Flush()
        {
            if (run.Count is >= 2 and <= 3 && found.Count < MaxCandidates)
            {
                var candidate = string.Join(' ', run.Select(w => w.Word));
                if (seen.Add(candidate))
                {
                    found.Add(candidate);
                }
            }
            else if (run.Count > 3)
            {
                // A longer run ("Red Cross Committee Armenian Office") may still end in a name.
                var tail = string.Join(' ', run.TakeLast(2).Select(w => w.Word));
                if (seen.Add(tail) && found.Count < MaxCandidates)
                {
                    found.Add(tail);
                }
            }

            run.Clear();
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var adjacent = run.Count == 0 || OnlySpaceBetween(text, run[^1], word);
            if (LooksLikeNameWord(word.Word) && adjacent)
            {
                run.Add(word);
            }
            else
            {
                Flush();
                if (LooksLikeNameWord(word.Word))
                {
                    run.Add(word);
                }
            }
        }

        Flush();
        return found;
    }

    private static bool LooksLikeNameWord(string word) =>
        word.Length >= 2
        && char.IsUpper(word[0])
        && word.Skip(1).Any(char.IsLower)
        && !word.Any(char.IsDigit);

    private static bool OnlySpaceBetween(string text, (string Word, int Start) previous, (string Word, int Start) next)
    {
        var between = text.AsSpan(previous.Start + previous.Word.Length, next.Start - previous.Start - previous.Word.Length);
        return between.Length is >= 1 and <= 2 && between.Trim().Length == 0 && !between.Contains('\n');
    }
}
