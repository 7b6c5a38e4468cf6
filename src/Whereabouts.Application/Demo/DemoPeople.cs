using System.Globalization;
using Whereabouts.Domain;

namespace Whereabouts.Application.Demo;

/// <summary>
/// Invents the demo people and their fate histories, group by group, so that the registry's
/// answers match the events: 44 Armenians and 14 Azerbaijanis come home on 14 December 2020, ten
/// Armenians on 4 December 2021, and the Hin Tagher and Khtsabert group has every kind of outcome,
/// contested ones included. The homecomings are not asserted here: <see cref="DemoExchanges"/>
/// records the two exchanges, which move the people they name on, as recording an exchange does.
/// </summary>
/// <remarks>
/// Every assertion goes through <see cref="Person.AssertFate"/>, so the domain's rules check the
/// invented histories as they would check a caseworker's. Randomness comes from one generator with
/// a fixed seed, consumed in a fixed order: the same people on every run. A person's key (and so
/// their ID) names their group and number, so resizing one group does not renumber another.
/// </remarks>
internal sealed class DemoPeople
{
    private const string DefenceArmy = "Defence Army of Nagorno-Karabakh";
    private const string ArmedForcesOfArmenia = "Armed Forces of Armenia";
    private const string ArmedForcesOfAzerbaijan = "Armed Forces of Azerbaijan";
    private const string DetainingSideOrigin = "list from the detaining side";
    private const string SearchListOrigin = "peacekeepers' search list";

    // Ranks above private, with birth years that fit them in 2020–2021.
    private static readonly (string Rank, int BornFrom, int BornTo)[] OfficerRanks =
    [
        ("Lieutenant", 1994, 1998),
        ("Senior lieutenant", 1990, 1996),
        ("Captain", 1984, 1993),
        ("Major", 1976, 1988),
    ];

    private static readonly (string Rank, int BornFrom, int BornTo)[] SergeantRanks =
    [
        ("Junior sergeant", 1993, 2001),
        ("Sergeant", 1990, 2000),
        ("Senior sergeant", 1988, 1999),
    ];
    private static readonly string[] KarabakhUnits = ["Military unit 00011 (invented)", "Military unit 00012 (invented)", "Military unit 00013 (invented)"];
    private static readonly string[] ArmeniaUnits = ["Military unit 00021 (invented)", "Military unit 00022 (invented)"];
    private static readonly string[] HadrutUnits = ["Military unit 00031 (invented)", "Military unit 00032 (invented)"];
    private static readonly string[] SyunikUnits = ["Military unit 00041 (invented)", "Military unit 00042 (invented)", "Military unit 00043 (invented)"];
    private static readonly string[] AzerbaijaniUnits = ["Military unit 00101 (invented)", "Military unit 00102 (invented)", "Military unit 00103 (invented)"];

    // Invented words of invented family reports.
    private static readonly string[] HadrutFamilyQuotes =
    [
        "His last call home was on the evening of 11 December.",
        "The family has heard nothing from him since the fighting started.",
        "His unit was posted by the village; nobody in it has called home since.",
    ];

    private static readonly PartialDate December12 = PartialDate.OfDay(2020, 12, 12);
    private static readonly PartialDate ExchangeDay2020 = PartialDate.OfDay(2020, 12, 14);
    private static readonly PartialDate ClashDay2021 = PartialDate.OfDay(2021, 11, 16);

    private readonly Random _random = new(2020);
    private readonly DemoPlaces _places;
    private readonly DemoIncidents _incidents;
    private readonly DemoSources _sources;
    private readonly List<Person> _people = [];
    private readonly HashSet<string> _takenNames = new(StringComparer.Ordinal);
    private readonly List<(ArmenianGivenName Given, ArmenianFamilyName Family)> _armenianMenSoFar = [];
    private readonly Dictionary<Guid, int> _entries = [];
    private readonly List<Person> _returnedToArmenia2020 = [];
    private readonly List<Person> _returnedToAzerbaijan2020 = [];
    private readonly List<Person> _returnedToArmenia2021 = [];

    public DemoPeople(DemoPlaces places, DemoIncidents incidents, DemoSources sources)
    {
        _places = places;
        _incidents = incidents;
        _sources = sources;
    }

