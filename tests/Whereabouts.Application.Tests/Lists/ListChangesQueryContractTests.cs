using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>
/// What changed between versions of a list, run against each provider by
/// <see cref="SqliteListChangesQueryTests"/> and <see cref="PostgresListChangesQueryTests"/>.
/// </summary>
public abstract class ListChangesQueryContractTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private ListChangesQuery Query => new(_db.Database);

    public async ValueTask InitializeAsync() => _db = await TestDatabase.CreateAsync(provider);

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task RunAsync_SecondVersionWithOneRemovedOneFateChangedOneAdded_ShowsEachWithItsPerson()
    {
        var first = await ListVersionsFixture.ImportAsync(_db.Database, ListVersionsFixture.First, "Invented captives v1");
        var second = await ListVersionsFixture.ImportAsync(_db.Database, ListVersionsFixture.Second, "Invented captives v2", first);

        var changes = await Query.RunAsync(second, Cancel);

        Assert.NotNull(changes);
        Assert.Equal(first, changes.Earlier?.SourceId);
        var gone = Assert.Single(changes.Gone);
        Assert.Equal(("r3", "Narek Invented-Vardanyan"), (gone.Row.RowId, gone.Row.Name));
        Assert.Equal(await PersonOfAsync(first, "r3"), gone.Row.PersonId);
        Assert.Equal("Narek Invented-Vardanyan", gone.Row.PersonName);
        Assert.True(gone.IsPending);
        var added = Assert.Single(changes.Added);
        Assert.Equal(("r4", 4), (added.RowId, added.Line));
        Assert.Equal(await PersonOfAsync(second, "r4"), added.PersonId);
        var changed = Assert.Single(changes.Changed);
        Assert.Equal("r2", changed.Newer.RowId);
        Assert.Equal(await PersonOfAsync(first, "r2"), changed.Earlier.PersonId);
        Assert.Equal(
            [new ListFieldChange(ListChangeField.Fate, "CaptureConfirmed", "Released"), new ListFieldChange(ListChangeField.FateDate, "2021-01-12", "2021-02-10")],
            changed.Fields);
        Assert.Equal(1, changes.Unchanged);
    }

    [Fact]
    public async Task RunAsync_ChainOfThree_ComparesEachVersionWithTheOneBefore()
    {
        var (_, second, third) = await ImportChainAsync();

        var changes = await Query.RunAsync(third, Cancel);

        Assert.NotNull(changes);
        Assert.Equal(second, changes.Earlier?.SourceId);
        Assert.Equal("r1", Assert.Single(changes.Gone).Row.RowId);
        Assert.Equal("r3", Assert.Single(changes.Added).RowId);
        var respelled = Assert.Single(changes.Changed);
        Assert.Equal([new ListFieldChange(ListChangeField.FamilyName, "Invented-Grigoryan", "Invented-Grigorian")], respelled.Fields);
        Assert.Equal(1, changes.Unchanged);
    }

    [Fact]
    public async Task RunAsync_FirstVersion_HasNoEarlierAndNoChanges()
    {
        var first = await ListVersionsFixture.ImportAsync(_db.Database, ListVersionsFixture.First, "Invented captives v1");

        var changes = await Query.RunAsync(first, Cancel);

        Assert.NotNull(changes);
        Assert.Null(changes.Earlier);
        Assert.Empty(changes.Added);
        Assert.Empty(changes.Gone);
        Assert.Empty(changes.Changed);
    }

    [Fact]
    public async Task RunAsync_NoSuchList_ReturnsNull()
    {
        Assert.Null(await Query.RunAsync(Guid.NewGuid(), Cancel));
    }

    [Fact]
    public async Task VersionsAsync_MiddleOfAChain_NamesTheEarlierAndTheLaterVersion()
    {
        var (first, second, third) = await ImportChainAsync();

        var versions = await Query.VersionsAsync(second, Cancel);

        Assert.NotNull(versions);
        Assert.Equal(("Invented captives v1", first), (versions.Earlier?.Title, versions.Earlier?.SourceId));
        Assert.Equal([third], versions.Later.Select(v => v.SourceId));
    }

    [Fact]
    public async Task ResolveListAsync_SourceIdOrImportedUploadId_GivesTheList()
    {
        var first = await ListVersionsFixture.ImportAsync(_db.Database, ListVersionsFixture.First, "Invented captives v1");
        var upload = new ListImport(Guid.Empty, "invented.csv", [1, 2, 3], "versions-tests", DateTimeOffset.UtcNow);
        upload.Configure(null, "{}");
        upload.Queue("versions-tests");
        upload.Start();
        upload.Succeed(first, "{}", DateTimeOffset.UtcNow);
        await using (var context = _db.Database.CreateContext("versions-tests"))
        {
            context.ListImports.Add(upload);
            await context.SaveChangesAsync(Cancel);
        }

        Assert.Equal(first, await Query.ResolveListAsync(first, Cancel));
        Assert.Equal(first, await Query.ResolveListAsync(upload.Id, Cancel));
        Assert.Null(await Query.ResolveListAsync(Guid.NewGuid(), Cancel));
    }

    private async Task<(Guid First, Guid Second, Guid Third)> ImportChainAsync()
    {
        var first = await ListVersionsFixture.ImportAsync(_db.Database, ListVersionsFixture.First, "Invented captives v1");
        var second = await ListVersionsFixture.ImportAsync(_db.Database, ListVersionsFixture.Second, "Invented captives v2", first);
        var third = await ListVersionsFixture.ImportAsync(_db.Database, ListVersionsFixture.Third, "Invented captives v3", second);
        return (first, second, third);
    }

    private async Task<Guid?> PersonOfAsync(Guid sourceId, string rowId)
    {
        await using var context = _db.NewContext();
        return await (
                from e in context.ListEntries
                where e.SourceId == sourceId && e.RecordId == rowId
                join m in context.ListMatches on e.Id equals m.EntryId
                where m.Decision == MatchDecision.Same
                select (Guid?)m.PersonId)
            .SingleOrDefaultAsync(Cancel);
    }
}
