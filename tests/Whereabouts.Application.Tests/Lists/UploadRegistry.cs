using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>A fresh registry (SQLite unless told) with the in-memory import activity, for the tests of uploads and their runner; changes are alice's.</summary>
internal sealed class UploadRegistry : IAsyncDisposable
{
    private UploadRegistry(TestDatabase db) => Db = db;

    public TestDatabase Db { get; }

    public ListImportActivity Activity { get; } = new();

    public static async Task<UploadRegistry> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite) => new(await TestDatabase.CreateAsync(provider));

    /// <summary>The uploads service as alice, with the default limit unless another is given, on this process's activity unless another server's is given.</summary>
    public ListUploads Uploads(ListUploadLimit? limit = null, TimeProvider? clock = null, ListImportActivity? activity = null)
    {
        var actor = new FixedActor("alice");
        clock ??= TimeProvider.System;
        return new ListUploads(Db.Database, actor, clock, limit ?? new ListUploadLimit(ListUploadLimit.DefaultBytes), activity ?? Activity, new ListImporter(Db.Database, actor, clock));
    }

    /// <summary>People, sources and list rows, to show that something changed nothing.</summary>
    public async Task<(int People, int Sources, int Entries)> CountsAsync()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var context = Db.NewContext();
        return (await context.People.CountAsync(cancel), await context.Sources.CountAsync(cancel), await context.ListEntries.CountAsync(cancel));
    }

    public async ValueTask DisposeAsync()
    {
        Activity.Dispose();
        await Db.DisposeAsync();
    }
}
