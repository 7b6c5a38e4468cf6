using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Lists;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Storage.Lists;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>
/// Two app servers' runners on one database (docs/adr/0024-two-app-servers.md), run against each
/// provider by <see cref="SqliteListImportRunnerTests"/> and <see cref="PostgresListImportRunnerTests"/>:
/// a server's recovery leaves queued imports queued and imports another live server runs alone,
/// and fails those whose server stopped. Each runner stands for a server: its own activity, its
/// own runner id. The lists and their people are invented.
/// </summary>
public abstract class ListImportRunnerContractTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Taken = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    // Short, so that a test outlasts a lease: only renewals keep an import alive past it. Eight
    // renewals to a lease, so that a loaded machine that delays a few does not lose it.
    protected static readonly ListImportLeaseSettings Brief = new(TimeSpan.FromSeconds(4), TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(1));

    protected ListImportActivity First { get; } = new();
    protected ListImportActivity Second { get; } = new();
    private protected UploadRegistry Registry { get; private set; } = null!;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Registry = await UploadRegistry.CreateAsync(provider);

    public async ValueTask DisposeAsync()
    {
        First.Dispose();
        Second.Dispose();
        await Registry.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task RecoverAsync_QueuedImport_StaysQueuedAndAnotherServerRunsIt()
    {
        var id = await QueueAsync(ShortList);

        Assert.Equal(0, await Runner(Second).RecoverAsync(Cancel));

        Assert.Equal(ListImportState.Queued, await StateAsync(id));
        Assert.True(await Runner(Second).RunNextAsync(Cancel));
        Assert.Equal(ListImportState.Succeeded, await StateAsync(id));
    }

    [Fact]
    public async Task RecoverAsync_RunningWithoutALease_IsFailedSayingNothingWasSaved()
    {
        var id = await QueueAsync(ShortList);
        await using (var context = Registry.Db.Database.CreateContext("test"))
        {
            // As a version before leases left it.
            (await context.ListImports.SingleAsync(i => i.Id == id, Cancel)).Start();
            await context.SaveChangesAsync(Cancel);
        }

        Assert.Equal(1, await Runner(Second).RecoverAsync(Cancel));

        var upload = (await Registry.Uploads().FindAsync(id, Cancel))!;
        Assert.Equal(ListImportState.Failed, upload.State);
        Assert.Contains(ListImportRunner.InterruptedText, Assert.Single(upload.Problems).English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecoverAsync_LeaseOfAStoppedServerExpired_FailsTheImport()
    {
        var id = await RunningOnAStoppedServerAsync();

        Assert.Equal(1, await Runner(Second, new ManualClock(Taken + Brief.Length + TimeSpan.FromSeconds(1))).RecoverAsync(Cancel));

        var upload = (await Registry.Uploads().FindAsync(id, Cancel))!;
        Assert.Equal(ListImportState.Failed, upload.State);
        Assert.Contains(ListImportRunner.InterruptedText, Assert.Single(upload.Problems).English, StringComparison.Ordinal);
        await using var context = Registry.Db.NewContext();
        Assert.Equal(Second.RunnerId, (await context.ListImportLeases.SingleAsync(l => l.ImportId == id, Cancel)).RunnerId);
    }

    [Fact]
    public async Task RecoverAsync_LeaseOfAnotherServerNotExpired_IsLeftAloneOnPostgresAndFailedOnSqlite()
    {
        var id = await RunningOnAStoppedServerAsync();

        var failed = await Runner(Second, new ManualClock(Taken + (Brief.Length / 2))).RecoverAsync(Cancel);

        // PostgreSQL serves several app servers: a lease not yet expired is a live server's. SQLite
        // serves one: an import that another process runs was left by a process that stopped.
        var expected = provider == DatabaseProvider.PostgreSql ? (0, ListImportState.Running) : (1, ListImportState.Failed);
        Assert.Equal(expected, (failed, await StateAsync(id)));
    }

    [Fact]
    public async Task RecoverAsync_ExpiredLeaseSeenByTwoServers_IsFailedOnce()
    {
        var id = await RunningOnAStoppedServerAsync();
        var later = new ManualClock(Taken + Brief.Length + TimeSpan.FromSeconds(1));
        using var third = new ListImportActivity();

        var failed = await Runner(Second, later).RecoverAsync(Cancel) + await Runner(third, later).RecoverAsync(Cancel);

        Assert.Equal(1, failed);
        Assert.Equal(ListImportState.Failed, await StateAsync(id));
        await using var context = Registry.Db.NewContext();
        Assert.Equal(1, await context.AuditEntries.CountAsync(e => e.EntityId == id.ToString() && e.Changes.Contains("Failed"), Cancel));
    }

    private const string ShortList = "id,given_name,family_name\nINV-1,Aram,Invented-Sargsyan\n";

    // Long enough that the tests of PostgresListImportRunnerTests act while it links: seconds on any machine.
    protected static string LongList
    {
        get
        {
            var csv = new StringBuilder("id,given_name,family_name,birth_date\n");
            for (var i = 1; i <= 20_000; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"INV-{i},Given{i % 97},Invented-Family{i},{1950 + (i % 50)}\n");
            }

            return csv.ToString();
        }
    }

    protected ListImportRunner Runner(ListImportActivity server, TimeProvider? clock = null) =>
        new(Registry.Db.Database, clock ?? TimeProvider.System, server, leases: Brief);

    protected async Task<Guid> QueueAsync(string csv)
    {
        var uploads = Registry.Uploads();
        var upload = await uploads.UploadAsync("list.csv", new MemoryStream(Encoding.UTF8.GetBytes(csv)), null, new ListUploadSettings("INVENTED list " + Guid.NewGuid(), Invented: true), Cancel);
        await uploads.QueueAsync(upload.Id, upload.Version, Cancel);
        return upload.Id;
    }

    // What a server that took the import and then stopped leaves: the import running, its lease
    // taken at Taken and never renewed.
    private async Task<Guid> RunningOnAStoppedServerAsync()
    {
        var id = await QueueAsync(ShortList);
        await using var context = Registry.Db.Database.CreateContext("test");
        (await context.ListImports.SingleAsync(i => i.Id == id, Cancel)).Start();
        context.ListImportLeases.Add(new ListImportLease(id, "stopped-host/4242/0badcafe", Taken, Taken + Brief.Length));
        await context.SaveChangesAsync(Cancel);
        return id;
    }

    protected async Task<ListImportState> StateAsync(Guid id) => (await Registry.Uploads().FindAsync(id, Cancel))!.State;

    // On its own thread, as the web app's worker runs it.
    protected async Task UntilRunningAsync(Guid id, Task<bool> running)
    {
        while (!First.IsRunning(id) && !running.IsCompleted)
        {
            await Task.Delay(1, Cancel);
        }

        Assert.True(First.IsRunning(id), "the import finished before the test could act: make the list longer");
    }
}