    /// <summary>The 44 Armenians the exchange of 14 December 2020 brings home (held until then).</summary>
    public IReadOnlyList<Person> ReturnedToArmenia2020 => _returnedToArmenia2020;

    /// <summary>The 14 people the exchange of 14 December 2020 hands to Azerbaijan (held until then).</summary>
    public IReadOnlyList<Person> ReturnedToAzerbaijan2020 => _returnedToAzerbaijan2020;

    /// <summary>The 10 Armenians captured in November 2021 whom the exchange of 4 December 2021 brings home.</summary>
    public IReadOnlyList<Person> ReturnedToArmenia2021 => _returnedToArmenia2021;

    public List<Person> Create()
    {
        AddWarCaptives();
        AddHadrutServicemen();
        AddMissingSinceWar();
        AddHadrutCivilians();
        AddClashes2021();
        AddAzerbaijanisReturned();
        AddAzerbaijanisKilled2021();
        AddAzerbaijanisMissing();
        return _people;
    }

    // 44 Armenians captured in the war: seen on a video, confirmed by the ICRC, flown home on 14 December.
    // Every other one is among the families' requests to the ECHR (about half of the 44, as reported).
    private void AddWarCaptives()
    {
        for (var i = 1; i <= 44; i++)
        {
            var force = _random.Next(100) < 60 ? DefenceArmy : ArmedForcesOfArmenia;
            var service = DrawService(force, force == DefenceArmy ? KarabakhUnits : ArmeniaUnits, 2000, 2002, "AM");
            var person = AddArmenian(Key("person/war-captive", i), Sex.Male, service, _sources.FamilyReportsWar,
                _sources.DetainingSideList2020, DetainingSideOrigin);

            var captured = RandomDay(new DateOnly(2020, 10, 5), new DateOnly(2020, 11, 9));
            var capturedAsOf = _random.Next(100) < 30 ? PartialDate.OfMonth(captured.Year, captured.Month!.Value) : captured;
            var where = Pick(_places.HadrutRegion, _places.Karabakh, _places.Hadrut);
            var videoCredibility = _random.Next(100) < 60 ? Credibility.CannotBeJudged : Credibility.PossiblyTrue;
            Assert(person, FateStatus.ReportedCaptured, capturedAsOf, _sources.CaptiveVideos, videoCredibility, _incidents.War, where,
                locator: Entry(_sources.CaptiveVideos, "clip"));
            Assert(person, FateStatus.CaptureConfirmed, RandomDay(new DateOnly(2020, 11, 20), new DateOnly(2020, 12, 10)),
                _sources.IcrcList2020, Credibility.Confirmed, _incidents.War);
            if (i % 2 == 0)
            {
                Assert(person, FateStatus.Detained, PartialDate.OfMonth(2020, 12), _sources.EchrApplications, Credibility.ProbablyTrue,
                    locator: Entry(_sources.EchrApplications, "request"), note: "Named in a request for interim measures.");
            }

            _returnedToArmenia2020.Add(person);
        }
    }

