using System.Text;

namespace Whereabouts.Application.Persons;

/// <summary>
/// The spellings one edit away from a searched word, in the word's own script: a letter dropped,
/// added, changed, or two neighbours swapped. A search turns each into name keys, so "Harutyunan"
/// (a letter dropped) reaches the key of Harutyunyan, "Арутюнан" that of Арутюнян and
/// "Հարությունան" that of Հարությունյան.
/// </summary>
/// <remarks>
/// The edits are made on the word as typed rather than on its key because the keys are phonetic:
/// one letter typed wrong can move a key by two (Harutyunan's family key is <c>arutunan</c>,
/// Harutyunyan's <c>arutnyan</c>), while the name itself is one edit away. The letters tried are
/// those of the word's script; a word of mixed or unknown script gets only drops and swaps.
/// </remarks>
public static class NearSpellings
{
    /// <summary>Words shorter than this (in letters) are not widened: too many names lie one edit from a short one.</summary>
    public const int MinLetters = 5;

    /// <summary>
    /// Words longer than this (in characters) are not widened either: no name is, and the
    /// spellings of a word grow with its length times its alphabet, so a pasted paragraph would
    /// otherwise cost seconds and gigabytes.
    /// </summary>
    public const int MaxLength = 40;

    // The lower-case letters of each script a name may be typed in. Azerbaijani Latin adds its own
    // letters to the basic ones.
    private static readonly (Func<char, bool> Belongs, string Letters)[] Scripts =
    [
        (c => c is >= 'a' and <= 'z' || "əğışçöü".Contains(c, StringComparison.Ordinal), "abcdefghijklmnopqrstuvwxyzəğışçöü"),
        (c => c is >= 'а' and <= 'я' || c == 'ё', "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
        (c => c is >= 'ա' and <= 'և', "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ"),
    ];

    /// <summary>
    /// Every distinct spelling one edit from <paramref name="word"/> (lower-cased, the word itself
    /// excluded); empty when the word has fewer than <see cref="MinLetters"/> letters or more than
    /// <see cref="MaxLength"/> characters.
    /// </summary>
    public static IReadOnlyCollection<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var text = word.Trim().ToLowerInvariant();
        if (text.Length > MaxLength || text.Count(char.IsLetter) < MinLetters)
        {
            return [];
        }

        var letters = LettersOf(text);
        var variants = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new StringBuilder(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            variants.Add(text.Remove(i, 1));
            if (i + 1 < text.Length && text[i] != text[i + 1])
            {
                buffer.Clear().Append(text);
                (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
                variants.Add(buffer.ToString());
            }

            foreach (var letter in letters)
            {
                if (letter != text[i])
                {
                    buffer.Clear().Append(text);
                    buffer[i] = letter;
                    variants.Add(buffer.ToString());
                }
            }
        }

        foreach (var letter in letters)
        {
            for (var i = 0; i <= text.Length; i++)
            {
                variants.Add(text.Insert(i, letter.ToString()));
            }
        }

        variants.Remove(text);
        return variants;
    }

    // The letters of the one script every letter of the word belongs to, or none.
    private static string LettersOf(string text)
    {
        foreach (var (belongs, letters) in Scripts)
        {
            if (text.Where(char.IsLetter).All(belongs))
            {
                return letters;
            }
        }

        return string.Empty;
    }
}
