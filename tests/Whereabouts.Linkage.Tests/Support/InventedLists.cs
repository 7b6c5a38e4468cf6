using System.Globalization;
using Whereabouts.Linkage.Records;

namespace Whereabouts.Linkage.Tests.Support;

/// <summary>
/// Invented person lists for linkage tests: the same invented people written once in Latin and once
/// in Cyrillic or Armenian script, with namesakes (same name, another birth date) mixed in.
/// </summary>
internal static class InventedLists
{
    // (Latin, Cyrillic, Armenian) spellings of invented combinations of common names.
    private static readonly (string Latin, string Cyrillic, string Armenian)[] Given =
    [
        ("Arayik", "Араик", "Արայիկ"), ("Artak", "Артак", "Արտակ"), ("Davit", "Давид", "Դավիթ"), ("Gevorg", "Геворг", "Գևորգ"),
        ("Hayk", "Айк", "Հայկ"), ("Karen", "Карен", "Կարեն"), ("Levon", "Левон", "Լևոն"), ("Narek", "Нарек", "Նարեկ"),
        ("Tigran", "Тигран", "Տիգրան"), ("Armen", "Армен", "Արմեն"), ("Samvel", "Самвел", "Սամվել"), ("Vardan", "Вардан", "Վարդան"),
    ];

    private static readonly (string Latin, string Cyrillic, string Armenian)[] Family =
    [
        ("Harutyunyan", "Арутюнян", "Հարությունյան"), ("Grigoryan", "Григорян", "Գրիգորյան"), ("Petrosyan", "Петросян", "Պետրոսյան"),
        ("Hakobyan", "Акопян", "Հակոբյան"), ("Sargsyan", "Саргсян", "Սարգսյան"), ("Khachatryan", "Хачатрян", "Խաչատրյան"),
        ("Karapetyan", "Карапетян", "Կարապետյան"), ("Vardanyan", "Варданян", "Վարդանյան"), ("Mkrtchyan", "Мкртчян", "Մկրտչյան"),
        ("Avetisyan", "Аветисян", "Ավետիսյան"), ("Zohrabyan", "Зограбян", "Զոհրաբյան"), ("Beglaryan", "Бегларян", "Բեգլարյան"),
    ];

    /// <summary>
    /// A Latin list of <paramref name="people"/> invented people (ids L0…) and a list of the same
    /// people in Cyrillic or Armenian script (ids R0…, R{i} is L{i}), plus <paramref name="namesakes"/>
    /// more right records with a left person's name but a birth year at least five years away.
    /// </summary>
    public static (RecordTable Left, RecordTable Right) LatinAndOtherScripts(int people, int namesakes, int seed = 7)
    {
        var random = new Random(seed);
        var left = new List<string?[]>();
        var right = new List<string?[]>();
        var born = new List<DateOnly>();
        for (var i = 0; i < people; i++)
        {
            var g = Given[random.Next(Given.Length)];
            var f = Family[random.Next(Family.Length)];
            var birth = new DateOnly(1995 + random.Next(8), 1 + random.Next(12), 1 + random.Next(28));
            born.Add(birth);
            left.Add([$"L{i}", g.Latin, f.Latin, birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
            var armenian = random.Next(2) == 0;
            var date = random.Next(10) == 0 ? birth.Year.ToString(CultureInfo.InvariantCulture) : birth.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            right.Add([$"R{i}", armenian ? g.Armenian : g.Cyrillic, armenian ? f.Armenian : f.Cyrillic, date]);
        }

        for (var n = 0; n < namesakes; n++)
        {
            var i = random.Next(people);
            var original = left[i];
            var year = born[i].Year + (random.Next(2) == 0 ? -5 - random.Next(10) : 5 + random.Next(10));
            var g = Given.First(x => x.Latin == original[1]);
            var f = Family.First(x => x.Latin == original[2]);
            right.Add([$"N{n}", g.Cyrillic, f.Cyrillic, $"{year:D4}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}"]);
        }

        string[] columns = ["id", "given_name", "family_name", "birth_date"];
        return (new RecordTable("left.csv", columns, "id", left), new RecordTable("right.csv", columns, "id", right));
    }

    private static readonly (string Latin, string Cyrillic)[] Fathers =
    [
        ("Ruben", "Рубен"), ("Garik", "Гарик"), ("Suren", "Сурен"), ("Ashot", "Ашот"), ("Vahan", "Ваан"), ("Gagik", "Гагик"),
    ];

    /// <summary>
    /// The same invented people twice: left (ids F0…) with one full_name column in Cyrillic,
    /// "Family Given Patronymic", the patronymic in -ович; right (ids C0…, C{i} is F{i}) with
    /// separate Latin columns, the father in the Armenian genitive (Rubeni) or as an initial (R.),
    /// and every tenth row with the given and family name swapped (ids of those end the list of
    /// <paramref name="swapped"/>).
    /// </summary>
    public static (RecordTable Left, RecordTable Right) FullNamesAndColumns(int people, out List<string> swapped, int seed = 11)
    {
        var random = new Random(seed);
        var left = new List<string?[]>();
        var right = new List<string?[]>();
        swapped = [];
        for (var i = 0; i < people; i++)
        {
            var g = Given[random.Next(Given.Length)];
            var f = Family[random.Next(Family.Length)];
            var father = Fathers[random.Next(Fathers.Length)];
            var birth = new DateOnly(1990 + random.Next(12), 1 + random.Next(12), 1 + random.Next(28));
            left.Add([$"F{i}", $"{f.Cyrillic} {g.Cyrillic} {father.Cyrillic}ович", birth.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)]);
            var isSwapped = i % 10 == 3;
            if (isSwapped)
            {
                swapped.Add($"C{i}");
            }

            var patronymic = random.Next(4) == 0 ? father.Latin[..1] + "." : father.Latin + "i";
            right.Add([$"C{i}", isSwapped ? f.Latin : g.Latin, isSwapped ? g.Latin : f.Latin, patronymic, birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        }

        return (
            new RecordTable("fio.csv", ["id", "full_name", "birth_date"], "id", left),
            new RecordTable("columns.csv", ["id", "given_name", "family_name", "patronymic", "birth_date"], "id", right));
    }
}