    // 62 servicemen who lost contact at Hin Tagher and Khtsabert, with every outcome the registry must show.
    private void AddHadrutServicemen()
    {
        for (var i = 1; i <= 62; i++)
        {
            var force = _random.Next(100) < 70 ? ArmedForcesOfArmenia : DefenceArmy;
            var service = DrawService(force, HadrutUnits, 2000, 2002, "AM");
            var listedAsCaptive = i <= 20 || i >= 58;
            var (cyrillicSource, cyrillicOrigin) = listedAsCaptive
                ? (_sources.DetainingSideList2020, DetainingSideOrigin)
                : _random.Next(100) < 50 ? (_sources.PeacekeeperSearchList, SearchListOrigin) : (null, null);
            var person = AddArmenian(Key("person/hin-tagher", i), Sex.Male, service, _sources.FamilyReportsHadrut, cyrillicSource, cyrillicOrigin);
            var village = i % 2 == 0 ? _places.HinTagher : _places.Khtsabert;
            var fighting = _incidents.HinTagherFighting;

            var quote = _random.Next(100) < 30 ? HadrutFamilyQuotes[_random.Next(HadrutFamilyQuotes.Length)] : null;
            Assert(person, FateStatus.Missing, December12, _sources.FamilyReportsHadrut, Credibility.ProbablyTrue, fighting, village,
                locator: quote is null ? Entry(_sources.FamilyReportsHadrut, "report") : null, quote: quote);

            if (i <= 20)
            {
                AddHeldSinceHadrut(person, i, village);
            }
            else if (i <= 34)
            {
                AddKilledAtHadrut(person, i, village);
            }
            else if (i <= 52)
            {
                AddStillMissingFromHadrut(person, i);
            }
            else if (i <= 57)
            {
                Assert(person, FateStatus.FoundAlive, RandomDay(new DateOnly(2020, 12, 18), new DateOnly(2020, 12, 31)),
                    _sources.CaseworkerNotes, Credibility.Confirmed, fighting, village,
                    locator: Entry(_sources.CaseworkerNotes, "note"),
                    note: "Found by a search party with the peacekeepers after hiding near the village.");
            }
            else
            {
                AddContested(person, i, village);
            }
        }
    }

    private void AddHeldSinceHadrut(Person person, int i, Place village)
    {
        var fighting = _incidents.HinTagherFighting;
        var reported = PartialDate.OfDay(2020, 12, 12 + _random.Next(2));
        if (_random.Next(100) < 50)
        {
            var credibility = _random.Next(100) < 50 ? Credibility.CannotBeJudged : Credibility.PossiblyTrue;
            Assert(person, FateStatus.ReportedCaptured, reported, _sources.CaptiveVideos, credibility, fighting, village,
                locator: Entry(_sources.CaptiveVideos, "clip"));
        }
        else
        {
            Assert(person, FateStatus.ReportedCaptured, reported, _sources.DetainingSideList2020, Credibility.PossiblyTrue, fighting, village);
        }

        Assert(person, FateStatus.CaptureConfirmed, RandomDay(new DateOnly(2020, 12, 16), new DateOnly(2020, 12, 31)),
            _sources.IcrcList2020, Credibility.Confirmed, fighting);
        Assert(person, FateStatus.Detained, PartialDate.OfMonth(2021, 1 + _random.Next(4)), _sources.DetainingSideReplies,
            Credibility.ProbablyTrue, place: _places.Baku, locator: Entry(_sources.DetainingSideReplies, "reply"));
        if (i > 12)
        {
            return;
        }

        var trialMonth = 5 + _random.Next(5);
        Assert(person, FateStatus.OnTrial, PartialDate.OfMonth(2021, trialMonth), _sources.CourtRecords, Credibility.Confirmed,
            place: _places.Baku, locator: Entry(_sources.CourtRecords, "case file"));
        if (i > 8)
        {
            return;
        }

        var sentenced = trialMonth + 1 + _random.Next(5);
        Assert(person, FateStatus.Sentenced, PartialDate.OfMonth(sentenced > 12 ? 2022 : 2021, ((sentenced - 1) % 12) + 1),
            _sources.CourtRecords, Credibility.Confirmed, place: _places.Baku, locator: Entry(_sources.CourtRecords, "judgment"),
            note: Years(4 + _random.Next(5)));
    }

    private void AddKilledAtHadrut(Person person, int i, Place village)
    {
        var credibility = i % 2 == 0 ? Credibility.ProbablyTrue : Credibility.PossiblyTrue;
        Assert(person, FateStatus.Deceased, December12.Approximately(), _sources.FellowSoldiers, credibility,
            _incidents.HinTagherFighting, village, locator: Entry(_sources.FellowSoldiers, "statement"));
        var recovered = 1 + _random.Next(6);
        Assert(person, FateStatus.RemainsRecovered, PartialDate.OfMonth(2021, recovered), _sources.SearchReports,
            Credibility.ProbablyTrue, place: village, note: "Recovered during a joint search with the peacekeepers.");
        if (i % 3 != 0)
        {
            Assert(person, FateStatus.RemainsIdentified, PartialDate.OfMonth(2021, recovered + 1 + _random.Next(4)),
                _sources.ForensicReports, Credibility.Confirmed, note: "Identified by DNA.");
        }
    }

