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
}
