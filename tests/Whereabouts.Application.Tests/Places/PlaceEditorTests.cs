using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Places;
using Whereabouts.Application.Tests.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Places;

public sealed class PlaceEditorTests(DemoRegistry registry) : IClassFixture<DemoRegistry>
{
    private static readonly Guid HadrutRegion = DemoIds.For("place/hadrut-region");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_NamesInThreeScripts_SavesThemWithScriptsAndAuditsTheActor()
    {
        var input = new PlaceInput("Village", [new("Tagavard", "hy"), new("Տաղավարդ", "HY"), new("Тагавард", "ru")], 39.6, 46.9, HadrutRegion);

        var saved = await Editor("erin").CreateAsync(input, Cancel);

        Assert.Equal([NameScript.Latin, NameScript.Armenian, NameScript.Cyrillic], saved.Names.Select(n => n.Script));
        Assert.Equal("hy", saved.Names[1].Language);
        Assert.Equal(new Coordinates(39.6, 46.9), saved.Coordinates);
        Assert.Equal("Hadrut region", saved.Parent?.Name);
        await using var context = registry.NewContext();
        var audit = await context.AuditEntries.SingleAsync(e => e.SubjectId == saved.Id.ToString() && e.EntityType == "Place", Cancel);
        Assert.Equal("erin", audit.Actor);
    }

    [Fact]
    public async Task CreateAsync_NoNames_IsRefusedUnderNamesAndSavesNothing()
    {
        var before = await CountAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Editor().CreateAsync(new PlaceInput("Village", []), Cancel));

        Assert.Equal(["names"], error.Errors.Keys);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("Xocavənd", "azerbaijani")]
    [InlineData("Ruined 東 fort", null)]
    [InlineData(" ", "hy")]
    public async Task CreateAsync_BadName_IsRefusedUnderNames(string text, string? language)
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Editor().CreateAsync(new PlaceInput("Village", [new("Valid", "en"), new(text, language)]), Cancel));

        Assert.Equal(["names"], error.Errors.Keys);
    }

    [Theory]
    [InlineData(91.0, 46.0, "latitude")]
    [InlineData(39.0, -180.5, "longitude")]
    [InlineData(39.0, null, "longitude")]
    [InlineData(null, 46.0, "latitude")]
    [InlineData(double.NaN, 46.0, "latitude")]
    public async Task CreateAsync_BadPosition_IsRefusedUnderTheWrongCoordinate(double? latitude, double? longitude, string field)
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Editor().CreateAsync(new PlaceInput("Village", [new("Somewhere")], latitude, longitude), Cancel));

        Assert.Equal([field], error.Errors.Keys);
    }

    [Fact]
    public async Task CreateAsync_UnknownParent_IsRefusedUnderParentId()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Editor().CreateAsync(new PlaceInput("Village", [new("Somewhere")], ParentId: Guid.NewGuid()), Cancel));

        Assert.Equal(["parentId"], error.Errors.Keys);
    }

    [Fact]
    public async Task ReviseAsync_NewName_IsAddedAfterTheOthersAndTheVersionGoesUp()
    {
        var created = await Editor().CreateAsync(new PlaceInput("Village", [new("Mets Tagher", "hy")]), Cancel);

        var revised = await Editor().ReviseAsync(created.Id, created.Version, new PlaceInput("Village", [new("Böyük Tağlar", "az"), new("Mets Tagher", "hy")], 39.5, 47.0), Cancel);

        Assert.NotNull(revised);
        Assert.Equal(["Mets Tagher", "Böyük Tağlar"], revised.Names.Select(n => n.Text));
        Assert.Equal(created.Version + 1, revised.Version);
    }

    [Fact]
    public async Task ReviseAsync_LeavingANameOut_IsRefused()
    {
        var created = await Editor().CreateAsync(new PlaceInput("Village", [new("Keep me"), new("And me")]), Cancel);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Editor().ReviseAsync(created.Id, created.Version, new PlaceInput("Village", [new("Keep me")]), Cancel));

        Assert.Contains("And me", Assert.Single(error.Errors["names"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviseAsync_ParentThatLiesWithinThePlace_IsRefused()
    {
        var region = await Editor().CreateAsync(new PlaceInput("Region", [new("Test region")]), Cancel);
        var village = await Editor().CreateAsync(new PlaceInput("Village", [new("Test village")], ParentId: region.Id), Cancel);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Editor().ReviseAsync(region.Id, region.Version, new PlaceInput("Region", null, ParentId: village.Id), Cancel));

        Assert.Equal(["parentId"], error.Errors.Keys);
    }

    [Fact]
    public async Task ReviseAsync_StaleVersion_ThrowsConcurrencyConflict()
    {
        var created = await Editor().CreateAsync(new PlaceInput("Village", [new("Edited twice")]), Cancel);
        await Editor().ReviseAsync(created.Id, created.Version, new PlaceInput("Town", null), Cancel);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Editor().ReviseAsync(created.Id, created.Version, new PlaceInput("Region", null), Cancel));
    }

    [Fact]
    public async Task ReviseAsync_TwoEditorsAddingNamesToTheSameVersion_SecondIsRefused()
    {
        var created = await Editor().CreateAsync(new PlaceInput("Village", [new("Original")]), Cancel);
        await Editor().ReviseAsync(created.Id, created.Version, new PlaceInput("Village", [new("Original"), new("First spelling")]), Cancel);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Editor().ReviseAsync(created.Id, created.Version, new PlaceInput("Village", [new("Original"), new("Second spelling")]), Cancel));
    }

    [Fact]
    public async Task ReviseAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await Editor().ReviseAsync(Guid.NewGuid(), 0, new PlaceInput("Village", null), Cancel));
    }

    private PlaceEditor Editor(string actor = "alice") => new(registry.Database, new FixedActor(actor));

    private async Task<int> CountAsync()
    {
        await using var context = registry.NewContext();
        return await context.Places.CountAsync(Cancel);
    }
}