    private void AddStillMissingFromHadrut(Person person, int i)
    {
        if (i % 3 == 0)
        {
            // Not credible, so it does not move the fate: a family's hope, recorded and shown as such.
            Assert(person, FateStatus.ReportedCaptured, ExchangeDay2020, _sources.CaptiveVideos, Credibility.CannotBeJudged,
                _incidents.HinTagherFighting, locator: Entry(_sources.CaptiveVideos, "clip"),
                note: "A man in the clip resembles him; not verified.");
        }

        if (i % 4 == 0)
        {
            Assert(person, FateStatus.Missing, PartialDate.OfMonth(2021, 6), _sources.CaseworkerNotes, Credibility.ProbablyTrue,
                quote: "Still no news; he is on none of the lists received so far.");
        }
    }

    // Credible evidence that conflicts: killed on the 12th by one account, a captive on the 15th by
    // another; or acknowledged as a captive, then no longer acknowledged. Neither side is confirmed,
    // so the domain accepts both and shows the person as contested.
    private void AddContested(Person person, int i, Place village)
    {
        var fighting = _incidents.HinTagherFighting;
        if (i <= 60)
        {
            Assert(person, FateStatus.Deceased, December12, _sources.FellowSoldiers, Credibility.ProbablyTrue, fighting, village,
                quote: "A soldier from his unit says he saw him killed on 12 December.");
            Assert(person, FateStatus.CaptureConfirmed, PartialDate.OfDay(2020, 12, 15), _sources.DetainingSideList2020,
                Credibility.ProbablyTrue, fighting, note: "The detaining side names him among its captives.");
        }
        else
        {
            Assert(person, FateStatus.CaptureConfirmed, RandomDay(new DateOnly(2020, 12, 16), new DateOnly(2020, 12, 24)),
                _sources.DetainingSideList2020, Credibility.ProbablyTrue, fighting);
            Assert(person, FateStatus.Missing, PartialDate.OfMonth(2021, 3), _sources.DetainingSideReplies, Credibility.ProbablyTrue,
                quote: "The detaining side now says it holds nobody of that name.");
        }
    }

    // 12 Armenian servicemen missing since the war itself; some found dead later.
    private void AddMissingSinceWar()
    {
        for (var i = 1; i <= 12; i++)
        {
            var force = _random.Next(100) < 50 ? DefenceArmy : ArmedForcesOfArmenia;
            var service = DrawService(force, force == DefenceArmy ? KarabakhUnits : ArmeniaUnits, 2000, 2002, "AM");
            var cyrillic = _random.Next(100) < 50;
            var person = AddArmenian(Key("person/war-missing", i), Sex.Male, service, _sources.FamilyReportsWar,
                cyrillic ? _sources.PeacekeeperSearchList : null, cyrillic ? SearchListOrigin : null);
            var lost = RandomDay(new DateOnly(2020, 10, 1), new DateOnly(2020, 11, 9));
            Assert(person, FateStatus.Missing, lost, _sources.FamilyReportsWar, Credibility.ProbablyTrue, _incidents.War,
                Pick(_places.Karabakh, _places.HadrutRegion, _places.Shushi), locator: Entry(_sources.FamilyReportsWar, "report"));
            if (i <= 4)
            {
                var recovered = 1 + _random.Next(8);
                Assert(person, FateStatus.RemainsRecovered, PartialDate.OfMonth(2021, recovered), _sources.SearchReports,
                    Credibility.ProbablyTrue, _incidents.War);
                Assert(person, FateStatus.RemainsIdentified, PartialDate.OfMonth(2021, recovered + 1 + _random.Next(3)),
                    _sources.ForensicReports, Credibility.Confirmed, note: "Identified by DNA.");
            }
            else if (i <= 6)
            {
                Assert(person, FateStatus.Deceased, Later(lost), _sources.FellowSoldiers, Credibility.PossiblyTrue,
                    _incidents.War, locator: Entry(_sources.FellowSoldiers, "statement"));
            }
        }
    }

