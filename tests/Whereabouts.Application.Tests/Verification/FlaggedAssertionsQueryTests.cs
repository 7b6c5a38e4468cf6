using Whereabouts.Application.Common;
using Whereabouts.Application.Persons;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Application.Verification;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Verification;

public sealed class FlaggedAssertionsQueryTests : IAsyncLifetime
{
    private readonly VerificationRegistry _registry = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private FlaggedAssertionsQuery Query => new(_db.Database);

    private EvidenceVerification Verification => new(_db.Database, new FixedActor("analyst-1"), _clock);

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await _registry.SaveAsync(_db.Database, Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ListAsync_NothingShownFalse_IsEmptyAndCountsNone()
    {
        await Decide(VerificationSubject.OfSource(_registry.Video), "Disputed");

        Assert.Empty(await Query.ListAsync(Cancel));
        Assert.Equal(0, await Query.CountAsync(Cancel));
    }

    [Fact]
    public async Task ListAsync_SourceShownFalse_ListsTheStandingAssertionOnIt_UntilItIsRetracted()
    {
        await Decide(VerificationSubject.OfSource(_registry.Video), "ShownFalse");

        var flagged = Assert.Single(await Query.ListAsync(Cancel));
        var count = await Query.CountAsync(Cancel);
        var dossier = await new PersonDossierQuery(_db.Database).RunAsync(_registry.Soldier, Cancel);
        await new PersonCorrections(_db.Database, new FixedActor("caseworker-1"), _clock).RetractFateAsync(
            _registry.Soldier, _registry.CaptureOnVideo, new RetractionInput("The video was filmed in 2016.", _registry.Article, "went missing"), null, Cancel);

        Assert.Equal(_registry.CaptureOnVideo, flagged.AssertionId);
        Assert.Equal(_registry.Soldier, flagged.Person.Id);
        Assert.True(flagged.Person.IsInvented);
        Assert.Equal(FateStatus.ReportedCaptured, flagged.Status);
        Assert.Equal(_registry.Video, flagged.SourceId);
        Assert.Equal(1, count);
        var onVideo = dossier!.Timeline.Single(f => f.Id == _registry.CaptureOnVideo);
        Assert.True(onVideo.IsFlaggedForReview);
        Assert.Equal(EvidenceCaution.ShownFalse, onVideo.Evidence.Caution);
        Assert.False(dossier.Timeline.Single(f => f.Id == _registry.MissingInArticle).IsFlaggedForReview);
        Assert.Empty(await Query.ListAsync(Cancel));
        Assert.Equal(0, await Query.CountAsync(Cancel));
    }

    [Fact]
    public async Task ListAsync_AttachedFileShownFalse_FlagsTheAssertionsOnItsSource()
    {
        await Decide(VerificationSubject.OfFile(_registry.VideoFile), "ShownFalse");

        var flagged = Assert.Single(await Query.ListAsync(Cancel));

        Assert.Equal(_registry.CaptureOnVideo, flagged.AssertionId);
    }

    private async Task Decide(VerificationSubject subject, string state)
    {
        await Verification.RecordAsync(subject, new VerificationInput("UnderReview", null, null), Cancel);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await Verification.RecordAsync(subject, new VerificationInput(state, ["Chronolocation"], "The same clip was posted in 2016."), Cancel);
    }
}
