using Whereabouts.Application.Common;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Persons;

/// <summary>
/// What the search does where the demo registry is too small to show it, on a fresh database run
/// on SQLite by <see cref="SqlitePersonSearchScaleTests"/> and on PostgreSQL by
/// <see cref="PostgresPersonSearchScaleTests"/>: a name one letter off in any script, and totals of
/// a name too common to count. Everyone here is invented.
/// </summary>
public abstract class PersonSearchScaleTests(DatabaseProvider provider) : IAsyncLifetime
{
    // More than the search counts exactly (2,000 key rows), so its totals are estimates.
    private const int Common = 2_100;

    private TestDatabase _db = null!;
    private Person _harutyunyan = null!;
    private Person _harutunan = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        _harutyunyan = Invented("Arayik", "Harutyunyan");
        _harutyunyan.AddName(new PersonName("Араик", "Арутюнян", origin: "invented list"));
        _harutyunyan.AddName(new PersonName("Արայիկ", "Հարությունյան", origin: "invented list"));
        _harutunan = Invented("Levon", "Harutunan");
        var people = new List<Person> { _harutyunyan, _harutunan };
        for (var i = 0; i < Common; i++)
        {
            people.Add(Invented(i % 2 == 0 ? "Davit" : "Aram", "Grigoryan", i % 3 == 0 ? null : "armenian"));
        }

        foreach (var batch in people.Chunk(300))
        {
            await using var context = _db.NewContext();
            context.People.AddRange(batch);
            await context.SaveChangesAsync(Cancel);
        }
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await _db.DisposeAsync();
    }

    [Theory]
    [InlineData("Harutyunan")]
    [InlineData("Арутюнан")]
    [InlineData("Հարությունան")]
    public async Task RunAsync_OneLetterDropped_FindsThePersonBelowTheExactMatchAndSaysWhy(string typed)
    {
        var found = await SearchAsync(new PersonSearchCriteria(typed));

        // Harutunan is what was typed (as the keys read it); Harutyunyan is one letter away.
        Assert.Equal([_harutunan.Id, _harutyunyan.Id], found.Items.Select(i => i.Id));
        Assert.False(found.Items[0].IsNearMatch);
        Assert.Equal([typed], found.Items[1].NearSpellingOf!);
        Assert.Equal(2, found.Total);
        Assert.False(found.TotalIsEstimate);
    }

    [Theory]
    [InlineData("Harutyunyab")]
    [InlineData("Hartuyunyan")]
    [InlineData("Harutyunyank")]
    [InlineData("Арутюнсн")]
    [InlineData("Հարությունյսն")]
    public async Task RunAsync_OneLetterChangedSwappedOrAdded_StillFindsThePerson(string typed)
    {
        var found = await SearchAsync(new PersonSearchCriteria(typed));

        var item = Assert.Single(found.Items, i => i.Id == _harutyunyan.Id);
        Assert.Equal([typed], item.NearSpellingOf!);
    }

    [Fact]
    public async Task RunAsync_NearSpellingsOff_FindsOnlyTheNameAsSpelled()
    {
        var found = await SearchAsync(new PersonSearchCriteria("Harutyunan", NearSpellings: false));

        Assert.Equal([_harutunan.Id], found.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task RunAsync_GivenNameRightAndFamilyNameOneLetterOff_NamesOnlyTheNearWord()
    {
        var found = await SearchAsync(new PersonSearchCriteria("Arayik Harutyunyab"));

        var item = Assert.Single(found.Items);
        Assert.Equal(_harutyunyan.Id, item.Id);
        Assert.Equal(["Harutyunyab"], item.NearSpellingOf!);
    }

    [Fact]
    public async Task RunAsync_NameTooCommonToCount_TotalIsAnEstimateCloseToTheTruth()
    {
        var found = await SearchAsync(new PersonSearchCriteria("Grigoryan", PageSize: 50));

        Assert.True(found.TotalIsEstimate);
        Assert.InRange(found.Total, Common * 0.95, Common * 1.05);
        Assert.Equal(50, found.Items.Count);
        Assert.DoesNotContain(found.Items, i => i.IsNearMatch);
    }

    [Fact]
    public async Task RunAsync_TwoWordsOfACommonName_CountsTheRarerExactly()
    {
        var found = await SearchAsync(new PersonSearchCriteria("Davit Grigoryan", PageSize: 20));

        Assert.False(found.TotalIsEstimate);
        Assert.Equal(Common / 2, found.Total);
        Assert.All(found.Items, i => Assert.StartsWith("Davit ", i.DisplayName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_CommonNameAndAFilter_EstimateIsNearTheTrueShare()
    {
        var found = await SearchAsync(new PersonSearchCriteria("Grigoryan", Side: "unknown", PageSize: 20));

        // A third of the Grigoryans have no recorded party; a sample of 1,000 rows puts the
        // estimate within a few percent (the bound is many standard errors wide).
        Assert.True(found.TotalIsEstimate);
        Assert.InRange(found.Total, Common / 3 * 0.8, Common / 3 * 1.2);
        Assert.Equal(20, found.Items.Count);
        Assert.All(found.Items, i => Assert.Null(i.Side));
    }

    [Fact]
    public async Task RunAsync_CommonNameInPages_CoversEveryoneOnceInNameOrder()
    {
        var seen = new List<PersonListItem>();
        for (var page = 1; page <= 5; page++)
        {
            seen.AddRange((await SearchAsync(new PersonSearchCriteria("Grigoryan", Page: page, PageSize: 500))).Items);
        }

        Assert.Equal(Common, seen.Count);
        Assert.Equal(Common, seen.Select(i => i.Id).Distinct().Count());

        // Aram Grigoryan sorts before Davit Grigoryan.
        var firstDavit = seen.FindIndex(i => i.DisplayName.StartsWith("Davit ", StringComparison.Ordinal));
        Assert.Equal(Common / 2, firstDavit);
    }

    private static Person Invented(string given, string family, string? side = "armenian") =>
        new(Guid.NewGuid(), new PersonName(given, family, origin: "invented list"), new PersonDetails(Sex.Male, Side: side), isInvented: true);

    private async Task<PagedList<PersonListItem>> SearchAsync(PersonSearchCriteria criteria) =>
        await new PersonSearch(_db.Database).RunAsync(criteria, Cancel);
}
