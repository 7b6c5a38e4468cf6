using System.Globalization;
using System.Text;
using Whereabouts.Linkage.Records;

namespace Whereabouts.Bench;

/// <summary>
/// Two invented person lists that write the same people the way real lists from different
/// sources do. The left list has one full-name column in Cyrillic ("Family Given Patronymic",
/// -ович/-овна, "X оглы") or Armenian script (the father in the genitive -ի), sometimes in the
/// other order. The right list has separate given, family and patronymic columns in Latin, each
/// record in one of six romanisations (ours, English diaspora, Polish, German, French, Turkish),
/// with the columns sometimes swapped, a given name or the patronymic as an initial, Azerbaijani
/// family names with another suffix or none (Abbas / Abbasov / Abbasli / Abbaszadə), feminine
/// forms, typos and year-only dates. Namesakes (same given and family name, another father and
/// birth year) are on both sides. Names are made from syllables, so no real person is described.
/// Ids are "L{entity}" and "R{entity}"; unmatched people get ids of entities the other list lacks.
/// </summary>
internal static class CrossScriptLists
{
    private static readonly string[] Onsets = ["b", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "kh", "ch", "ts", "gh", "zh", "j", "y"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "a", "a", "e"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "k", "t", "m", "l"];

    /// <summary>The romanisations of the right list.</summary>
    private enum Style
    {
        Ours,
        Diaspora,
        Polish,
        German,
        French,
        Turkish,
    }

    /// <summary>Makes the two lists; <paramref name="people"/> entities, about 70 % of them on both sides.</summary>
    public static (RecordTable Left, RecordTable Right) Create(int people, int seed)
    {
        var random = new Random(seed);
        var stems = Enumerable.Range(0, 3_000).Select(_ => Word(random, 2 + random.Next(2))).Distinct(StringComparer.Ordinal).ToArray();
        var givens = Enumerable.Range(0, 600).Select(_ => Word(random, 2 + random.Next(2))).Distinct(StringComparer.Ordinal).ToArray();
        var stemDraw = new SkewedDraw(stems.Length, 15);
        var givenDraw = new SkewedDraw(givens.Length, 8);
        var left = new List<string?[]>();
        var right = new List<string?[]>();
        var familyFirst = true;
        var entities = new List<Person>();
        for (var e = 0; e < people; e++)
        {
            Person person;
            if (e > 0 && random.Next(12) == 0)
            {
                // A namesake: the same given and family name, another father and birth.
                var other = entities[random.Next(entities.Count)];
                person = other with { Father = givens[givenDraw.Next(random)], Birth = Birth(random) };
            }
            else
            {
                person = new Person(
                    stems[stemDraw.Next(random)],
                    random.Next(2) == 0,
                    givens[givenDraw.Next(random)],
                    givens[givenDraw.Next(random)],
                    random.Next(5) == 0,
                    Birth(random));
            }

            entities.Add(person);
            var roll = random.Next(10);
            var id = e.ToString(CultureInfo.InvariantCulture);
            if (roll < 8)
            {
                left.Add(["L" + id, LeftName(random, person, familyFirst), LeftDate(random, person.Birth)]);
            }

            if (roll is < 6 or >= 8)
            {
                right.Add(RightRow(random, "R" + id, person));
            }
        }

        return (
            new RecordTable("left.csv", ["id", "full_name", "birth_date"], "id", left),
            new RecordTable("right.csv", ["id", "given_name", "family_name", "patronymic", "birth_date"], "id", right));
    }

    /// <summary>The true pairs: L{n} with R{n}.</summary>
    public static HashSet<string> TruePairs(RecordTable left, RecordTable right)
    {
        var rightIds = right.Ids.ToHashSet(StringComparer.Ordinal);
        return left.Ids.Where(id => rightIds.Contains("R" + id[1..])).Select(id => LinkageBenchmarks.Key(id, "R" + id[1..])).ToHashSet(StringComparer.Ordinal);
    }

    private static string LeftName(Random random, Person person, bool familyFirst)
    {
        var armenianScript = person.Armenian && random.Next(3) == 0;
        var family = armenianScript ? Armenian(person.Stem) + "յան" : Cyrillic(person.Stem) + (person.Armenian ? "ян" : person.Female ? "ова" : "ов");
        var given = armenianScript ? Armenian(person.Given) : Cyrillic(person.Given);
        string? patronymic = random.Next(10) == 0 ? null
            : armenianScript ? Armenian(person.Father) + "ի"
            : !person.Armenian && random.Next(3) == 0 ? Cyrillic(person.Father) + (person.Female ? " кызы" : " оглы")
            : Cyrillic(person.Father) + (person.Female ? "овна" : "ович");
        var reversed = random.Next(20) == 0 ? !familyFirst : familyFirst;
        var words = reversed || armenianScript && random.Next(2) == 0
            ? new[] { given, patronymic, family }
            : [family, given, patronymic];
        return string.Join(' ', words.OfType<string>().Select(Capitalise));
    }

