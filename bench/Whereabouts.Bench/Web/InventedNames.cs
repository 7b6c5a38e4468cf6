using System.Text;

namespace Whereabouts.Bench.Web;

/// <summary>
/// The long tail of rare family names, made from syllables so that no real person is described,
/// and written in every script by the same rules the lists follow (Armenian -yan is -ян and -յան,
/// with -ian in the diaspora; Azerbaijani ş, ç, x, ğ are sh, ch, kh, gh in English).
/// </summary>
internal static class InventedNames
{
    private static readonly string[] Onsets = ["b", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "kh", "ch", "gh", "zh", "ts"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "a", "a"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "k", "t", "m", "l"];

    // Longest first, so that "sh" is read before "s" and "ya" before "y".
    private static readonly (string Latin, string Cyrillic, string Armenian)[] Letters =
    [
        ("sh", "ш", "շ"), ("kh", "х", "խ"), ("ch", "ч", "չ"), ("ts", "ц", "ց"), ("gh", "г", "ղ"), ("zh", "ж", "ժ"), ("ya", "я", "յա"),
        ("a", "а", "ա"), ("b", "б", "բ"), ("d", "д", "դ"), ("e", "е", "ե"), ("g", "г", "գ"), ("h", "г", "հ"), ("i", "и", "ի"),
        ("k", "к", "կ"), ("l", "л", "լ"), ("m", "м", "մ"), ("n", "н", "ն"), ("o", "о", "ո"), ("p", "п", "պ"), ("r", "р", "ր"),
        ("s", "с", "ս"), ("t", "т", "տ"), ("u", "у", "ու"), ("v", "в", "վ"), ("y", "й", "յ"), ("z", "з", "զ"),
    ];

    private static readonly (string English, string Azerbaijani)[] AzerbaijaniLetters =
    [
        ("sh", "ş"), ("ch", "ç"), ("kh", "x"), ("gh", "ğ"), ("zh", "j"),
    ];

    public static NameSpellings ArmenianFamily(Random random)
    {
        var root = Root(random, exclude: null);
        var latin = root + "yan";
        return new NameSpellings(Capitalise(latin), Capitalise(Transliterate(latin, cyrillic: true)), Capitalise(Transliterate(latin, cyrillic: false)), Capitalise(root + "ian"));
    }

    public static NameSpellings AzerbaijaniFamily(Random random)
    {
        var english = Root(random, exclude: "ts") + "ov";
        var azerbaijani = english;
        foreach (var (from, to) in AzerbaijaniLetters)
        {
            azerbaijani = azerbaijani.Replace(from, to, StringComparison.Ordinal);
        }

        // Azerbaijani writes ə where English has a; take the first a after the first letter.
        var schwa = azerbaijani.IndexOf('a', 1);
        if (schwa > 0 && random.Next(2) == 0)
        {
            azerbaijani = string.Concat(azerbaijani.AsSpan(0, schwa), "ə", azerbaijani.AsSpan(schwa + 1));
        }

        return new NameSpellings(Capitalise(azerbaijani), Capitalise(Transliterate(english, cyrillic: true)), Variant: Capitalise(english));
    }

    private static string Root(Random random, string? exclude)
    {
        var builder = new StringBuilder();
        var syllables = 2 + random.Next(2);
        for (var s = 0; s < syllables; s++)
        {
            string onset;
            do
            {
                onset = Onsets[random.Next(Onsets.Length)];
            }
            while (string.Equals(onset, exclude, StringComparison.Ordinal));

            builder.Append(onset).Append(Vowels[random.Next(Vowels.Length)]).Append(Codas[random.Next(Codas.Length)]);
        }

        return builder.ToString();
    }

    private static string Transliterate(string latin, bool cyrillic)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < latin.Length;)
        {
            var matched = false;
            foreach (var (from, toCyrillic, toArmenian) in Letters)
            {
                if (string.CompareOrdinal(latin, i, from, 0, from.Length) == 0)
                {
                    builder.Append(cyrillic ? toCyrillic : toArmenian);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                builder.Append(latin[i]);
                i++;
            }
        }

        return builder.ToString();
    }

    // Armenian and Cyrillic letters have invariant upper cases, so this is right in every script.
    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