    // 8 older civilians of the Hadrut region, half of them women; some reached safety.
    private void AddHadrutCivilians()
    {
        for (var i = 1; i <= 8; i++)
        {
            var sex = i % 2 == 1 ? Sex.Female : Sex.Male;
            var village = Pick(_places.Hadrut, _places.HinTagher, _places.Khtsabert);
            var cyrillic = _random.Next(100) < 50;
            var service = new Service(null, null, null, null, 1938, 1965, ServiceRole.Civilian, village);
            var person = AddArmenian(Key("person/hadrut-civilian", i), sex, service, _sources.FamilyReportsCivilians,
                cyrillic ? _sources.PeacekeeperSearchList : null, cyrillic ? SearchListOrigin : null);
            var lost = _random.Next(100) < 40
                ? PartialDate.OfMonth(2020, 10)
                : RandomDay(new DateOnly(2020, 10, 9), new DateOnly(2020, 10, 20));
            Assert(person, FateStatus.Missing, lost, _sources.FamilyReportsCivilians, Credibility.ProbablyTrue, _incidents.War, village,
                locator: Entry(_sources.FamilyReportsCivilians, "report"));
            if (i <= 3)
            {
                Assert(person, FateStatus.FoundAlive, RandomDay(new DateOnly(2020, 11, 15), new DateOnly(2020, 12, 20)),
                    _sources.CaseworkerNotes, Credibility.ProbablyTrue, place: Pick(_places.Stepanakert, _places.Goris, _places.Yerevan),
                    locator: Entry(_sources.CaseworkerNotes, "note"), note: "Reached relatives after leaving the village on foot.");
            }
        }
    }

    // November 2021: 32 captured (10 home on 4 December, the rest held and tried) and 6 killed.
    private void AddClashes2021()
    {
        var clashes = _incidents.Clashes2021;
        for (var i = 1; i <= 38; i++)
        {
            var service = DrawService(ArmedForcesOfArmenia, SyunikUnits, 2001, 2003, "AM");
            var captured = i <= 32;
            var person = AddArmenian(Key("person/clashes-2021", i), Sex.Male, service, _sources.FamilyReports2021,
                captured ? _sources.DetainingSideList2021 : null, captured ? DetainingSideOrigin : null);
            if (!captured)
            {
                Assert(person, FateStatus.Deceased, ClashDay2021, _sources.CasualtiesArmenian2021, Credibility.Confirmed, clashes, _places.Syunik);
                continue;
            }

            if (i % 2 == 0)
            {
                Assert(person, FateStatus.Missing, ClashDay2021, _sources.FamilyReports2021, Credibility.ProbablyTrue, clashes, _places.Syunik,
                    locator: Entry(_sources.FamilyReports2021, "report"));
            }

            Assert(person, FateStatus.ReportedCaptured, ClashDay2021, _sources.DetainingSideList2021, Credibility.PossiblyTrue, clashes, _places.Syunik);
            Assert(person, FateStatus.CaptureConfirmed, RandomDay(new DateOnly(2021, 11, 18), new DateOnly(2021, 11, 30)),
                _sources.IcrcList2021, Credibility.Confirmed, clashes);
            if (i <= 10)
            {
                _returnedToArmenia2021.Add(person);
                continue;
            }

            Assert(person, FateStatus.Detained, PartialDate.OfMonth(2021, 12), _sources.DetainingSideReplies, Credibility.ProbablyTrue,
                place: _places.Baku, locator: Entry(_sources.DetainingSideReplies, "reply"));
            if (i > 24)
            {
                continue;
            }

            var trialMonth = 1 + _random.Next(6);
            Assert(person, FateStatus.OnTrial, PartialDate.OfMonth(2022, trialMonth), _sources.CourtRecords, Credibility.Confirmed,
                place: _places.Baku, locator: Entry(_sources.CourtRecords, "case file"));
            if (i <= 18)
            {
                Assert(person, FateStatus.Sentenced, PartialDate.OfMonth(2022, trialMonth + 1 + _random.Next(5)), _sources.CourtRecords,
                    Credibility.Confirmed, place: _places.Baku, locator: Entry(_sources.CourtRecords, "judgment"),
                    note: Years(4 + _random.Next(8)));
            }
        }
    }