    private static string?[] RightRow(Random random, string id, Person person)
    {
        var style = person.Armenian
            ? (Style)random.Next(5)
            : random.Next(3) == 0 ? Style.Turkish : (Style)random.Next(5);
        var family = RightFamily(random, person, style);
        var given = Roman(person.Given, style);
        if (random.Next(20) == 0)
        {
            given = Typo(random, given);
        }
        else if (random.Next(20) == 0)
        {
            family = Typo(random, family);
        }

        if (random.Next(20) == 0)
        {
            given = given[..1] + ".";
        }

        string? patronymic = random.Next(8) switch
        {
            0 => null,
            1 => Roman(person.Father, style)[..1] + ".",
            _ => person.Armenian ? Roman(person.Father, style) + "i"
                : style == Style.Turkish ? Roman(person.Father, style) + (person.Female ? " qızı" : " oğlu")
                : Roman(person.Father, style) + Patronymic(style, person.Female),
        };
        var swapped = random.Next(12) == 0;
        return
        [
            id,
            Capitalise(swapped ? family : given),
            Capitalise(swapped ? given : family),
            patronymic is null ? null : Capitalise(patronymic),
            RightDate(random, person.Birth),
        ];
    }

    /// <summary>The Russian patronymic ending as each romanisation writes it.</summary>
    private static string Patronymic(Style style, bool female) => (style, female) switch
    {
        (_, true) when style is Style.Polish or Style.German => "owna",
        (_, true) => "ovna",
        (Style.Polish, _) => "owicz",
        (Style.German, _) => "owitsch",
        (Style.French, _) => "ovitch",
        _ => "ovich",
    };

    private static string RightFamily(Random random, Person person, Style style)
    {
        var stem = Roman(person.Stem, style);
        if (person.Armenian)
        {
            return stem + style switch
            {
                Style.Diaspora or Style.French => "ian",
                Style.Polish or Style.German => "jan",
                _ => "yan",
            };
        }

        // Azerbaijani family names: the Russian -ov/-ova, or another suffix, or none.
        var masculine = style == Style.German || style == Style.Polish ? "ow" : "ov";
        return random.Next(6) switch
        {
            0 => stem,
            1 => stem + (style == Style.Turkish ? "lı" : "li"),
            2 => stem + (style == Style.Turkish ? "zadə" : "zade"),
            _ => stem + masculine + (person.Female ? "a" : string.Empty),
        };
    }

    private static string LeftDate(Random random, DateOnly birth) => random.Next(20) switch
    {
        0 => birth.Year.ToString(CultureInfo.InvariantCulture),
        1 => string.Empty,
        _ => birth.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
    };

