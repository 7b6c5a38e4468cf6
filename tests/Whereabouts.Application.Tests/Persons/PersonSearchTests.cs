using Whereabouts.Application.Persons;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Persons;

/// <summary>
/// Person search on the demo data, run against each provider by
/// <see cref="SqlitePersonSearchTests"/> and <see cref="PostgresPersonSearchTests"/>. Expected
/// answers are computed from the <see cref="Application.Demo.DemoCatalog"/>, so the tests do not depend on
/// which names the demo draws.
/// </summary>
public abstract class PersonSearchTests(DatabaseProvider provider, DemoRegistry registry) : IClassFixture<DemoRegistry>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IReadOnlyList<Person> People => registry.Catalog.People;

    [Theory]
    [InlineData("Harutyunyan")]
    [InlineData("Арутюнян")]
    [InlineData("Հարությունյան")]
    [InlineData("Harutiunian")]
    [InlineData("haroutunian")]
    public async Task RunAsync_FamilyNameInAnyScriptOrSpelling_FindsTheSamePeople(string spelling)
    {
        var expected = WithFamilyName("Harutyunyan");
        Assert.NotEmpty(expected);

        var found = await SearchAsync(new PersonSearchCriteria(Text: spelling, PageSize: 500));

        Assert.Equal(expected, Ids(found));
    }

    [Theory]
    [InlineData("Hüseynov", "Hüseynov")]
    [InlineData("Гусейнов", "Hüseynov")]
    [InlineData("Huseynov", "Hüseynov")]
    [InlineData("Алиев", "Əliyev")]
    [InlineData("Aliyev", "Əliyev")]
    [InlineData("Գրիգորյան", "Grigoryan")]
    [InlineData("Krikorian", "Grigoryan")]
    public async Task RunAsync_AzerbaijaniAndOtherArmenianNames_FindEveryoneOfThatFamilyName(string spelling, string familyName)
    {
        var expected = WithFamilyName(familyName);
        Assert.NotEmpty(expected);

        var found = await SearchAsync(new PersonSearchCriteria(Text: spelling, PageSize: 500));

        Assert.Superset(expected, Ids(found));
    }

    [Fact]
    public async Task RunAsync_GivenNameAndFamilyName_NarrowsToPeopleWithBoth()
    {
        var family = WithFamilyName("Harutyunyan");
        var given = People.Where(p => family.Contains(p.Id)).GroupBy(p => p.PrimaryName.GivenName!, StringComparer.Ordinal).OrderBy(g => g.Count()).First().Key;
        var withBoth = People.Where(p => family.Contains(p.Id) && p.Names.Any(n => n.GivenName == given)).Select(p => p.Id).ToHashSet();

        var found = Ids(await SearchAsync(new PersonSearchCriteria(Text: $"{given} Harutyunyan", PageSize: 500)));

        Assert.Superset(withBoth, found);
        Assert.Subset(family, found);
        Assert.True(found.Count < family.Count, $"'{given} Harutyunyan' found {found.Count} of the {family.Count} Harutyunyans.");
    }

    [Fact]
    public async Task RunAsync_WordsInDifferentScripts_FindTheSamePeopleAsInOne()
    {
        var person = People.First(p => p.PrimaryName.FamilyName == "Harutyunyan");
        var armenian = person.Names.First(n => n.Script == NameScript.Armenian);

        var latin = await SearchAsync(new PersonSearchCriteria(Text: $"{person.PrimaryName.GivenName} {person.PrimaryName.FamilyName}", PageSize: 500));
        var mixed = await SearchAsync(new PersonSearchCriteria(Text: $"{armenian.GivenName}, Harutiunian", PageSize: 500));

        Assert.Contains(person.Id, Ids(mixed));
        Assert.Equal(Ids(latin), Ids(mixed));
    }

    [Fact]
    public async Task RunAsync_WordOrder_DoesNotChangeTheAnswer()
    {
        var person = People.First(p => p.PrimaryName.FamilyName == "Harutyunyan");
        var given = person.PrimaryName.GivenName!;

        var givenFirst = await SearchAsync(new PersonSearchCriteria(Text: $"{given} Harutyunyan", PageSize: 500));
        var familyFirst = await SearchAsync(new PersonSearchCriteria(Text: $"Harutyunyan {given}", PageSize: 500));

        Assert.Contains(person.Id, Ids(givenFirst));
        Assert.Equal(givenFirst.Total, familyFirst.Total);
        Assert.Equal(givenFirst.Items.Select(i => i.Id), familyFirst.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task RunAsync_NameSearchInPages_CoversEveryMatchOnceInNameOrder()
    {
        var all = await SearchAsync(new PersonSearchCriteria(Text: "Harut", PageSize: 500));
        Assert.True(all.Total > 4, $"the demo should hold more than 4 Harutyunyans, found {all.Total}");

        var paged = new List<PersonListItem>();
        for (var page = 1; page <= (all.Total + 3) / 4; page++)
        {
            var result = await SearchAsync(new PersonSearchCriteria(Text: "Harut", Page: page, PageSize: 4));
            Assert.Equal(all.Total, result.Total);
            paged.AddRange(result.Items);
        }

        Assert.Equal(all.Items.Select(i => i.Id), paged.Select(i => i.Id));
        Assert.Equal(all.Total, paged.Select(i => i.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("Harut", "Harutyunyan")]
    [InlineData("Арут", "Harutyunyan")]
    [InlineData("Ghaz", "Ghazaryan")]
    [InlineData("Grigor", "Grigoryan")]
    public async Task RunAsync_StartOfAFamilyName_FindsEveryoneWithIt(string prefix, string familyName)
    {
        var expected = WithFamilyName(familyName);
        Assert.NotEmpty(expected);

        var found = await SearchAsync(new PersonSearchCriteria(Text: prefix, PageSize: 500));

        Assert.Superset(expected, Ids(found));
    }

    [Fact]
    public async Task RunAsync_NameNobodyHas_FindsNobody()
    {
        var found = await SearchAsync(new PersonSearchCriteria(Text: "Qwxzqwxz"));

        Assert.Equal(0, found.Total);
        Assert.Empty(found.Items);
    }

    [Theory]
    [InlineData(FateStatus.Repatriated, "armenian")]
    [InlineData(FateStatus.Repatriated, "azerbaijani")]
    [InlineData(FateStatus.Missing, "armenian")]
    [InlineData(FateStatus.Deceased, "azerbaijani")]
    public async Task RunAsync_FateAndSide_FindsExactlyThePeopleWithBoth(FateStatus fate, string? side)
    {
        var expected = People.Where(p => p.Fate.Status == fate && p.Side == side).Select(p => p.Id).ToHashSet();
        Assert.NotEmpty(expected);

        var found = await SearchAsync(new PersonSearchCriteria(Fate: fate, Side: side, PageSize: 500));

        Assert.Equal(expected, Ids(found));
        Assert.All(found.Items, item => Assert.Equal((fate, side), (item.Fate!.Value, item.Side)));
    }

    [Fact]
    public async Task RunAsync_Incident_FindsThePeopleWithAnAssertionAboutIt()
    {
        foreach (var incident in registry.Catalog.Incidents)
        {
            var expected = People.Where(p => p.FateAssertions.Any(a => a.IncidentId == incident.Id)).Select(p => p.Id).ToHashSet();

            var found = await SearchAsync(new PersonSearchCriteria(IncidentId: incident.Id, PageSize: 500));

            Assert.Equal(expected, Ids(found));
        }
    }

    [Fact]
    public async Task RunAsync_NameAndFate_AppliesBoth()
    {
        var expected = People.Where(p => WithFamilyName("Harutyunyan").Contains(p.Id) && p.Fate.Status == FateStatus.Repatriated).Select(p => p.Id).ToHashSet();

        var found = await SearchAsync(new PersonSearchCriteria(Text: "Арутюнян", Fate: FateStatus.Repatriated, PageSize: 500));

        Assert.Equal(expected, Ids(found));
    }

    [Fact]
    public async Task RunAsync_PagesOfTwentyFive_CoverEveryoneOnceWithTheSameTotal()
    {
        var seen = new List<Guid>();
        var first = await SearchAsync(new PersonSearchCriteria(Page: 1, PageSize: 25));
        for (var page = 1; page <= first.PageCount; page++)
        {
            var result = await SearchAsync(new PersonSearchCriteria(Page: page, PageSize: 25));
            Assert.Equal(People.Count, result.Total);
            Assert.Equal(page < first.PageCount, result.HasNext);
            Assert.Equal(page > 1, result.HasPrevious);
            seen.AddRange(result.Items.Select(i => i.Id));
        }

        Assert.Equal((People.Count + 24) / 25, first.PageCount);
        Assert.Equal(People.Count, seen.Count);
        Assert.Equal(People.Select(p => p.Id).ToHashSet(), seen.ToHashSet());
    }

    [Fact]
    public async Task RunAsync_PageAfterTheLast_IsEmptyWithTheTotal()
    {
        var found = await SearchAsync(new PersonSearchCriteria(Page: 1000, PageSize: 50));

        Assert.Empty(found.Items);
        Assert.Equal(People.Count, found.Total);
    }

    [Fact]
    public async Task RunAsync_PageSizeOutOfRange_IsClamped()
    {
        var found = await SearchAsync(new PersonSearchCriteria(Page: 0, PageSize: 100_000));

        Assert.Equal(1, found.Page);
        Assert.Equal(500, found.PageSize);
    }

    [Fact]
    public async Task RunAsync_PersonsId_FindsThatPersonOnly()
    {
        var person = People[People.Count / 2];

        var plain = await SearchAsync(new PersonSearchCriteria(Text: person.Id.ToString()));
        var braced = await SearchAsync(new PersonSearchCriteria(Text: $" {person.Id.ToString("B").ToUpperInvariant()} "));

        var item = Assert.Single(plain.Items);
        Assert.Equal(person.Id, item.Id);
        Assert.Equal(person.PrimaryName.FullName, item.DisplayName);
        Assert.True(item.IsInvented);
        Assert.Equal(person.Id, Assert.Single(braced.Items).Id);
    }

    private HashSet<Guid> WithFamilyName(string latin) =>
        People.Where(p => string.Equals(p.PrimaryName.FamilyName, latin, StringComparison.Ordinal)).Select(p => p.Id).ToHashSet();

    private static HashSet<Guid> Ids(Application.Common.PagedList<PersonListItem> page)
    {
        Assert.True(page.Total <= page.PageSize, $"{page.Total} people found, more than one page of {page.PageSize}.");
        return page.Items.Select(i => i.Id).ToHashSet();
    }

    private async Task<Application.Common.PagedList<PersonListItem>> SearchAsync(PersonSearchCriteria criteria)
    {
        var database = await registry.DatabaseAsync(provider);
        return await new PersonSearch(database.Database).RunAsync(criteria, Cancel);
    }
}
