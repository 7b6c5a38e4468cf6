using System.Globalization;
using System.Text;
using Whereabouts.Linkage.Records;

namespace Whereabouts.Bench;

/// <summary>
/// Invented person lists at scale with the variation real lists have: the same person written in
/// Latin or Cyrillic, diaspora suffixes (-ian for -yan), typos, a birth date given as a year only or
/// with day and month swapped, missing patronymics. Names are made from syllables, so no real
/// person is described; ids are "p{entity}-{copy}" so the true pairs are known.
/// </summary>
internal static class GeneratedPeople
{
    private static readonly string[] Onsets = ["b", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "kh", "ch", "ts", "gh", "zh"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "a", "e", "a"];
    private static readonly string[] Codas = ["", "", "n", "r", "s", "k", "t", "m", "l"];

    public static RecordTable Create(int records, int seed)
    {
        var random = new Random(seed);
        var families = Enumerable.Range(0, 20_000).Select(_ => Capitalise(Word(random, 2 + random.Next(2)) + (random.Next(3) == 0 ? "ov" : "yan"))).Distinct(StringComparer.Ordinal).ToArray();
        var givens = Enumerable.Range(0, 1_500).Select(_ => Capitalise(Word(random, 2 + random.Next(2)))).Distinct(StringComparer.Ordinal).ToArray();
        var familyDraw = new SkewedDraw(families.Length, 20);
        var givenDraw = new SkewedDraw(givens.Length, 10);
        var places = Enumerable.Range(0, 300).Select(_ => Capitalise(Word(random, 3))).Distinct(StringComparer.Ordinal).ToArray();

        var rows = new List<string?[]>(records);
        var entity = 0;
        while (rows.Count < records)
        {
            var family = families[familyDraw.Next(random)];
            var given = givens[givenDraw.Next(random)];
            var father = givens[givenDraw.Next(random)];
            var birth = new DateOnly(1960 + random.Next(45), 1 + random.Next(12), 1 + random.Next(28));
            var place = places[random.Next(places.Length)];
            var copies = 1 + (random.Next(10) < 3 ? 1 + random.Next(2) : 0);
            for (var copy = 0; copy < copies && rows.Count < records; copy++)
            {
                var cyrillic = copy > 0 && random.Next(3) == 0;
                var f = Vary(random, family, copy);
                var g = Vary(random, given, copy);
                var p = random.Next(5) == 0 ? null : (cyrillic ? ToCyrillic(father) + "ович" : father + "i");
                rows.Add(
                [
                    string.Create(CultureInfo.InvariantCulture, $"p{entity}-{copy}"),
                    cyrillic ? ToCyrillic(g) : g,
                    cyrillic ? ToCyrillic(f) : f,
                    p,
                    Date(random, birth, copy),
                    random.Next(4) == 0 ? null : place,
                ]);
            }

            entity++;
        }

        return new RecordTable("generated", ["id", "given_name", "family_name", "patronymic", "birth_date", "birth_place"], "id", rows);
    }

    public static HashSet<string> TruePairs(RecordTable table)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in table.Ids.GroupBy(id => id[..id.IndexOf('-', StringComparison.Ordinal)], StringComparer.Ordinal))
        {
            var members = group.ToList();
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    pairs.Add(LinkageBenchmarks.Key(members[a], members[b]));
                }
            }
        }

        return pairs;
    }

    private static string Vary(Random random, string name, int copy)
    {
        if (copy == 0)
        {
            return name;
        }

        var roll = random.Next(10);
        if (roll < 2 && name.EndsWith("yan", StringComparison.Ordinal))
        {
            return name[..^3] + "ian";
        }

        if (roll < 4 && name.Length > 4)
        {
            var at = 1 + random.Next(name.Length - 2);
            return roll == 2 ? name.Remove(at, 1) : string.Concat(name.AsSpan(0, at), name[at + 1].ToString(), name[at].ToString(), name.AsSpan(at + 2));
        }

        return name;
    }

    private static string? Date(Random random, DateOnly birth, int copy)
    {
        var roll = copy == 0 ? 9 : random.Next(10);
        return roll switch
        {
            0 => birth.Year.ToString(CultureInfo.InvariantCulture),
            1 => null,
            2 when birth.Day <= 12 => string.Create(CultureInfo.InvariantCulture, $"{birth.Year:D4}-{birth.Day:D2}-{birth.Month:D2}"),
            3 => birth.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            _ => birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }



    private static string Word(Random random, int syllables)
    {
        var builder = new StringBuilder();
        for (var s = 0; s < syllables; s++)
        {
            builder.Append(Onsets[random.Next(Onsets.Length)]).Append(Vowels[random.Next(Vowels.Length)]).Append(Codas[random.Next(Codas.Length)]);
        }

        return builder.ToString();
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static readonly (string Latin, string Cyrillic)[] ToCyrillicTable =
    [
        ("sh", "ш"), ("kh", "х"), ("ch", "ч"), ("ts", "ц"), ("gh", "г"), ("zh", "ж"), ("ya", "я"), ("yu", "ю"),
        ("a", "а"), ("b", "б"), ("d", "д"), ("e", "е"), ("g", "г"), ("h", "г"), ("i", "и"), ("k", "к"), ("l", "л"), ("m", "м"),
        ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("y", "й"), ("z", "з"),
    ];

    private static string ToCyrillic(string latin)
    {
        var text = latin.ToLowerInvariant();
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            var matched = false;
            foreach (var (from, to) in ToCyrillicTable)
            {
                if (string.CompareOrdinal(text, i, from, 0, from.Length) == 0)
                {
                    builder.Append(to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                builder.Append(text[i]);
                i++;
            }
        }

        var result = builder.ToString();
        return char.ToUpperInvariant(result[0]) + result[1..];
    }
}
