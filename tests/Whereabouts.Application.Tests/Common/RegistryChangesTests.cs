using Microsoft.AspNetCore.Identity;
using Whereabouts.Application.Common;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Common;

/// <summary>
/// The audit log's head as an app server sees it: read at most once per interval, moved by any
/// save (whoever made it), and telling account changes apart from the rest.
/// </summary>
public sealed class RegistryChangesTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase? _database;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private WhereaboutsDatabase Database => _database!.Database;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task CurrentAsync_ASaveWithinTheInterval_IsSeenOnlyOnceTheIntervalHasPassed()
    {
        using var changes = new RegistryChanges(Database, _clock, TimeSpan.FromSeconds(1));
        var before = await changes.CurrentAsync(Cancel);

        await AddSourceAsync();
        var soon = await changes.CurrentAsync(Cancel);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var later = await changes.CurrentAsync(Cancel);

        Assert.Equal(before, soon);
        Assert.True(later.Sequence > before.Sequence);
    }

    [Fact]
    public async Task CurrentAsync_ChangesToRecordsOnly_LeaveTheAccountsMarkWhereItWas()
    {
        using var changes = new RegistryChanges(Database, _clock, TimeSpan.Zero);
        var before = await changes.CurrentAsync(Cancel);

        await AddSourceAsync();
        var after = await changes.CurrentAsync(Cancel);

        Assert.True(after.Sequence > before.Sequence);
        Assert.Equal(before.AccountsChanged, after.AccountsChanged);
    }

    [Fact]
    public async Task CurrentAsync_AnAccountChanged_MovesTheAccountsMarkToIt()
    {
        using var changes = new RegistryChanges(Database, _clock, TimeSpan.Zero);
        var before = await changes.CurrentAsync(Cancel);

        await using (var context = Database.CreateContext("tests"))
        {
            context.Users.Add(new IdentityUser("invented-account") { SecurityStamp = Guid.NewGuid().ToString("N") });
            await context.SaveChangesAsync(Cancel);
        }

        await AddSourceAsync();
        var after = await changes.CurrentAsync(Cancel);

        Assert.True(after.AccountsChanged > before.AccountsChanged);
        Assert.True(after.AccountsChanged < after.Sequence);
    }

    private async Task AddSourceAsync()
    {
        await using var context = Database.CreateContext("tests");
        context.Sources.Add(new Source(Guid.NewGuid(), new SourceDetails(SourceKind.List, "An invented list")));
        await context.SaveChangesAsync(Cancel);
    }
}
