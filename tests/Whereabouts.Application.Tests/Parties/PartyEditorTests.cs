using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Parties;

public sealed class PartyEditorTests : IAsyncLifetime
{
    private TestDatabase? _database;

    private WhereaboutsDatabase Database => (_database ?? throw new InvalidOperationException("Not initialised.")).Database;

    private PartyEditor Editor => new(Database, new FixedActor("admin.one"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, withParties: false);

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task AddAsync_NewParty_IsSavedInLowercaseAndAuditedAsTheActor()
    {
        var saved = await Editor.AddAsync(new PartyInput(" Northland ", "Northland", "Հյուսիսիա", null, " "), Cancel);

        Assert.Equal(new PartyView("northland", "Northland", "Հյուսիսիա", null, null, 0), saved);
        await using var context = Database.CreateContext();
        var entry = await context.AuditEntries.SingleAsync(e => e.EntityType == "Party", Cancel);
        Assert.Equal(("admin.one", "northland", "Added"), (entry.Actor, entry.EntityId, entry.Action));
    }

    [Theory]
    [InlineData("north land", "Northland", "slug")]
    [InlineData("", "Northland", "slug")]
    [InlineData("unknown", "Unknown", "slug")]
    [InlineData("northland", "  ", "nameEn")]
    public async Task AddAsync_BadSlugOrNoEnglishName_IsRefusedNamingTheFieldAndSavesNothing(string slug, string english, string field)
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Editor.AddAsync(new PartyInput(slug, english), Cancel));

        Assert.Equal([field], error.Errors.Keys);
        await using var context = Database.CreateContext();
        Assert.False(await context.Parties.AnyAsync(Cancel));
    }

    [Fact]
    public async Task AddAsync_TakenSlugInAnotherCase_IsRefusedNamingTheSlug()
    {
        await Editor.AddAsync(new PartyInput("northland", "Northland"), Cancel);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Editor.AddAsync(new PartyInput("NorthLand", "North Land"), Cancel));

        Assert.Contains("already", Assert.Single(error.Errors["slug"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenameAsync_CurrentVersion_ReplacesTheNamesAndKeepsTheSlug()
    {
        await Editor.AddAsync(new PartyInput("northland", "Northland", NameRu: "Северия"), Cancel);

        var saved = await Editor.RenameAsync("NORTHLAND", 0, new PartyInput("ignored", "North Land", NameAz: "Şimaliyyə"), Cancel);

        Assert.Equal(new PartyView("northland", "North Land", null, null, "Şimaliyyə", 1), saved);
    }

    [Fact]
    public async Task RenameAsync_StaleVersion_IsRefusedAndChangesNothing()
    {
        await Editor.AddAsync(new PartyInput("northland", "Northland"), Cancel);
        await Editor.RenameAsync("northland", 0, new PartyInput(null, "North Land"), Cancel);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Editor.RenameAsync("northland", 0, new PartyInput(null, "Nordland"), Cancel));

        Assert.Equal("North Land", (await new PartyReader(Database).FindAsync("northland", Cancel))!.NameEn);
    }

    [Fact]
    public async Task RenameAsync_NoSuchParty_IsNull() =>
        Assert.Null(await Editor.RenameAsync("southland", 0, new PartyInput(null, "Southland"), Cancel));

    [Fact]
    public async Task RemoveAsync_PartyNobodyRefersTo_IsRemoved()
    {
        await Editor.AddAsync(new PartyInput("northland", "Northland"), Cancel);

        Assert.True(await Editor.RemoveAsync("northland", 0, Cancel));

        Assert.Empty(await new PartyReader(Database).ListAsync(Cancel));
    }

    [Fact]
    public async Task RemoveAsync_PartyOfAPerson_IsRefusedSayingWhy()
    {
        await Editor.AddAsync(new PartyInput("northland", "Northland"), Cancel);
        await using (var context = Database.CreateContext("caseworker.one"))
        {
            context.People.Add(new Person(Guid.Empty, new PersonName("Ada", "Invented"), new PersonDetails(Side: "northland"), isInvented: true));
            await context.SaveChangesAsync(Cancel);
        }

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Editor.RemoveAsync("northland", 0, Cancel));

        Assert.Contains("refer to it", Assert.Single(error.Errors["slug"]), StringComparison.Ordinal);
        Assert.Single(await new PartyReader(Database).ListAsync(Cancel));
    }
}
