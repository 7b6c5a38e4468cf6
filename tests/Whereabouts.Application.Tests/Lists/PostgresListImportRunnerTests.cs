using Whereabouts.Application.Lists;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>
/// Runners of two servers on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on
/// CI): the contract, and what only PostgreSQL does — leases renewed while an import runs (SQLite
/// serves one app server, so it renews none).
/// </summary>
public sealed class PostgresListImportRunnerTests() : ListImportRunnerContractTests(DatabaseProvider.PostgreSql)
{
    [Fact]
    public async Task RunNextAsync_ImportWaitingLongerThanALeaseForTheAuditLock_RenewsItsLeaseAndAnotherServerLeavesItAlone()
    {
        var id = await QueueAsync(LongList);
        var running = Task.Run(() => Runner(First).RunNextAsync(Cancel), Cancel);
        await UntilRunningAsync(id, running);

        await using (var holder = Registry.Db.NewContext())
        {
            // Every audited save waits for this lock, the import's too: as when another server's
            // import saves. The lease is renewed outside the audited save, so it stays alive.
            await using var transaction = await holder.Database.BeginTransactionAsync(Cancel);
            await holder.HoldOtherSavesAsync(Cancel);
            await Task.Delay(Brief.Length + TimeSpan.FromSeconds(1), Cancel);

            Assert.True(First.IsRunning(id), "the import finished before the lease could expire: make the list longer");
            Assert.Equal(0, await Runner(Second).RecoverAsync(Cancel));
            Assert.Equal(ListImportState.Running, await StateAsync(id));
        }

        Assert.True(await running);
        Assert.Equal(ListImportState.Succeeded, await StateAsync(id));
    }

    [Fact]
    public async Task RunNextAsync_LeaseTakenOverByAnotherServer_StopsTheImportAndSavesNothing()
    {
        var id = await QueueAsync(LongList);
        var before = await Registry.CountsAsync();
        var running = Task.Run(() => Runner(First).RunNextAsync(Cancel), Cancel);
        await UntilRunningAsync(id, running);

        // A server whose clock says the lease expired long ago (as it would have, had the first
        // server been cut off from the database): it takes the lease and fails the import. It
        // looks again if the first renewed the lease between its look and its take-over.
        var later = new ManualClock(DateTimeOffset.UtcNow.AddHours(1));
        while (await Runner(Second, later).RecoverAsync(Cancel) == 0)
        {
            Assert.False(running.IsCompleted, "the import ended before another server took its lease: make the list longer");
        }

        Assert.True(await running);
        var upload = (await Registry.Uploads().FindAsync(id, Cancel))!;
        Assert.Equal(ListImportState.Failed, upload.State);
        Assert.Contains(ListImportRunner.InterruptedText, Assert.Single(upload.Problems).English, StringComparison.Ordinal);
        Assert.Equal(before, await Registry.CountsAsync());
    }

    [Fact]
    public async Task RunNextAsync_CancelledOnAnotherServerBeforeTheImportCommits_SavesNothingAndStaysCancelled()
    {
        // Renewed so rarely that no renewal sees the cancellation: the import's look at its own
        // record, inside its transaction before the commit, is what must.
        var rarely = new ListImportLeaseSettings(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));
        var id = await QueueAsync(LongList);
        var before = await Registry.CountsAsync();
        var running = Task.Run(() => new ListImportRunner(Registry.Db.Database, TimeProvider.System, First, leases: rarely).RunNextAsync(Cancel), Cancel);
        await UntilRunningAsync(id, running);

        var cancelled = (await Registry.Uploads(activity: Second).CancelAsync(id, Cancel))!;

        Assert.True(await running);
        var upload = (await Registry.Uploads().FindAsync(id, Cancel))!;
        if (cancelled.State == ListImportState.Succeeded)
        {
            // The import had begun its transaction (which holds the audit lock every save waits
            // for) and committed first: too late to cancel, and the answer says so.
            Assert.Equal(ListImportState.Succeeded, upload.State);
            Assert.NotEqual(before, await Registry.CountsAsync());
        }
        else
        {
            Assert.Equal((ListImportState.Cancelled, "alice"), (upload.State, upload.DecidedBy));
            Assert.Equal(before, await Registry.CountsAsync());
        }
    }
}
