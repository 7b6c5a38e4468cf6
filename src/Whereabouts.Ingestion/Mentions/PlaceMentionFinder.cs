namespace Whereabouts.Ingestion.Mentions;

/// <summary>
/// Finds the gazetteer's places in a text, in any of their spellings (Shushi, Shusha, Şuşa, Шуши,
/// Շուշի), as whole words, case-insensitively; a spelling of several words (Hadrut district) is
/// matched as a whole. The last word of a spelling may carry a case ending of its script's
/// languages (Хцаберде, Խծաբերդում, Şuşada; see <see cref="PlaceInflections"/>). Each place is
/// reported once, with how the text first wrote it.
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

                // A one-word spelling is also found by its stem, for its inflected forms.
                foreach (var key in words.Length == 1 ? PlaceInflections.Keys(words[0]).Distinct(StringComparer.Ordinal) : [words[0]])
                {
                    if (!_byFirstWord.TryGetValue(key, out var candidates))
                    {
                        _byFirstWord[key] = candidates = [];
                    }

                    // Longest first, so "Hadrut district" wins over "Hadrut".
                    candidates.Add((words, place));
                    candidates.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
                }
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
            var candidates = new List<(string[] Words, GazetteerEntry Place)>();
            foreach (var stem in PlaceInflections.Stems(folded[i]).Distinct(StringComparer.Ordinal))
            {
                if (_byFirstWord.TryGetValue(stem, out var listed))
                {
                    candidates.AddRange(listed);
                }
            }

            candidates.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            foreach (var (spelling, place) in candidates)
            {
                if (!Matches(spelling, folded, i))
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

    // Every word whole but the last, which may carry a case ending ("Hadrut districtində" is rare;
    // "Хцаберде" is the rule).
    private static bool Matches(string[] spelling, string[] folded, int i)
    {
        if (i + spelling.Length > folded.Length)
        {
            return false;
        }

        for (var j = 0; j < spelling.Length - 1; j++)
        {
            if (!string.Equals(spelling[j], folded[i + j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return PlaceInflections.Matches(spelling[^1], folded[i + spelling.Length - 1]);
    }
}
