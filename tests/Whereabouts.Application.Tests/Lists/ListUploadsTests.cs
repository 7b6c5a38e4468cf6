using System.Text;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Tables.Layout;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>Uploads on their way to an import, on a real SQLite file. The people are invented.</summary>
public sealed class ListUploadsTests : IAsyncLifetime
{
    private const string Invented = "id,given_name,family_name,birth_date\nINV-1,Aram,Invented-Sargsyan,1990\nINV-2,Ani,Invented-Hakobyan,1992\n";
    private UploadRegistry _registry = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _registry = await UploadRegistry.CreateAsync();

    public ValueTask DisposeAsync() => _registry.DisposeAsync();

    [Fact]
    public async Task UploadAsync_OverTheLimit_IsRefusedNamingTheLimitAndKeepsNothing()
    {
        var uploads = Uploads(new ListUploadLimit(1024 * 1024));

        var error = await Assert.ThrowsAsync<ListUploadTooLargeException>(() => uploads.UploadAsync("big.csv", new MemoryStream(new byte[(1024 * 1024) + 1]), Cancel));

        Assert.Contains("big.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 MB", error.Message, StringComparison.Ordinal);
        await using var context = _registry.Db.NewContext();
        Assert.Equal(0, await context.ListImports.CountAsync(Cancel));
    }

    [Fact]
    public async Task UploadAsync_EmptyFile_IsRefusedOnTheFileField()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Uploads().UploadAsync("empty.csv", new MemoryStream(), Cancel));

        Assert.Contains("empty.csv", Assert.Single(error.Errors["file"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadAsync_WithWrongSettings_NamesEachFieldAndKeepsNothing()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Uploads().UploadAsync(
            "list.csv", Stream(Invented), null, new ListUploadSettings(" ", Fate: "CaptureConfirmed", Side: "atlantis"), Cancel));

        Assert.Equal(["asOf", "side", "title"], error.Errors.Keys.Order(StringComparer.Ordinal));
        await using var context = _registry.Db.NewContext();
        Assert.Equal(0, await context.ListImports.CountAsync(Cancel));
    }

    [Fact]
    public async Task PreviewAsync_UnrecognisedNameColumn_GivesTheProblemAndTheRowsAsWritten()
    {
        var uploads = Uploads();
        var upload = await uploads.UploadAsync("odd.csv", Stream("id,Nom de famille\nINV-1,Invented-Sargsyan\n"), Cancel);

        var preview = await uploads.PreviewAsync(upload.Id, Cancel);

        Assert.NotNull(preview);
        Assert.Null(preview.Preview);
        Assert.Contains(preview.Problems, p => p.English.Contains("odd.csv", StringComparison.Ordinal));
        Assert.Equal("Nom de famille", preview.Rows[0][1].Text);
    }

    [Fact]
    public async Task ConfigureAsync_MappingTheColumn_ReadsTheListThatWay()
    {
        var uploads = Uploads();
        var upload = await uploads.UploadAsync("odd.csv", Stream("id,Nom de famille\nINV-1,Invented-Sargsyan\n"), Cancel);
        var mapping = new ListMapping { Columns = new Dictionary<string, ListField> { ["Nom de famille"] = ListField.FamilyName } };

        var configured = await uploads.ConfigureAsync(upload.Id, upload.Version, mapping, new ListUploadSettings("INVENTED list"), Cancel);
        var preview = await uploads.PreviewAsync(upload.Id, Cancel);

        Assert.Equal(upload.Version + 1, configured!.Version);
        Assert.Equal("Invented-Sargsyan", Assert.Single(preview!.Preview!.Read).FamilyName);
    }

    [Fact]
    public async Task ConfigureAsync_StaleVersion_IsRefusedAndChangesNothing()
    {
        var uploads = Uploads();
        var upload = await uploads.UploadAsync("list.csv", Stream(Invented), Cancel);
        await uploads.ConfigureAsync(upload.Id, upload.Version, null, new ListUploadSettings("INVENTED first title"), Cancel);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => uploads.ConfigureAsync(upload.Id, upload.Version, null, new ListUploadSettings("INVENTED second title"), Cancel));

        Assert.Equal("INVENTED first title", (await uploads.FindAsync(upload.Id, Cancel))!.Settings!.Title);
    }

    [Fact]
    public async Task DryRunAsync_NewList_CountsNewPeopleAndWritesNothing()
    {
        var uploads = Uploads();
        var upload = await uploads.UploadAsync("list.csv", Stream(Invented), null, new ListUploadSettings("INVENTED list", Invented: true), Cancel);

        var report = await uploads.DryRunAsync(upload.Id, Cancel);

        Assert.Equal((2, 2, false), (report!.Rows, report.NewPeople, report.Written));
        Assert.Empty(report.Problems);
        await using var context = _registry.Db.NewContext();
        Assert.Equal(0, await context.ListEntries.CountAsync(Cancel));
    }

    [Fact]
    public async Task QueueAsync_WithoutSettings_IsRefusedOnTheTitle()
    {
        var uploads = Uploads();
        var upload = await uploads.UploadAsync("list.csv", Stream(Invented), Cancel);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => uploads.QueueAsync(upload.Id, cancellationToken: Cancel));

        Assert.True(error.Errors.ContainsKey("title"));
        Assert.Equal(ListImportState.Uploaded, (await uploads.FindAsync(upload.Id, Cancel))!.State);
    }

    [Fact]
    public async Task CancelAsync_Queued_IsCancelledAtOnceByWhoAsked()
    {
        var uploads = Uploads();
        var upload = await uploads.UploadAsync("list.csv", Stream(Invented), null, new ListUploadSettings("INVENTED list"), Cancel);
        await uploads.QueueAsync(upload.Id, upload.Version, Cancel);

        var cancelled = await uploads.CancelAsync(upload.Id, Cancel);

        Assert.Equal((ListImportState.Cancelled, "alice"), (cancelled!.State, cancelled.DecidedBy));
        await Assert.ThrowsAsync<DomainRuleException>(() => uploads.CancelAsync(upload.Id, Cancel));
    }

    [Fact]
    public async Task RecentAsync_TwoUploads_NewestFirst()
    {
        var clock = new StepClock();
        var uploads = Uploads(clock: clock);
        await uploads.UploadAsync("first.csv", Stream(Invented), Cancel);
        await uploads.UploadAsync("second.csv", Stream(Invented), Cancel);

        var recent = await uploads.RecentAsync(cancellationToken: Cancel);

        Assert.Equal(["second.csv", "first.csv"], recent.Select(u => u.FileName));
        Assert.Equal(Encoding.UTF8.GetByteCount(Invented), recent[0].Size);
    }

    private ListUploads Uploads(ListUploadLimit? limit = null, TimeProvider? clock = null) => _registry.Uploads(limit, clock);

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    // A clock a minute later at every reading, so that uploads have an order.
    private sealed class StepClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now = _now.AddMinutes(1);
    }
}
