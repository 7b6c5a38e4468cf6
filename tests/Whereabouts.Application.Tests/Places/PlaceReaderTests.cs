using Whereabouts.Application.Demo;
using Whereabouts.Application.Places;
using Whereabouts.Application.Tests.Sources;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Places;

public sealed class PlaceReaderTests(DemoRegistry registry) : IClassFixture<DemoRegistry>
{
    private static readonly Guid Khtsabert = DemoIds.For("place/khtsabert");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private PlaceReader Reader => new(registry.Database);

    [Fact]
    public async Task ListAsync_NoFilter_ListsTheWholeGazetteerByName()
    {
        var page = await Reader.ListAsync(null, 1, 500, Cancel);

        Assert.Equal(registry.Catalog.Places.Count, page.Total);
        Assert.Equal("Armenia", page.Items[0].PrimaryName.Text);
    }

    [Theory]
    [InlineData("Хцаберд")]
    [InlineData("khtsaberd")]
    [InlineData("Խծաբերդ")]
    [InlineData("ÇAYLAQQALA")]
    public async Task ListAsync_AnySpellingInAnyScript_FindsThePlace(string text)
    {
        var page = await Reader.ListAsync(text, null, null, Cancel);

        Assert.Contains(page.Items, p => p.Id == Khtsabert);
    }

    [Fact]
    public async Task ListAsync_UpperCaseAzerbaijaniWithDottedCapitalI_FindsStepanakert()
    {
        var page = await Reader.ListAsync("XANKƏNDİ", null, null, Cancel);

        Assert.Equal("Stepanakert", Assert.Single(page.Items).PrimaryName.Text);
    }

    [Fact]
    public async Task ListAsync_LatinReadingOfACyrillicName_FindsThePlace()
    {
        // Only the Russian name Гадрут reads "gadrut"; no Latin name of Hadrut is spelled so.
        var page = await Reader.ListAsync("Gadrut", null, null, Cancel);

        Assert.Contains(page.Items, p => p.Id == DemoIds.For("place/hadrut"));
    }

    [Fact]
    public async Task DossierAsync_Khtsabert_HasEveryNameTheParentAndTheIncidentsThere()
    {
        var dossier = await Reader.DossierAsync(Khtsabert, Cancel);

        Assert.NotNull(dossier);
        Assert.Equal(["Khtsabert", "Khtsaberd", "Խծաբերդ", "Хцаберд", "Çaylaqqala"], dossier.Place.Names.Select(n => n.Text));
        Assert.Equal([NameScript.Latin, NameScript.Latin, NameScript.Armenian, NameScript.Cyrillic, NameScript.Latin], dossier.Place.Names.Select(n => n.Script));
        Assert.Equal("Hadrut region", dossier.Place.Parent?.Name);
        Assert.NotNull(dossier.Place.Coordinates);
        Assert.Contains(dossier.Incidents, i => i.Name == "Fighting at Hin Tagher and Khtsabert");
    }

    [Fact]
    public async Task DossierAsync_Region_ListsThePlacesWithinIt()
    {
        var dossier = await Reader.DossierAsync(DemoIds.For("place/hadrut-region"), Cancel);

        Assert.NotNull(dossier);
        Assert.Equal(["Hadrut", "Hin Tagher", "Khtsabert"], dossier.Children.Select(c => c.Name));
    }

    [Fact]
    public async Task DossierAsync_PlaceWithAClaim_ListsTheClaim()
    {
        var village = DemoIds.For("place/hin-tagher");
        await using (var context = registry.NewContext())
        {
            context.CountClaims.Add(new CountClaim(
                Guid.NewGuid(),
                new CountClaimDetails(DemoIds.For("source/peacekeeper-maps-hadrut"), 12, null, CountQualifier.AtLeast, CountCategory.Missing, "armenian", null, village, PartialDate.OfMonth(2020, 12), ClaimStatus.Rumour, null, "A test claim about the village."),
                "test",
                DateTimeOffset.UtcNow));
            await context.SaveChangesAsync(Cancel);
        }

        var dossier = await Reader.DossierAsync(village, Cancel);
        var claims = await Reader.ClaimsAsync(village, Cancel);

        var claim = Assert.Single(dossier!.Claims);
        Assert.Equal("Hin Tagher", claim.PlaceName);
        Assert.Equal(claim, Assert.Single(claims!));
    }

    [Fact]
    public async Task ChoicesAsync_Gazetteer_NamesEveryPlaceOnce()
    {
        var choices = await Reader.ChoicesAsync(Cancel);

        Assert.Equal(registry.Catalog.Places.Select(p => p.Id).Order(), choices.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task DossierAndClaims_UnknownId_AreNull()
    {
        Assert.Null(await Reader.DossierAsync(Guid.NewGuid(), Cancel));
        Assert.Null(await Reader.ClaimsAsync(Guid.NewGuid(), Cancel));
        Assert.Null(await Reader.FindAsync(Guid.NewGuid(), Cancel));
    }
}
