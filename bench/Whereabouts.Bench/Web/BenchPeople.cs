using System.Globalization;
using Whereabouts.Domain;

namespace Whereabouts.Bench.Web;

/// <summary>
/// Invented people as the registry would hold them after the 2020 war: Armenian and Azerbaijani
/// soldiers and civilians, each registered under a first name form in one of the scripts the lists
/// use (Latin, a diaspora or English spelling, Armenian, Cyrillic), half with a second form in
/// another script (mostly Cyrillic), and a fate history of one to three assertions with evidence.
/// </summary>
/// <remarks>Names are drawn with a skew: the commonest Armenian family name is about 2 % of the
/// Armenian people and most invented tail names are rare, as in the real lists; that skew is
/// what makes some searches return thousands of people.</remarks>
internal sealed class BenchPeople
{
    private const string Recorder = "bench";

    private readonly Random _random;
    private readonly IReadOnlyList<Guid> _sources;
    private readonly DateTimeOffset _recordedAt;
    private readonly NameSpellings[] _armenianFamilies;
    private readonly NameSpellings[] _azerbaijaniFamilies;
    private readonly SkewedDraw _armenianFamilyDraw;
    private readonly SkewedDraw _azerbaijaniFamilyDraw;
    private readonly SkewedDraw _armenianMenDraw = new(BenchNameTables.ArmenianMen.Count, 6);
    private readonly SkewedDraw _azerbaijaniMenDraw = new(BenchNameTables.AzerbaijaniMen.Count, 6);

    public BenchPeople(int seed, IReadOnlyList<Guid> sources, DateTimeOffset recordedAt)
    {
        _random = new Random(seed);
        _sources = sources;
        _recordedAt = recordedAt;
        _armenianFamilies = Tail(BenchNameTables.ArmenianFamilies, 4_000, InventedNames.ArmenianFamily);
        _azerbaijaniFamilies = Tail(BenchNameTables.AzerbaijaniFamilies, 2_500, InventedNames.AzerbaijaniFamily);
        _armenianFamilyDraw = new SkewedDraw(_armenianFamilies.Length, 8);
        _azerbaijaniFamilyDraw = new SkewedDraw(_azerbaijaniFamilies.Length, 8);
    }

    /// <summary>The next invented person, and what the load needs of them.</summary>
    public (Person Person, SeededPerson Seeded) Next()
    {
        var random = _random;
        var armenian = random.Next(100) < 60;
        var side = armenian ? "armenian" : "azerbaijani";
        var soldier = random.Next(100) < 85;
        var female = !soldier && random.Next(2) == 0;
        var given = Given(armenian, female);
        var father = Given(armenian, female: false);
        var family = armenian
            ? _armenianFamilies[_armenianFamilyDraw.Next(random)]
            : _azerbaijaniFamilies[_azerbaijaniFamilyDraw.Next(random)];
        if (female && !armenian)
        {
            // Azerbaijani family names take -a for women (Məmmədova, Мамедова); Armenian ones do not change.
            family = family with { Latin = family.Latin + "a", Cyrillic = family.Cyrillic + "а", Variant = family.Variant is null ? null : family.Variant + "a" };
        }

        var withPatronymic = random.Next(5) > 0;
        var first = armenian
            ? Pick(random, (45, Spelling.Latin), (10, Spelling.Variant), (25, Spelling.Armenian), (20, Spelling.Cyrillic))
            : Pick(random, (50, Spelling.Latin), (25, Spelling.Variant), (25, Spelling.Cyrillic));
        var id = NewId(random);
        var person = new Person(id, Form(given, family, withPatronymic ? father : null, armenian, female, first), Details(random, armenian, soldier, female), isInvented: true);
        if (random.Next(2) == 0)
        {
            // Russian-language lists are where a second form most often comes from.
            var second = first != Spelling.Cyrillic ? Spelling.Cyrillic : armenian && random.Next(2) == 0 ? Spelling.Armenian : Spelling.Latin;
            person.AddName(Form(given, family, withPatronymic ? father : null, armenian, female, second));
            if (armenian && random.Next(100) < 15)
            {
                person.AddName(Form(given, family, withPatronymic ? father : null, armenian, female, first == Spelling.Armenian ? Spelling.Latin : Spelling.Armenian));
            }
        }

        foreach (var assertion in Fates(random))
        {
            person.AssertFate(assertion);
        }

        return (person, new SeededPerson(id, side, given, family, person.BirthDate));
    }

