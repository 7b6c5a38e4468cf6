using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Parties;

/// <summary>
/// The parties as pages name them, kept between requests: a change made elsewhere is named once
/// the registry's head has moved, one made through this process's editor at once.
/// </summary>
public sealed class PartyNamesCacheTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 7, 21, 0, 0, TimeSpan.Zero));
    private TestDatabase? _database;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private WhereaboutsDatabase Database => _database!.Database;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, withParties: false);

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task ListAsync_PartyAddedElsewhere_IsNamedOnlyOnceTheIntervalHasPassed()
    {
        using var changes = new RegistryChanges(Database, _clock, TimeSpan.FromSeconds(1));
        var cache = new PartyNamesCache(new PartyReader(Database), changes);
        var before = await cache.ListAsync(Cancel);

        // Another app server (or the CLI): an editor that does not know this process's cache.
        await new PartyEditor(Database, new FixedActor("admin.elsewhere")).AddAsync(new PartyInput("northland", "Northland"), Cancel);
        var soon = await cache.ListAsync(Cancel);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var later = await cache.ListAsync(Cancel);

        Assert.Empty(before);
        Assert.Same(before, soon);
        Assert.Equal(["northland"], later.Select(p => p.Slug));
    }

    [Fact]
    public async Task ListAsync_PartyRenamedThroughThisProcess_IsNamedAnewAtOnce()
    {
        using var changes = new RegistryChanges(Database, _clock, TimeSpan.FromSeconds(1));
        var cache = new PartyNamesCache(new PartyReader(Database), changes);
        var editor = new PartyEditor(Database, new FixedActor("admin.one"), cache);
        var added = await editor.AddAsync(new PartyInput("northland", "Northland"), Cancel);
        var before = await cache.ListAsync(Cancel);

        await editor.RenameAsync("northland", added.Version, new PartyInput("northland", "Northern Land", "Հյուսիսիա"), Cancel);
        var after = await cache.ListAsync(Cancel);

        Assert.Equal("Northland", before.Find("northland")?.NameEn);
        Assert.Equal(("Northern Land", "Հյուսիսիա"), (after.Find("northland")?.NameEn, after.Find("northland")?.NameHy));
    }

    [Fact]
    public async Task ListAsync_NothingChanged_ReadsThePartiesOnce()
    {
        using var changes = new RegistryChanges(Database, _clock, TimeSpan.Zero);
        var cache = new PartyNamesCache(new PartyReader(Database), changes);
        await new PartyEditor(Database, new FixedActor("admin.one")).AddAsync(new PartyInput("northland", "Northland"), Cancel);

        var first = await cache.ListAsync(Cancel);
        var second = await cache.ListAsync(Cancel);

        Assert.Same(first, second);
    }
}
