using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Incidents;
using Whereabouts.Application.Tests.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Incidents;

public sealed class IncidentEditorTests(DemoRegistry registry) : IClassFixture<DemoRegistry>
{
    private static readonly Guid Khtsabert = DemoIds.For("place/khtsabert");
    private static readonly Guid HinTagher = DemoIds.For("place/hin-tagher");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_ValidInput_SavesPlacesAndPartiesAndAuditsTheActor()
    {
        var input = new IncidentInput("Search by peacekeepers", "2020-12-15", "~2020-12-17", "Peacekeepers searched the area.", [Khtsabert, Khtsabert], ["Russian peacekeepers", "russian peacekeepers", "ICRC"]);

        var saved = await Editor("carol").CreateAsync(input, Cancel);

        Assert.Equal([Khtsabert], saved.Places.Select(p => p.Id));
        Assert.Equal("Khtsabert", saved.Places[0].Name);
        Assert.Equal(["Russian peacekeepers", "ICRC"], saved.Parties);
        Assert.Equal(PartialDate.OfDay(2020, 12, 17).Approximately(), saved.EndedOn);
        await using var context = registry.NewContext();
        var audit = await context.AuditEntries.SingleAsync(e => e.SubjectId == saved.Id.ToString(), Cancel);
        Assert.Equal("carol", audit.Actor);
        Assert.Equal("Incident", audit.EntityType);
    }

    [Fact]
    public async Task CreateAsync_NoNameAndNoStart_NamesBothFieldsAndSavesNothing()
    {
        var before = await CountAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Editor().CreateAsync(new IncidentInput(" ", null), Cancel));

        Assert.Equal(["name", "startedOn"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task CreateAsync_EndBeforeStart_IsRefusedUnderEndedOn()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Editor().CreateAsync(new IncidentInput("Backwards", "2020-12-14", "2020-12-11"), Cancel));

        Assert.Equal(["endedOn"], error.Errors.Keys);
    }

    [Fact]
    public async Task CreateAsync_UnknownPlace_IsRefusedUnderPlaceIds()
    {
        var unknown = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Editor().CreateAsync(new IncidentInput("Somewhere", "2020-12", PlaceIds: [Khtsabert, unknown]), Cancel));

        Assert.Contains(unknown.ToString(), Assert.Single(error.Errors["placeIds"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviseAsync_NullLists_ChangesTheTextAndKeepsPlacesAndParties()
    {
        var created = await Editor().CreateAsync(new IncidentInput("Draft name", "2020-12", PlaceIds: [Khtsabert], Parties: ["ICRC"]), Cancel);

        var revised = await Editor("dave").ReviseAsync(created.Id, created.Version, new IncidentInput("Better name", "2020-12-11"), Cancel);

        Assert.NotNull(revised);
        Assert.Equal("Better name", revised.Name);
        Assert.Equal([Khtsabert], revised.Places.Select(p => p.Id));
        Assert.Equal(["ICRC"], revised.Parties);
        Assert.Equal(created.Version + 1, revised.Version);
    }

    [Fact]
    public async Task ReviseAsync_ListsWithNewEntries_AddsThem()
    {
        var created = await Editor().CreateAsync(new IncidentInput("Two villages", "2020-12", PlaceIds: [Khtsabert], Parties: ["ICRC"]), Cancel);

        var revised = await Editor().ReviseAsync(created.Id, created.Version, new IncidentInput("Two villages", "2020-12", PlaceIds: [HinTagher, Khtsabert], Parties: ["ICRC", "Armenian forces"]), Cancel);

        Assert.NotNull(revised);
        Assert.Equal([Khtsabert, HinTagher], revised.Places.Select(p => p.Id));
        Assert.Equal(["ICRC", "Armenian forces"], revised.Parties);
    }

    [Fact]
    public async Task ReviseAsync_ListsThatDropAnEntry_AreRefusedUnderTheirFields()
    {
        var created = await Editor().CreateAsync(new IncidentInput("Kept", "2020-12", PlaceIds: [Khtsabert], Parties: ["ICRC"]), Cancel);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Editor().ReviseAsync(created.Id, created.Version, new IncidentInput("Kept", "2020-12", PlaceIds: [HinTagher], Parties: ["Armenian forces"]), Cancel));

        Assert.Equal(["parties", "placeIds"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReviseAsync_StaleVersion_ThrowsConcurrencyConflict()
    {
        var created = await Editor().CreateAsync(new IncidentInput("Contested edit", "2020-12"), Cancel);
        await Editor().ReviseAsync(created.Id, created.Version, new IncidentInput("First", "2020-12"), Cancel);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Editor().ReviseAsync(created.Id, created.Version, new IncidentInput("Second", "2020-12"), Cancel));
    }

    [Fact]
    public async Task ReviseAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await Editor().ReviseAsync(Guid.NewGuid(), 0, new IncidentInput("Anything", "2020"), Cancel));
    }

    private IncidentEditor Editor(string actor = "alice") => new(registry.Database, new FixedActor(actor), TimeProvider.System);

    private async Task<int> CountAsync()
    {
        await using var context = registry.NewContext();
        return await context.Incidents.CountAsync(Cancel);
    }
}
