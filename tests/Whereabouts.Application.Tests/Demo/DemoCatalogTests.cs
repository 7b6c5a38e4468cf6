using Whereabouts.Application.Demo;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Demo;

public sealed class DemoCatalogTests
{
    private static readonly DemoCatalog Catalog = DemoCatalog.Build();

    private static readonly DateOnly RecordedOn = DateOnly.FromDateTime(DemoCatalog.RecordedAt.UtcDateTime);

    [Fact]
    public void Build_TwoCalls_GiveEqualIdsAndContent()
    {
        var first = DemoCatalog.Build();
        var second = DemoCatalog.Build();

        Assert.Equal(first.People.Select(p => p.Id), second.People.Select(p => p.Id));
        Assert.Equal(first.Sources.Select(s => s.Id), second.Sources.Select(s => s.Id));
        Assert.Equal(CatalogText.Describe(first), CatalogText.Describe(second));
    }

    [Fact]
    public void Build_AllRecords_HaveDistinctIds()
    {
        var ids = Catalog.Places.Select(p => p.Id)
            .Concat(Catalog.Incidents.Select(i => i.Id))
            .Concat(Catalog.Sources.Select(s => s.Id))
            .Concat(Catalog.Claims.Select(c => c.Id))
            .Concat(Catalog.People.Select(p => p.Id))
            .Concat(Catalog.People.SelectMany(p => p.FateAssertions).Select(a => a.Id))
            .ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Build_People_AreBetween180And220AllInvented()
    {
        Assert.InRange(Catalog.People.Count, 180, 220);
        Assert.All(Catalog.People, p => Assert.True(p.IsInvented));
    }

    [Fact]
    public void Build_ArmenianPeople_HaveNameFormsInAtLeastTwoScripts()
    {
        var armenians = Catalog.People.Where(p => p.Side == "armenian").ToList();

        Assert.NotEmpty(armenians);
        Assert.All(armenians, p => Assert.True(p.Names.Select(n => n.Script).Distinct().Count() >= 2, p.PrimaryName.FullName));
        Assert.All(armenians, p => Assert.Contains(p.Names, n => n.Script == NameScript.Armenian));
    }

    [Fact]
    public void Build_Catalogue_UsesAllThreeScripts()
    {
        var personScripts = Catalog.People.SelectMany(p => p.Names).Select(n => n.Script).ToHashSet();
        var placeScripts = Catalog.Places.SelectMany(p => p.Names).Select(n => n.Script).ToHashSet();

        Assert.Equal(3, personScripts.Count);
        Assert.Equal(3, placeScripts.Count);
    }

    [Fact]
    public void Build_EveryReference_PointsIntoTheCatalogue()
    {
        var sources = Catalog.Sources.Select(s => s.Id).ToHashSet();
        var incidents = Catalog.Incidents.Select(i => i.Id).ToHashSet();
        var places = Catalog.Places.Select(p => p.Id).ToHashSet();
        var assertions = Catalog.People.SelectMany(p => p.FateAssertions).ToList();

        Assert.All(assertions, a => Assert.Contains(a.Evidence.SourceId, sources));
        Assert.All(assertions.Where(a => a.IncidentId is not null), a => Assert.Contains(a.IncidentId!.Value, incidents));
        Assert.All(assertions.Where(a => a.PlaceId is not null), a => Assert.Contains(a.PlaceId!.Value, places));
        Assert.All(Catalog.People.SelectMany(p => p.Names).Where(n => n.SourceId is not null), n => Assert.Contains(n.SourceId!.Value, sources));
        Assert.All(Catalog.People.Where(p => p.BirthPlaceId is not null), p => Assert.Contains(p.BirthPlaceId!.Value, places));
        Assert.All(Catalog.Claims, c => Assert.Contains(c.SourceId, sources));
        Assert.All(Catalog.Claims.Where(c => c.IncidentId is not null), c => Assert.Contains(c.IncidentId!.Value, incidents));
        Assert.All(Catalog.Claims.Where(c => c.PlaceId is not null), c => Assert.Contains(c.PlaceId!.Value, places));
        Assert.All(Catalog.Incidents.SelectMany(i => i.PlaceIds), id => Assert.Contains(id, places));
        Assert.All(Catalog.Places.Where(p => p.ParentId is not null), p => Assert.Contains(p.ParentId!.Value, places));
    }

    [Fact]
    public void Build_ExchangeOf14December2020_Returns44ArmeniansAnd14Azerbaijanis()
    {
        var returned = RepatriatedOn(PartialDate.OfDay(2020, 12, 14));

        Assert.Equal(44, returned.Count(p => p.Side == "armenian"));
        Assert.Equal(14, returned.Count(p => p.Side == "azerbaijani"));
        Assert.Equal(58, returned.Count);
    }

    [Fact]
    public void Build_ExchangeOf4December2021_Returns10()
    {
        var returned = RepatriatedOn(PartialDate.OfDay(2021, 12, 4));

        Assert.Equal(10, returned.Count);
        Assert.All(returned, p => Assert.Equal("armenian", p.Side));
    }

    [Fact]
    public void Build_ClashesOf16November2021_Kill6ArmeniansAnd7Azerbaijanis()
    {
        var killed = Catalog.People
            .Where(p => p.FateAssertions.Any(a => a.Status == FateStatus.Deceased && a.AsOf == PartialDate.OfDay(2021, 11, 16)))
            .ToList();

        Assert.Equal(6, killed.Count(p => p.Side == "armenian"));
        Assert.Equal(7, killed.Count(p => p.Side == "azerbaijani"));
    }

    [Fact]
    public void Build_People_IncludeAtLeastThreeContested()
    {
        Assert.True(Catalog.People.Count(p => p.Fate.IsContested) >= 3);
    }

    [Fact]
    public void Build_HinTagherGroup_HasEveryKindOfOutcome()
    {
        var hadrut = Catalog.Incidents.Single(i => i.Name.Contains("Hin Tagher", StringComparison.Ordinal)).Id;
        var group = Catalog.People
            .Where(p => p.FateAssertions.Any(a => a.IncidentId == hadrut && a.Status == FateStatus.Missing))
            .ToList();
        var current = group.Select(p => p.Fate.Status).ToHashSet();

        Assert.InRange(group.Count, 55, 70);
        Assert.Contains(FateStatus.Missing, current);
        Assert.Contains(FateStatus.Detained, current);
        Assert.Contains(FateStatus.Sentenced, current);
        Assert.Contains(FateStatus.RemainsIdentified, current);
        Assert.Contains(FateStatus.FoundAlive, current);
        Assert.Contains(group, p => p.Fate.IsContested);
    }

    [Fact]
    public void Build_Claims_IncludeTheDocumentedFigures()
    {
        var claims = Catalog.Claims;

        Assert.Contains(claims, c => c.Count == 171 && c.Status == ClaimStatus.Denied && c.Category == CountCategory.Missing);
        Assert.Contains(claims, c => c.Count == 73 && c.Qualifier == CountQualifier.Exact && c.Category == CountCategory.Missing);
        Assert.Contains(claims, c => c.Count == 60 && c.Qualifier == CountQualifier.About && c.Category == CountCategory.Missing);
        Assert.Contains(claims, c => c.Count is null && c.Qualifier == CountQualifier.Vague && c.Category == CountCategory.Captured);
        Assert.Contains(claims, c => c is { Count: 40, CountMax: 140, Qualifier: CountQualifier.Range, Category: CountCategory.Held });
        Assert.Contains(claims, c => c.Count == 44 && c.Category == CountCategory.Released && c.Side == "armenian");
        Assert.Contains(claims, c => c.Count == 14 && c.Category == CountCategory.Released && c.Side == "azerbaijani");
        Assert.Contains(claims, c => c.Count == 10 && c.Category == CountCategory.Released);
    }

    [Fact]
    public void Build_DeniedAndUnknownFigures_ComeFromTheSameMinistrySource()
    {
        var denied = Catalog.Claims.Single(c => c.Count == 171);
        var unknown = Catalog.Claims.Single(c => c.Count == 73);

        Assert.Equal(denied.SourceId, unknown.SourceId);
        Assert.Equal(denied.ClaimedBy, unknown.ClaimedBy);
        Assert.Equal(ClaimScope.Incident, denied.Scope);
    }

    [Fact]
    public void Build_People_NeverShareANameFormAndABirthDate()
    {
        var clashes = Catalog.People
            .SelectMany(p => p.Names.Select(n => (p.Id, Key: n.FullName + "|" + p.BirthDate)))
            .Distinct()
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();

        Assert.Empty(clashes);
    }

    [Fact]
    public void Build_People_IncludeNamesakesWithDifferentBirthDates()
    {
        var namesakes = Catalog.People
            .GroupBy(p => p.PrimaryName.FullName, StringComparer.Ordinal)
            .Count(g => g.Count() > 1);

        Assert.True(namesakes >= 3, $"{namesakes} shared names");
    }

    [Fact]
    public void Build_Sources_HaveNoAddressesAndSayWhatTheyAre()
    {
        Assert.All(Catalog.Sources, s => Assert.Null(s.Url));
        Assert.All(Catalog.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Notes)));
        var cited = Catalog.People.SelectMany(p => p.FateAssertions).Select(a => a.Evidence.SourceId).ToHashSet();
        Assert.All(
            Catalog.Sources.Where(s => cited.Contains(s.Id)),
            s => Assert.Contains("invented", s.Title + " " + s.Notes, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Build_FateHistories_AreDatedAfterBirthAndBeforeRecording()
    {
        foreach (var person in Catalog.People)
        {
            Assert.NotEmpty(person.FateAssertions);
            foreach (var assertion in person.FateAssertions)
            {
                if (person.BirthDate is { } birth)
                {
                    Assert.True(birth.IsDefinitelyBefore(assertion.AsOf), $"{person.PrimaryName} born {birth}, {assertion.Status} {assertion.AsOf}");
                }

                Assert.True(assertion.AsOf.Latest <= RecordedOn);
                Assert.Equal(DemoCatalog.RecordedAt, assertion.RecordedAt);
                Assert.Equal(DemoCatalog.RecordedBy, assertion.RecordedBy);
            }
        }
    }

    [Fact]
    public void Build_Gazetteer_KnowsKhtsabertUnderEveryName()
    {
        var place = Catalog.Places.Single(p => p.IsCalled("Khtsaberd"));

        Assert.True(place.IsCalled("Khtsabert"));
        Assert.True(place.IsCalled("Խծաբերդ"));
        Assert.True(place.IsCalled("Хцаберд"));
        Assert.True(place.IsCalled("Çaylaqqala"));
    }

    private static List<Person> RepatriatedOn(PartialDate day) =>
        Catalog.People
            .Where(p => p.FateAssertions.Any(a => a.Status == FateStatus.Repatriated && a.AsOf == day))
            .ToList();
}