    // The 14 people transferred to Azerbaijan on 14 December 2020: twelve servicemen and two civilians.
    private void AddAzerbaijanisReturned()
    {
        for (var i = 1; i <= 14; i++)
        {
            var civilian = i > 12;
            var service = civilian
                ? new Service(null, null, null, null, 1955, 1990, ServiceRole.Civilian, Pick(_places.Baku, _places.Ganja))
                : DrawService(ArmedForcesOfAzerbaijan, AzerbaijaniUnits, 2000, 2002, "AZ");
            var person = AddAzerbaijani(Key("person/az-returned", i), service,
                civilian ? _sources.FamilyReportsAzerbaijani : _sources.AzerbaijaniRosters, civilian ? "family report" : "unit roster",
                _sources.DetainingSideListAzerbaijanis, DetainingSideOrigin, _sources.IcrcList2020, "ICRC list");
            Assert(person, FateStatus.ReportedCaptured, RandomDay(new DateOnly(2020, 10, 1), new DateOnly(2020, 11, 9)),
                _sources.DetainingSideListAzerbaijanis, Credibility.PossiblyTrue, _incidents.War, Pick(_places.HadrutRegion, _places.Karabakh));
            Assert(person, FateStatus.CaptureConfirmed, RandomDay(new DateOnly(2020, 11, 20), new DateOnly(2020, 12, 10)),
                _sources.IcrcList2020, Credibility.Confirmed, _incidents.War);
            _returnedToAzerbaijan2020.Add(person);
        }
    }

    private void AddAzerbaijanisKilled2021()
    {
        for (var i = 1; i <= 7; i++)
        {
            var service = DrawService(ArmedForcesOfAzerbaijan, AzerbaijaniUnits, 2001, 2003, "AZ");
            var person = AddAzerbaijani(Key("person/az-killed-2021", i), service, _sources.AzerbaijaniRosters, "unit roster",
                _sources.CasualtiesAzerbaijani2021, "Russian-language casualty list", null, "English-language press");
            Assert(person, FateStatus.Deceased, ClashDay2021, _sources.CasualtiesAzerbaijani2021, Credibility.Confirmed, _incidents.Clashes2021);
        }
    }

    private void AddAzerbaijanisMissing()
    {
        for (var i = 1; i <= 12; i++)
        {
            var service = DrawService(ArmedForcesOfAzerbaijan, AzerbaijaniUnits, 2000, 2002, "AZ");
            var cyrillic = _random.Next(100) < 50;
            var person = AddAzerbaijani(Key("person/az-missing", i), service, _sources.FamilyReportsAzerbaijani, "family report",
                cyrillic ? _sources.PeacekeeperSearchList : null, cyrillic ? SearchListOrigin : null, null, "English-language press");
            var lost = RandomDay(new DateOnly(2020, 9, 27), new DateOnly(2020, 11, 9));
            Assert(person, FateStatus.Missing, lost, _sources.FamilyReportsAzerbaijani, Credibility.ProbablyTrue, _incidents.War,
                Pick(_places.Karabakh, _places.HadrutRegion, _places.Shushi), locator: Entry(_sources.FamilyReportsAzerbaijani, "report"));
            if (i <= 5)
            {
                var recovered = 1 + _random.Next(9);
                Assert(person, FateStatus.RemainsRecovered, PartialDate.OfMonth(2021, recovered), _sources.SearchReports,
                    Credibility.ProbablyTrue, _incidents.War);
                var identified = recovered + 2 + _random.Next(4);
                Assert(person, FateStatus.RemainsIdentified, PartialDate.OfMonth(identified > 12 ? 2022 : 2021, ((identified - 1) % 12) + 1),
                    _sources.ForensicReportsAzerbaijani, Credibility.Confirmed, note: "Identified by DNA.");
            }
            else if (i <= 7)
            {
                Assert(person, FateStatus.Deceased, Later(lost), _sources.FamilyReportsAzerbaijani, Credibility.PossiblyTrue,
                    _incidents.War, quote: "A comrade told the family he was killed in the fighting.");
            }
        }
    }

