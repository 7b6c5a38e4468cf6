using Whereabouts.Application.Demo;
using Whereabouts.Application.Incidents;
using Whereabouts.Application.Tests.Sources;

namespace Whereabouts.Application.Tests.Incidents;

public sealed class IncidentReaderTests(DemoRegistry registry) : IClassFixture<DemoRegistry>
{
    private static readonly Guid HinTagherFighting = DemoIds.For("incident/hin-tagher-khtsabert");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IncidentReader Reader => new(registry.Database);

    [Fact]
    public async Task ListAsync_NoFilter_ListsEveryDemoIncidentLatestFirst()
    {
        var page = await Reader.ListAsync(null, null, null, Cancel);

        Assert.Equal(registry.Catalog.Incidents.Count, page.Total);
        var starts = page.Items.Select(i => i.StartedOn).ToList();
        Assert.Equal(starts.OrderDescending(), starts);
    }

    [Fact]
    public async Task ListAsync_PartOfTheNameInLowerCase_FindsTheIncidentWithItsPlaces()
    {
        var page = await Reader.ListAsync("khtsabert", null, null, Cancel);

        var found = Assert.Single(page.Items);
        Assert.Equal(HinTagherFighting, found.Id);
        Assert.Contains(found.Places, p => p.Name == "Khtsabert");
    }

    [Fact]
    public async Task DossierAsync_HinTagherFighting_HasPlacesPartiesClaimsAndPeople()
    {
        var expectedPeople = registry.Catalog.People.Count(p => p.FateAssertions.Any(a => a.IncidentId == HinTagherFighting));

        var dossier = await Reader.DossierAsync(HinTagherFighting, Cancel);

        Assert.NotNull(dossier);
        Assert.Equal(["Hin Tagher", "Khtsabert", "Hadrut region"], dossier.Incident.Places.Select(p => p.Name));
        Assert.Contains("Russian peacekeepers", dossier.Incident.Parties);
        Assert.Contains(dossier.Claims, c => c.Count == 171);
        Assert.Contains(dossier.Claims, c => c.Count == 60);
        Assert.True(expectedPeople > 0);
        Assert.Equal(expectedPeople, dossier.PeopleCount);
    }

    [Fact]
    public async Task DossierAndClaims_UnknownId_AreNull()
    {
        Assert.Null(await Reader.DossierAsync(Guid.NewGuid(), Cancel));
        Assert.Null(await Reader.ClaimsAsync(Guid.NewGuid(), Cancel));
        Assert.Null(await Reader.FindAsync(Guid.NewGuid(), Cancel));
    }

    [Fact]
    public async Task ClaimsAsync_Exchange_ListsBothDirections()
    {
        var claims = await Reader.ClaimsAsync(DemoIds.For("incident/exchange-2020-12-14"), Cancel);

        Assert.NotNull(claims);
        Assert.Equal([14, 44], claims.Select(c => c.Count ?? 0).Order());
    }
}
