using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Application.Verification;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Verification;

/// <summary>Recording and reading the verification of sources and files, on each provider.</summary>
public abstract class EvidenceVerificationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly VerificationRegistry _registry = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private VerificationSubject Video => VerificationSubject.OfSource(_registry.Video);

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        await _registry.SaveAsync(_db.Database, Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task RecordAsync_UnverifiedThenUnderReviewThenVerified_HistoryShowsEachStepWithItsMethods()
    {
        var before = await Service("analyst-1").HistoryAsync(Video, Cancel);
        await Service("analyst-1").RecordAsync(Video, new VerificationInput("UnderReview", [], "Checking the hills behind the men.", "Unverified"), Cancel);
        _clock.Advance(TimeSpan.FromHours(2));
        var after = await Service("caseworker-1").RecordAsync(
            Video, new VerificationInput("verified", ["Geolocation", "identityOfPeople"], "Ridge matched to imagery; a brother named both men.", "UnderReview"), Cancel);

        Assert.NotNull(before);
        Assert.Equal(VerificationState.Unverified, before.State);
        Assert.Empty(before.Steps);
        Assert.NotNull(after);
        Assert.Equal(VerificationState.Verified, after.State);
        Assert.Equal([VerificationState.UnderReview, VerificationState.Verified], after.Steps.Select(s => s.State));
        var decision = after.Steps[1];
        Assert.Equal([VerificationMethods.Geolocation, VerificationMethods.IdentityOfPeople], decision.Methods);
        Assert.Equal("caseworker-1", decision.RecordedBy);
        Assert.Equal(_clock.GetUtcNow(), decision.RecordedAt);
        Assert.Equal([VerificationState.UnderReview], after.NextStates);
        var read = await Service("viewer").HistoryAsync(Video, Cancel);
        Assert.Equal(after.Steps.Select(s => s.Id), read!.Steps.Select(s => s.Id));
        await using var context = _db.NewContext();
        var audited = await context.AuditEntries.Where(e => e.EntityType == nameof(VerificationStep)).Select(e => e.Actor).ToListAsync(Cancel);
        Assert.Equal(["analyst-1", "caseworker-1"], audited.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RecordAsync_DecisionWithoutMethodOrNote_NamesBothFieldsAndSavesNothing()
    {
        await Service("analyst-1").RecordAsync(Video, new VerificationInput("UnderReview", null, null), Cancel);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Service("analyst-1").RecordAsync(Video, new VerificationInput("ShownFalse", [], "  "), Cancel));

        Assert.Equal(["methods", "note"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("at least one method", refused.Errors["methods"][0], StringComparison.Ordinal);
        Assert.Contains("needs a note", refused.Errors["note"][0], StringComparison.Ordinal);
        Assert.Single((await Service("analyst-1").HistoryAsync(Video, Cancel))!.Steps);
    }

    [Fact]
    public async Task RecordAsync_DecisionStraightFromUnverified_IsRefusedOnTheState()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Service("analyst-1").RecordAsync(Video, new VerificationInput("Verified", ["Metadata"], "Encoder and date agree."), Cancel));

        var message = Assert.Single(refused.Errors["state"]);
        Assert.Equal("An item that is Unverified cannot become Verified: start a review first, then decide.", message);
        Assert.Empty((await Service("analyst-1").HistoryAsync(Video, Cancel))!.Steps);
    }

    [Fact]
    public async Task RecordAsync_UnknownStateAndMethod_NamesTheFields()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Service("analyst-1").RecordAsync(Video, new VerificationInput("Genuine", ["Astrology"], null), Cancel));

        Assert.Equal(["methods", "state"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("'Astrology' is not a method of verification", refused.Errors["methods"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordAsync_StaleExpectedState_IsAConflictAndSavesNothing()
    {
        await Service("analyst-1").RecordAsync(Video, new VerificationInput("UnderReview", null, null, "Unverified"), Cancel);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await Service("analyst-1").RecordAsync(Video, new VerificationInput("Disputed", ["Chronolocation"], "Shadows say morning, the caption says evening.", "UnderReview"), Cancel);

        var conflict = await Assert.ThrowsAsync<VerificationConflictException>(
            () => Service("caseworker-1").RecordAsync(Video, new VerificationInput("Verified", ["IdentityOfPeople"], "His mother recognised him.", "UnderReview"), Cancel));

        Assert.Equal(VerificationState.UnderReview, conflict.Expected);
        Assert.Equal(VerificationState.Disputed, conflict.Current);
        Assert.Contains("Someone else recorded a step meanwhile", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(VerificationState.Disputed, (await Service("viewer").HistoryAsync(Video, Cancel))!.State);
    }

    [Fact]
    public async Task RecordAsync_TwoReviewersDecidingAtOnce_OnlyOneSucceeds()
    {
        await Service("analyst-1").RecordAsync(Video, new VerificationInput("UnderReview", null, null), Cancel);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var attempts = await Task.WhenAll(
            Attempt("analyst-1", new VerificationInput("Verified", ["Geolocation"], "The ridge matches.", "UnderReview")),
            Attempt("caseworker-1", new VerificationInput("ShownFalse", ["Chronolocation"], "Filmed in 2016.", "UnderReview")));

        Assert.Single(attempts, a => a is null);
        Assert.Single(attempts, a => a is VerificationConflictException);
        Assert.Equal(2, (await Service("viewer").HistoryAsync(Video, Cancel))!.Steps.Count);
    }

    [Fact]
    public async Task RecordAsync_ADecidedItemReviewedAgain_KeepsTheWholeHistory()
    {
        await Service("analyst-1").RecordAsync(Video, new VerificationInput("UnderReview", null, null), Cancel);
        await Service("analyst-1").RecordAsync(Video, new VerificationInput("Verified", ["Geolocation"], "The ridge matches."), Cancel);
        await Service("analyst-1").RecordAsync(Video, new VerificationInput("UnderReview", null, "A longer copy surfaced."), Cancel);
        var history = await Service("analyst-1").RecordAsync(Video, new VerificationInput("ShownFalse", ["Chronolocation", "SourceContact"], "The uploader filmed it in 2016."), Cancel);

        Assert.Equal(
            [VerificationState.UnderReview, VerificationState.Verified, VerificationState.UnderReview, VerificationState.ShownFalse],
            history!.Steps.Select(s => s.State));

        // The clock stood still: each step is still put after the one it follows.
        Assert.True(history.Steps.Zip(history.Steps.Skip(1)).All(p => p.First.RecordedAt < p.Second.RecordedAt));
    }

    [Fact]
    public async Task RecordAsync_AFileByItsHashInCapitals_IsRecordedOnTheFile()
    {
        var file = VerificationSubject.OfFile(_registry.VideoFile.ToUpperInvariant());

        var history = await Service("analyst-1").RecordAsync(file, new VerificationInput("UnderReview", ["Metadata"], null), Cancel);

        Assert.NotNull(history);
        Assert.Equal(_registry.VideoFile, history.Subject.FileSha256);
        Assert.Equal(VerificationState.UnderReview, history.State);
        Assert.Empty((await Service("viewer").HistoryAsync(Video, Cancel))!.Steps);
    }

    [Fact]
    public async Task RecordAsync_UnknownSourceOrFile_IsNull()
    {
        var input = new VerificationInput("UnderReview", null, null);

        Assert.Null(await Service("analyst-1").RecordAsync(VerificationSubject.OfSource(Guid.NewGuid()), input, Cancel));
        Assert.Null(await Service("analyst-1").RecordAsync(VerificationSubject.OfFile(new string('a', 64)), input, Cancel));
        Assert.Null(await Service("analyst-1").HistoryAsync(VerificationSubject.OfFile(new string('b', 64)), Cancel));
    }

    [Fact]
    public async Task StandingsAsync_VideoOnlyOnceItAndItsFileAreVerified_LosesItsCaution()
    {
        var file = VerificationSubject.OfFile(_registry.VideoFile);
        var service = Service("analyst-1");

        var untouched = await service.StandingsAsync([_registry.Video, _registry.Article], Cancel);
        await service.RecordAsync(Video, new VerificationInput("UnderReview", null, null), Cancel);
        await service.RecordAsync(Video, new VerificationInput("Verified", ["SourceContact"], "The channel sent the original."), Cancel);
        var sourceOnly = await service.StandingsAsync([_registry.Video], Cancel);
        await service.RecordAsync(file, new VerificationInput("UnderReview", null, null), Cancel);
        await service.RecordAsync(file, new VerificationInput("Verified", ["Metadata"], "Encoder date 13 December 2020."), Cancel);
        var both = await service.StandingsAsync([_registry.Video], Cancel);

        Assert.Equal(new EvidenceStanding(VerificationState.Unverified, EvidenceCaution.UnverifiedVideo), untouched[_registry.Video]);
        Assert.Equal(EvidenceStanding.Plain, untouched[_registry.Article]);
        Assert.Equal(new EvidenceStanding(VerificationState.Verified, EvidenceCaution.UnverifiedVideo), sourceOnly[_registry.Video]);
        Assert.Equal(new EvidenceStanding(VerificationState.Verified, null), both[_registry.Video]);
    }

    [Fact]
    public async Task StandingsAsync_ArticleDisputed_IsMarkedAlthoughItIsNoVideo()
    {
        var article = VerificationSubject.OfSource(_registry.Article);
        await Service("analyst-1").RecordAsync(article, new VerificationInput("UnderReview", null, null), Cancel);
        await Service("analyst-1").RecordAsync(article, new VerificationInput("Disputed", ["SourceContact"], "The paper will not name its witness."), Cancel);

        var standings = await Service("viewer").StandingsAsync([_registry.Article], Cancel);

        Assert.Equal(EvidenceCaution.Disputed, standings[_registry.Article].Caution);
    }

    private EvidenceVerification Service(string actor) => new(_db.Database, new FixedActor(actor), _clock);

    private async Task<Exception?> Attempt(string actor, VerificationInput input)
    {
        try
        {
            await Service(actor).RecordAsync(Video, input, Cancel);
            return null;
        }
        catch (Exception e) when (e is VerificationConflictException or ValidationFailedException)
        {
            return e;
        }
    }
}
