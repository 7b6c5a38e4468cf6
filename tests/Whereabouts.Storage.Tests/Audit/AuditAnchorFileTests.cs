using Whereabouts.Storage.Audit;
using Whereabouts.Storage.Tests.Support;
using Whereabouts.Testing;

namespace Whereabouts.Storage.Tests.Audit;

public sealed class AuditAnchorFileTests : IAsyncLifetime
{
    private TestDatabase? _database;

    private TestDatabase Db => _database!;

    private string File => Path.Combine(Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Db.Location.ConnectionString).DataSource)!, "anchors", "heads.txt");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync() => await Db.DisposeAsync();

    [Fact]
    public async Task AppendHeadAsync_EmptyLog_WritesNothing()
    {
        await using var context = Db.NewContext();

        Assert.Null(await AuditAnchorFile.AppendHeadAsync(context, File, Registry.Now, Cancel));
        Assert.False(System.IO.File.Exists(File));
    }

    [Fact]
    public async Task AppendHeadAsync_TwiceWithASaveBetween_AppendsEachNewHeadOnceThatVerifyReads()
    {
        await SavePersonAsync();
        await using var context = Db.NewContext();
        var first = await AuditAnchorFile.AppendHeadAsync(context, File, Registry.Now, Cancel);
        var unchanged = await AuditAnchorFile.AppendHeadAsync(context, File, Registry.Now.AddDays(1), Cancel);
        await SavePersonAsync();
        var second = await AuditAnchorFile.AppendHeadAsync(context, File, Registry.Now.AddDays(2), Cancel);

        var lines = await System.IO.File.ReadAllLinesAsync(File, Cancel);
        Assert.Null(unchanged);
        Assert.Equal([$"{first} 2026-01-15T09:00:00Z", $"{second} 2026-01-17T09:00:00Z"], lines);
        Assert.True(second!.Sequence > first!.Sequence);
        var anchors = lines.Select(l => AuditAnchor.TryParse(l, out var a) ? a : null).OfType<AuditAnchor>().ToList();
        Assert.Empty((await AuditVerifier.InspectAsync(context, anchors, cancellationToken: Cancel)).AnchorProblems);
    }

    private async Task SavePersonAsync()
    {
        await using var context = Db.Database.CreateContext("tester");
        context.People.Add(Registry.Person());
        await context.SaveChangesAsync(Cancel);
    }
}
