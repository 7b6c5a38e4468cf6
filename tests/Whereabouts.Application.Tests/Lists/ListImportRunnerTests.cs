using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>The background runner's imports on a real SQLite file: success, failure, cancellation and recovery. The people are invented.</summary>
public sealed class ListImportRunnerTests : IAsyncLifetime
{
    private UploadRegistry _registry = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _registry = await UploadRegistry.CreateAsync();

    public ValueTask DisposeAsync() => _registry.DisposeAsync();

    [Fact]
    public async Task RunNextAsync_QueuedList_ImportsItAndRecordsTheSourceAndCounts()
    {
        var id = await QueueAsync("id,given_name,family_name,birth_date\nINV-1,Aram,Invented-Sargsyan,1990\nINV-2,Ani,Invented-Hakobyan,1992\n");

        Assert.True(await Runner.RunNextAsync(Cancel));

        var upload = (await Uploads.FindAsync(id, Cancel))!;
        Assert.Equal(ListImportState.Succeeded, upload.State);
        Assert.Equal((2, 2), (upload.Report!.Rows, upload.Report.NewPeople));
        await using var context = _registry.Db.NewContext();
        Assert.True(await context.Sources.AnyAsync(s => s.Id == upload.SourceId, Cancel));
        Assert.Equal(2, await context.ListEntries.CountAsync(e => e.SourceId == upload.SourceId, Cancel));
        Assert.False(await Runner.RunNextAsync(Cancel));
    }

    [Fact]
    public async Task RunNextAsync_ListWithABadDate_FailsNamingThePlaceAndChangesNothing()
    {
        var id = await QueueAsync("id,given_name,family_name,birth_date\nINV-1,Aram,Invented-Sargsyan,1990\nINV-2,Ani,Invented-Hakobyan,31.02.1992\n");
        var before = await CountsAsync();

        await Runner.RunNextAsync(Cancel);

        var upload = (await Uploads.FindAsync(id, Cancel))!;
        Assert.Equal(ListImportState.Failed, upload.State);
        Assert.Contains(upload.Problems, p => p.English.Contains("list.csv", StringComparison.Ordinal) && p.English.Contains("line 3", StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task RunNextAsync_CancelledWhileRunning_RecordsWhoCancelledAndLeavesNothing()
    {
        // Long enough that a loaded machine, slow to resume the waiting loop below, still finds
        // the import running: 5,000 rows were once done before the loop looked.
        var csv = new StringBuilder("id,given_name,family_name,birth_date\n");
        for (var i = 1; i <= 20_000; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"INV-{i},Given{i % 97},Invented-Family{i},{1950 + (i % 50)}\n");
        }

        var id = await QueueAsync(csv.ToString());
        var before = await CountsAsync();

        // On its own thread, as the web app's worker runs it: SQLite's "async" calls complete synchronously.
        var running = Task.Run(() => Runner.RunNextAsync(Cancel), Cancel);
        while (!_registry.Activity.IsRunning(id) && !running.IsCompleted)
        {
            await Task.Delay(1, Cancel);
        }

        Assert.True(_registry.Activity.Cancel(id, "bella"));
        await running;

        var upload = (await Uploads.FindAsync(id, Cancel))!;
        Assert.Equal((ListImportState.Cancelled, "bella"), (upload.State, upload.DecidedBy));
        Assert.Null(upload.SourceId);
        Assert.Equal(before, await CountsAsync());
        Assert.False(_registry.Activity.IsRunning(id));
    }

    [Fact]
    public async Task RecoverAsync_ImportsLeftQueuedAndRunning_FailsTheRunningSayingNothingWasSavedAndKeepsTheQueued()
    {
        var queued = await QueueAsync("id,given_name,family_name\nINV-1,Aram,Invented-Sargsyan\n");
        var running = await QueueAsync("id,given_name,family_name\nINV-1,Ani,Invented-Hakobyan\n");
        await using (var context = _registry.Db.Database.CreateContext("test"))
        {
            (await context.ListImports.SingleAsync(i => i.Id == running, Cancel)).Start();
            await context.SaveChangesAsync(Cancel);
        }

        Assert.Equal(1, await Runner.RecoverAsync(Cancel));

        var failed = (await Uploads.FindAsync(running, Cancel))!;
        Assert.Equal(ListImportState.Failed, failed.State);
        Assert.Contains(ListImportRunner.InterruptedText, Assert.Single(failed.Problems).English, StringComparison.Ordinal);
        Assert.Equal(ListImportState.Queued, (await Uploads.FindAsync(queued, Cancel))!.State);
    }

    private ListImportRunner Runner => new(_registry.Db.Database, TimeProvider.System, _registry.Activity);

    private ListUploads Uploads => _registry.Uploads();

    private async Task<Guid> QueueAsync(string csv)
    {
        var upload = await Uploads.UploadAsync("list.csv", new MemoryStream(Encoding.UTF8.GetBytes(csv)), null, new ListUploadSettings("INVENTED list " + Guid.NewGuid(), Invented: true), Cancel);
        await Uploads.QueueAsync(upload.Id, upload.Version, Cancel);
        return upload.Id;
    }

    private Task<(int People, int Sources, int Entries)> CountsAsync() => _registry.CountsAsync();
}