    private static string? RightDate(Random random, DateOnly birth) => random.Next(20) switch
    {
        0 => birth.Year.ToString(CultureInfo.InvariantCulture),
        1 => null,
        _ => birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static DateOnly Birth(Random random) => new(1975 + random.Next(30), 1 + random.Next(12), 1 + random.Next(28));

    private static string Typo(Random random, string name)
    {
        if (name.Length < 5)
        {
            return name;
        }

        var at = 1 + random.Next(name.Length - 2);
        return random.Next(2) == 0 ? name.Remove(at, 1) : string.Concat(name.AsSpan(0, at), name[at + 1].ToString(), name[at].ToString(), name.AsSpan(at + 2));
    }

    /// <summary>A phonemic word in a Latin romanisation.</summary>
    private static string Roman(string phonemes, Style style) => Render(phonemes, style switch
    {
        Style.Ours => Ours,
        Style.Diaspora => Diaspora,
        Style.Polish => Polish,
        Style.German => German,
        Style.French => French,
        _ => Turkish,
    });

    private static string Cyrillic(string phonemes) => Render(phonemes, CyrillicLetters);

    private static string Armenian(string phonemes) => Render(phonemes, ArmenianLetters);

    // Phoneme → spelling per convention; a phoneme missing from a table is written as itself.
    private static readonly Dictionary<string, string> Ours = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> Diaspora = new(StringComparer.Ordinal) { ["u"] = "ou", ["gh"] = "gh", ["j"] = "dj" };
    private static readonly Dictionary<string, string> Polish = new(StringComparer.Ordinal) { ["sh"] = "sz", ["kh"] = "ch", ["ch"] = "cz", ["zh"] = "ż", ["j"] = "dż", ["y"] = "j", ["v"] = "w", ["ts"] = "c" };
    private static readonly Dictionary<string, string> German = new(StringComparer.Ordinal) { ["sh"] = "sch", ["kh"] = "ch", ["ch"] = "tsch", ["zh"] = "sch", ["j"] = "dsch", ["y"] = "j", ["v"] = "w" };
    private static readonly Dictionary<string, string> French = new(StringComparer.Ordinal) { ["sh"] = "ch", ["ch"] = "tch", ["zh"] = "j", ["j"] = "dj", ["u"] = "ou" };
    private static readonly Dictionary<string, string> Turkish = new(StringComparer.Ordinal) { ["sh"] = "ş", ["kh"] = "x", ["ch"] = "ç", ["zh"] = "j", ["j"] = "c", ["gh"] = "ğ" };

    private static readonly Dictionary<string, string> CyrillicLetters = new(StringComparer.Ordinal)
    {
        ["a"] = "а", ["b"] = "б", ["d"] = "д", ["e"] = "е", ["g"] = "г", ["h"] = "х", ["i"] = "и", ["k"] = "к", ["l"] = "л", ["m"] = "м",
        ["n"] = "н", ["o"] = "о", ["p"] = "п", ["r"] = "р", ["s"] = "с", ["t"] = "т", ["u"] = "у", ["v"] = "в", ["z"] = "з",
        ["sh"] = "ш", ["kh"] = "х", ["ch"] = "ч", ["ts"] = "ц", ["gh"] = "г", ["zh"] = "ж", ["j"] = "дж", ["y"] = "й",
        ["ya"] = "я", ["yu"] = "ю", ["ye"] = "е", ["yo"] = "йо", ["yi"] = "йи",
    };

    private static readonly Dictionary<string, string> ArmenianLetters = new(StringComparer.Ordinal)
    {
        ["a"] = "ա", ["b"] = "բ", ["d"] = "դ", ["e"] = "ե", ["g"] = "գ", ["h"] = "հ", ["i"] = "ի", ["k"] = "կ", ["l"] = "լ", ["m"] = "մ",
        ["n"] = "ն", ["o"] = "ո", ["p"] = "պ", ["r"] = "ր", ["s"] = "ս", ["t"] = "տ", ["u"] = "ու", ["v"] = "վ", ["z"] = "զ",
        ["sh"] = "շ", ["kh"] = "խ", ["ch"] = "չ", ["ts"] = "ց", ["gh"] = "ղ", ["zh"] = "ժ", ["j"] = "ջ", ["y"] = "յ",
        ["^e"] = "է", ["^o"] = "օ",
    };

    private static string Render(string phonemes, Dictionary<string, string> table)
    {
        var builder = new StringBuilder();
        var i = 0;
        while (i < phonemes.Length)
        {
            var two = i + 2 <= phonemes.Length ? phonemes.Substring(i, 2) : null;
            if (i == 0 && table.TryGetValue("^" + phonemes[0], out var initial))
            {
                builder.Append(initial);
                i++;
            }
            else if (two is not null && IsDigraph(two) && table.TryGetValue(two, out var pair))
            {
                builder.Append(pair);
                i += 2;
            }
            else
            {
                var one = phonemes[i].ToString();
                builder.Append(table.TryGetValue(one, out var spelled) ? spelled : one);
                i++;
            }
        }

        return builder.ToString();
    }

    private static bool IsDigraph(string two) => two is "sh" or "kh" or "ch" or "ts" or "gh" or "zh" or "ya" or "yu" or "ye" or "yo" or "yi";

    private static string Word(Random random, int syllables)
    {
        var builder = new StringBuilder();
        for (var s = 0; s < syllables; s++)
        {
            var onset = Onsets[random.Next(Onsets.Length)];
            if (s == 0 && onset is "y" or "gh")
            {
                onset = "m";
            }

            builder.Append(onset).Append(Vowels[random.Next(Vowels.Length)]).Append(Codas[random.Next(Codas.Length)]);
        }

        return builder.ToString();
    }

    private static string Capitalise(string word) => string.Join(' ', word.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));



    /// <summary>One invented person: family stem, Armenian or Azerbaijani naming, given and father's name.</summary>
    private sealed record Person(string Stem, bool Armenian, string Given, string Father, bool Female, DateOnly Birth);
}