    private Person AddArmenian(string key, Sex sex, Service service, Source familySource, Source? cyrillicSource, string? cyrillicOrigin)
    {
        var civilian = service.Role == ServiceRole.Civilian;
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var (given, family) = DrawArmenianName(sex);
            var father = Common(ArmenianNames.MaleGiven);
            if (father == given)
            {
                continue;
            }

            var birth = DrawBirth(service.BornFrom, service.BornTo);
            var forms = new List<PersonName>
            {
                new(given.Latin, family.Latin, null, "family report", familySource.Id),
                civilian
                    ? new(given.Armenian, family.Armenian, father.ArmenianPatronymic, "village council list", _sources.VillageLists.Id)
                    : new(given.Armenian, family.Armenian, father.ArmenianPatronymic, "unit roster", _sources.ArmenianRosters.Id),
            };
            if (cyrillicSource is not null)
            {
                forms.Add(new(given.Cyrillic, family.Cyrillic, father.RussianPatronymic(sex), cyrillicOrigin, cyrillicSource.Id));
            }

            if (_random.Next(100) < 20)
            {
                var patronymic = _random.Next(100) < 50 ? father.LatinPatronymic : null;
                forms.Add(new(given.Latin, family.Variant, patronymic, "diaspora newspaper", _sources.DiasporaAppeal.Id));
            }

            if (!TryReserve(forms, birth))
            {
                continue;
            }

            if (sex == Sex.Male)
            {
                _armenianMenSoFar.Add((given, family));
            }

            return Register(key, forms, service, sex, birth, DemoParties.Armenian);
        }