    /// <summary>
    /// A search a family or a caseworker might type for <paramref name="person"/>: the family name
    /// in any spelling, given and family name (sometimes in two scripts), the given name alone, or
    /// the first letters of the family name as it is being typed.
    /// </summary>
    public static string Query(SeededPerson person, Random random)
    {
        var roll = random.Next(100);
        var family = Any(random, person.Family.All);
        var given = Any(random, person.Given.All);
        return roll switch
        {
            < 35 => family,
            < 65 => SameScript(random, person),
            < 75 => family + " " + given,
            < 85 => given,
            < 95 => person.Family.Latin[..Math.Min(5, person.Family.Latin.Length)],
            _ => person.Family.Latin.ToLowerInvariant(),
        };
    }

    private static string SameScript(Random random, SeededPerson person)
    {
        var spelling = person.Side == "armenian"
            ? Pick(random, (40, Spelling.Latin), (15, Spelling.Variant), (25, Spelling.Armenian), (20, Spelling.Cyrillic))
            : Pick(random, (40, Spelling.Latin), (30, Spelling.Variant), (30, Spelling.Cyrillic));
        return Spell(person.Given, spelling) + " " + Spell(person.Family, spelling);
    }

    private NameSpellings Given(bool armenian, bool female)
    {
        if (female)
        {
            var women = armenian ? BenchNameTables.ArmenianWomen : BenchNameTables.AzerbaijaniWomen;
            return women[_random.Next(women.Count)];
        }

        return armenian
            ? BenchNameTables.ArmenianMen[_armenianMenDraw.Next(_random)]
            : BenchNameTables.AzerbaijaniMen[_azerbaijaniMenDraw.Next(_random)];
    }

    private PersonName Form(NameSpellings given, NameSpellings family, NameSpellings? father, bool armenian, bool female, Spelling spelling)
    {
        var patronymic = father is null ? null : (armenian, spelling) switch
        {
            (true, Spelling.Armenian) => father.ArmenianGenitive ?? father.Armenian + "ի",
            (true, Spelling.Cyrillic) => father.Cyrillic + (female ? "овна" : "ович"),
            (true, _) => father.LatinGenitive ?? father.Latin + "i",
            (false, Spelling.Cyrillic) => father.Cyrillic + (female ? " кызы" : " оглы"),
            (false, Spelling.Variant) => Spell(father, Spelling.Variant) + (female ? " gizi" : " oglu"),
            (false, _) => father.Latin + (female ? " qızı" : " oğlu"),
        };
        var source = _sources[_random.Next(_sources.Count)];
        return new PersonName(Spell(given, spelling), Spell(family, spelling), patronymic, origin: "bench list", sourceId: source);
    }

