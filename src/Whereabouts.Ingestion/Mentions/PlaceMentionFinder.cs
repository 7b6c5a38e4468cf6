namespace Whereabouts.Ingestion.Mentions;

/// <summary>
/// Finds the gazetteer's places in a text, in any of their spellings (Shushi, Shusha, Şuşa, Шуши,
/// Շուշի), as whole words, case-insensitively; a spelling of several words (Hadrut district) is
/// matched as a whole. Each place is reported once, with how the text first wrote it.
/// </summary>
public sealed class PlaceMentionFinder
{
    private readonly Dictionary<string, List<(string[] Words, GazetteerEntry Place)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>Prepares the finder for a gazetteer.</summary>
    public PlaceMentionFinder(IEnumerable<GazetteerEntry> gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        foreach (var place in gazetteer)
        {
            foreach (var spelling in place.Spellings.Append(place.Name).Distinct(StringComparer.Ordinal))
            {
                var words = TextWords.Split(spelling).Select(w => TextWords.Fold(w.Word)).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }

                if (!_byFirstWord.TryGetValue(words[0], out var candidates))
                {
                    _byFirstWord[words[0]] = candidates = [];
                }

                // Longest first, so "Hadrut district" wins over "Hadrut".
                candidates.Add((words, place));
                candidates.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            }
        }
    }

    /// <summary>The places mentioned in <paramref name="text"/>, in the order first mentioned.</summary>
    public IReadOnlyList<PlaceMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TextWords.Split(text);
        var folded = words.Select(w => TextWords.Fold(w.Word)).ToArray();
        var found = new List<PlaceMention>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(folded[i], out var candidates))
            {
                continue;
            }

            foreach (var (spelling, place) in candidates)
            {
                if (i + spelling.Length > words.Count || !spelling.AsSpan().SequenceEqual(folded.AsSpan(i, spelling.Length)))
                {
                    continue;
                }

                if (seen.Add(place.Id))
                {
                    var last = words[i + spelling.Length - 1];
                    found.Add(new PlaceMention(place.Id, place.Name, text[words[i].Start..(last.Start + last.Word.Length)]));
                }

                i += spelling.Length - 1;
                break;
            }
        }

        return found;
    }
}