        throw new InvalidOperationException($"No free name and birth date for {key}; widen the name tables.");
    }

    private Person AddAzerbaijani(
        string key,
        Service service,
        Source rosterSource,
        string rosterOrigin,
        Source? cyrillicSource,
        string? cyrillicOrigin,
        Source? englishSource,
        string englishOrigin)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var given = Common(AzerbaijaniNames.MaleGiven);
            var family = Common(AzerbaijaniNames.Family);
            var father = Common(AzerbaijaniNames.MaleGiven);
            if (father == given)
            {
                continue;
            }

            var birth = DrawBirth(service.BornFrom, service.BornTo);
            var forms = new List<PersonName> { new(given.Azerbaijani, family.Azerbaijani, father.Azerbaijani + " oğlu", rosterOrigin, rosterSource.Id) };
            if (cyrillicSource is not null)
            {
                forms.Add(new(given.Cyrillic, family.Cyrillic, father.Cyrillic + " оглы", cyrillicOrigin, cyrillicSource.Id));
            }

            forms.Add(new(given.English, family.English, null, englishOrigin, englishSource?.Id));
            if (TryReserve(forms, birth))
            {
                return Register(key, forms, service, Sex.Male, birth, DemoParties.Azerbaijani);
            }
        }

        throw new InvalidOperationException($"No free name and birth date for {key}; widen the name tables.");
    }

    private Person Register(string key, List<PersonName> forms, Service service, Sex sex, PartialDate birth, string side)
    {
        var details = new PersonDetails(sex, birth, service.BirthPlace?.Id, side, service.Role, service.Force, service.Rank, service.Unit, service.ServiceNumber);
        var person = new Person(DemoIds.For(key), forms[0], details, isInvented: true);
        foreach (var form in forms.Skip(1))
        {
            person.AddName(form);
        }

        _people.Add(person);
        return person;
    }

    // Common names come up more often, and one in twenty men takes the name of an earlier man:
    // namesakes with other birth dates and fathers are what linkage must tell apart.
    private (ArmenianGivenName Given, ArmenianFamilyName Family) DrawArmenianName(Sex sex)
    {
        if (sex == Sex.Male && _armenianMenSoFar.Count > 0 && _random.Next(20) == 0)
        {
            return _armenianMenSoFar[_random.Next(_armenianMenSoFar.Count)];
        }

        var given = sex == Sex.Female ? Common(ArmenianNames.FemaleGiven) : Common(ArmenianNames.MaleGiven);
        return (given, Common(ArmenianNames.Family));
    }

    // Half the draws are uniform, half favour the top of the table (which lists common names first).
    private T Common<T>(IReadOnlyList<T> table)
    {
        var index = _random.Next(table.Count);
        return table[_random.Next(2) == 0 ? index : Math.Min(index, _random.Next(table.Count))];
    }

    // Refuses a person who would share a written name and a birth date with someone already invented.
    private bool TryReserve(List<PersonName> forms, PartialDate birth)
    {
        var keys = forms.Select(f => f.FullName + "|" + birth).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Any(_takenNames.Contains))
        {
            return false;
        }

        _takenNames.UnionWith(keys);
        return true;
    }

    private Service DrawService(string force, string[] units, int conscriptsFrom, int conscriptsTo, string numberPrefix)
    {
        var roll = _random.Next(100);
        var (rank, from, to) = roll switch
        {
            < 7 => OfficerRanks[_random.Next(OfficerRanks.Length)],
            < 17 => SergeantRanks[_random.Next(SergeantRanks.Length)],
            _ => ("Private", conscriptsFrom, conscriptsTo),
        };
        var unit = units[_random.Next(units.Length)];
        var number = _random.Next(100) < 75
            ? string.Create(CultureInfo.InvariantCulture, $"DEMO-{numberPrefix}-{_random.Next(100_000, 1_000_000)}")
            : null;
        var birthPlace = _random.Next(100) >= 40 ? null
            : force switch
            {
                DefenceArmy => Pick(_places.Stepanakert, _places.Shushi, _places.Hadrut),
                ArmedForcesOfArmenia => Pick(_places.Yerevan, _places.Goris, _places.Kapan),
                _ => Pick(_places.Baku, _places.Ganja),
            };
        return new Service(force, rank, unit, number, from, to, ServiceRole.Soldier, birthPlace);
    }

    // Birth dates as lists give them: a full date, a year, or an estimated year.
    private PartialDate DrawBirth(int fromYear, int toYear)
    {
        var year = _random.Next(fromYear, toYear + 1);
        var roll = _random.Next(100);
        if (roll < 45)
        {
            var day = new DateOnly(year, 1, 1).AddDays(_random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
            return PartialDate.OfDay(day);
        }

        return roll < 85 ? PartialDate.OfYear(year) : PartialDate.OfYear(year).Approximately();
    }

    private PartialDate RandomDay(DateOnly from, DateOnly to) =>
        PartialDate.OfDay(from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1)));

    // "Dead by around a few days after he went missing": late enough that the report of death, not
    // the report of disappearance, is the current fate.
    private PartialDate Later(PartialDate lost) =>
        PartialDate.OfDay(lost.Latest.AddDays(2 + _random.Next(5))).Approximately();

    private Place Pick(params Place[] places) => places[_random.Next(places.Length)];

    // "row 17", "report 4", "clip 9": numbered in order within each source, like the rows of a list.
    private string Entry(Source source, string label = "row")
    {
        var next = _entries.GetValueOrDefault(source.Id) + 1;
        _entries[source.Id] = next;
        return string.Create(CultureInfo.InvariantCulture, $"{label} {next}");
    }

    private void Assert(
        Person person,
        FateStatus status,
        PartialDate asOf,
        Source source,
        Credibility credibility,
        Incident? incident = null,
        Place? place = null,
        string? locator = null,
        string? quote = null,
        string? note = null)
    {
        if (locator is null && quote is null)
        {
            locator = Entry(source);
        }

        var id = DemoIds.For(string.Create(CultureInfo.InvariantCulture, $"fate/{person.Id:N}/{person.FateAssertions.Count + 1}"));
        var evidence = new Evidence(source.Id, quote, locator, credibility);
        person.AssertFate(new FateAssertion(
            id, status, asOf, evidence, DemoCatalog.RecordedBy, DemoCatalog.RecordedAt, incident?.Id, place?.Id, note));
    }

    private static string Key(string group, int number) => string.Create(CultureInfo.InvariantCulture, $"{group}/{number}");

    private static string Years(int years) =>
        string.Create(CultureInfo.InvariantCulture, $"Sentenced to {years} years' imprisonment (invented).");

    private sealed record Service(
        string? Force,
        string? Rank,
        string? Unit,
        string? ServiceNumber,
        int BornFrom,
        int BornTo,
        ServiceRole Role,
        Place? BirthPlace);
}