    private static PersonDetails Details(Random random, bool armenian, bool soldier, bool female)
    {
        var birthYear = soldier ? 1980 + random.Next(23) : 1940 + random.Next(65);
        var birth = random.Next(10) switch
        {
            < 5 => PartialDate.OfDay(birthYear, 1 + random.Next(12), 1 + random.Next(28)),
            < 9 => PartialDate.OfYear(birthYear),
            _ => null,
        };
        return new PersonDetails(
            Sex: female ? Sex.Female : Sex.Male,
            BirthDate: birth,
            Side: armenian ? "armenian" : "azerbaijani",
            Role: soldier ? ServiceRole.Soldier : ServiceRole.Civilian,
            Force: !soldier ? null : armenian ? "Defence Army" : "Armed Forces of Azerbaijan",
            Rank: !soldier ? null : random.Next(4) == 0 ? "sergeant" : "private",
            Unit: !soldier ? null : string.Create(CultureInfo.InvariantCulture, $"military unit {10000 + random.Next(90000)}"),
            ServiceNumber: soldier && random.Next(3) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{random.Next(100000000):D8}") : null);
    }

    // Histories that follow the rules (births are before 2005, fates from September 2020): a confirmed
    // assertion is followed only by what may follow it.
    private List<FateAssertion> Fates(Random random)
    {
        var missing = new DateOnly(2020, 9, 27).AddDays(random.Next(45));
        var fates = new List<FateAssertion> { Assert(FateStatus.Missing, random.Next(10) < 7 ? PartialDate.OfDay(missing) : PartialDate.OfMonth(missing.Year, missing.Month), Credibility.ProbablyTrue) };
        var later = missing.AddDays(1 + random.Next(10));
        switch (random.Next(100))
        {
            case < 30:
                break;
            case < 40:
                fates.Add(Assert(FateStatus.ReportedCaptured, PartialDate.OfDay(later), random.Next(2) == 0 ? Credibility.PossiblyTrue : Credibility.DoubtfullyTrue));
                break;
            case < 55:
                fates.Add(Assert(FateStatus.CaptureConfirmed, PartialDate.OfDay(later), Credibility.Confirmed));
                fates.Add(Assert(FateStatus.Repatriated, random.Next(2) == 0 ? PartialDate.OfDay(2020, 12, 14) : PartialDate.OfMonth(2021, 1 + random.Next(12)), Credibility.Confirmed));
                break;
            case < 75:
                fates.Add(Assert(FateStatus.Deceased, PartialDate.OfDay(later), Credibility.ProbablyTrue));
                break;
            case < 90:
                fates.Add(Assert(FateStatus.RemainsRecovered, PartialDate.OfMonth(2021, 1 + random.Next(6)), Credibility.ProbablyTrue));
                fates.Add(Assert(FateStatus.RemainsIdentified, PartialDate.OfMonth(2021, 7 + random.Next(6)), Credibility.Confirmed));
                break;
            default:
                // Credible sources that disagree: the person is contested.
                fates.Add(Assert(FateStatus.ReportedCaptured, PartialDate.OfDay(later), Credibility.PossiblyTrue));
                fates.Add(Assert(FateStatus.Deceased, PartialDate.OfDay(later.AddDays(2)), Credibility.PossiblyTrue));
                break;
        }

        return fates;
    }

    private FateAssertion Assert(FateStatus status, PartialDate asOf, Credibility credibility)
    {
        var random = _random;
        var source = _sources[random.Next(_sources.Count)];
        var evidence = random.Next(10) < 7
            ? new Evidence(source, null, string.Create(CultureInfo.InvariantCulture, $"row {1 + random.Next(3000)}"), credibility)
            : new Evidence(source, string.Create(CultureInfo.InvariantCulture, $"listed as {status} in entry {1 + random.Next(3000)}"), null, credibility);
        return new FateAssertion(NewId(random), status, asOf, evidence, Recorder, _recordedAt);
    }

    private static string Spell(NameSpellings name, Spelling spelling) => spelling switch
    {
        Spelling.Latin => name.Latin,
        Spelling.Variant => name.Variant ?? name.Latin,
        Spelling.Cyrillic => name.Cyrillic,
        Spelling.Armenian => name.Armenian ?? name.Latin,
        _ => throw new ArgumentOutOfRangeException(nameof(spelling)),
    };

    private static Spelling Pick(Random random, params (int Weight, Spelling Spelling)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (weight, spelling) in choices)
        {
            if (roll < weight)
            {
                return spelling;
            }

            roll -= weight;
        }

        return choices[^1].Spelling;
    }

    private static string Any(Random random, IReadOnlyList<string> spellings) => spellings[random.Next(spellings.Count)];

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private NameSpellings[] Tail(IReadOnlyList<NameSpellings> common, int invented, Func<Random, NameSpellings> create)
    {
        var seen = new HashSet<string>(common.Select(n => n.Latin), StringComparer.Ordinal);
        var names = common.ToList();
        for (var i = 0; i < invented; i++)
        {
            var name = create(_random);
            if (seen.Add(name.Latin))
            {
                names.Add(name);
            }
        }

        return [.. names];
    }


}
