using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Captivity;
using Whereabouts.Application.Common;
using Whereabouts.Application.Control;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Identities;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Lists;
using Whereabouts.Application.Persons;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Application.Tests.Verification;
using Whereabouts.Application.Verification;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Persons;

/// <summary>
/// The dossier's page read through one context is what each of its readers gives alone, on the demo
/// registry with two of its captives judged one person and an invented video whose source and file
/// were checked. Run against each provider by <see cref="SqlitePersonDossierPageQueryTests"/> and
/// <see cref="PostgresPersonDossierPageQueryTests"/>.
/// </summary>
public abstract class PersonDossierPageQueryTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Guid Joined = DemoIds.For("person/hin-tagher/7");
    private static readonly Guid JoinedWith = DemoIds.For("person/hin-tagher/8");
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly VerificationRegistry _verified = new();
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private PersonDossierPageQuery Query => new(_db.Database, new ObligationsQuery(_db.Database, _clock));

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        await new DemoLoader(_db.Database).LoadAsync(Cancel);
        await _verified.SaveAsync(_db.Database, Cancel);
        var verification = new EvidenceVerification(_db.Database, new FixedActor("analyst-1"), _clock);
        await verification.RecordAsync(VerificationSubject.OfSource(_verified.Video), new VerificationInput("UnderReview", null, null), Cancel);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await verification.RecordAsync(VerificationSubject.OfSource(_verified.Video), new VerificationInput("Verified", ["Chronolocation"], "The shadows fit mid-December (test)."), Cancel);
        await verification.RecordAsync(VerificationSubject.OfFile(_verified.VideoFile), new VerificationInput("UnderReview", null, null), Cancel);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var judged = await new SamePersonJudgements(_db.Database, new FixedActor("caseworker-1"), _clock)
            .JudgeAsync(JoinedWith, Joined, MatchDecision.Same, "One man under two service numbers (test).", confirmed: true, cancellationToken: Cancel);
        Assert.NotNull(judged);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task RunAsync_EveryRecord_IsWhatEachReaderGivesAlone()
    {
        List<Guid> ids;
        await using (var context = _db.NewContext())
        {
            ids = await context.People.Select(p => p.Id).ToListAsync(Cancel);
        }

        var pages = new List<PersonDossierPage>();
        foreach (var id in ids)
        {
            var page = await Query.RunAsync(id, null, Cancel);

            Assert.NotNull(page);
            await AssertAsReadAloneAsync(id, null, page);
            pages.Add(page);
        }

        // The registry has each case the page's readers treat apart, so the comparison compares them.
        Assert.Contains(pages, p => p.Identity.HasOthers);
        Assert.Contains(pages, p => p.LegalCases.Count > 0);
        Assert.Contains(pages, p => p.Captivity.Summary is not null && p.Captivity.Rule == DetainingPartyRule.LegalCase);
        Assert.Contains(pages, p => p.Captivity.Events.Count > 0);
        Assert.Contains(pages, p => p.CaptureControl is not null);
        Assert.Contains(pages, p => p.Dossier.Timeline.Any(f => f.Evidence.Standing?.Caution is not null));
    }

    [Fact]
    public async Task RunAsync_AsRecordedOnADay_IsWhatEachReaderGivesAlone()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var id in new[] { Joined, JoinedWith, _verified.Soldier })
        {
            foreach (var day in new[] { new DateOnly(2020, 12, 31), today })
            {
                var page = await Query.RunAsync(id, day, Cancel);

                Assert.NotNull(page);
                Assert.Equal(day, page.Dossier.RecordedOn);
                Assert.Empty(page.Departures);
                await AssertAsReadAloneAsync(id, day, page);
            }
        }
    }

    [Fact]
    public async Task RunAsync_VideoCheckedAndItsFileUnderReview_StandsAsTheSourcesStandingsSay()
    {
        var page = await Query.RunAsync(_verified.Soldier, null, Cancel);

        Assert.NotNull(page);
        await using var context = _db.NewContext();
        var standings = await EvidenceStandings.ReadAsync(context, [_verified.Video, _verified.Article], Cancel);
        var onVideo = Assert.Single(page.Dossier.Timeline, f => f.Id == _verified.CaptureOnVideo);
        Assert.Equal(new EvidenceStanding(VerificationState.Verified, EvidenceCaution.UnverifiedVideo), onVideo.Evidence.Standing);
        Assert.Equal(standings[_verified.Video], onVideo.Evidence.Standing);
        Assert.Equal("Invented video of a capture near Hin Tagher", onVideo.Evidence.SourceTitle);
        var inArticle = Assert.Single(page.Dossier.Timeline, f => f.Id == _verified.MissingInArticle);
        Assert.Equal(EvidenceStanding.Plain, inArticle.Evidence.Standing);
        Assert.Equal(standings[_verified.Article], inArticle.Evidence.Standing);
    }

    [Fact]
    public async Task RunAsync_UnknownRecord_IsNull()
    {
        Assert.Null(await Query.RunAsync(Guid.NewGuid(), null, Cancel));
    }

    // Each part of the page equals what its own reader gives (records hold lists, so they are compared as JSON).
    private async Task AssertAsReadAloneAsync(Guid id, DateOnly? day, PersonDossierPage page)
    {
        var actor = new FixedActor("viewer-1");
        Same(await new PersonDossierQuery(_db.Database).RunAsync(id, day, Cancel), page.Dossier);
        Same(await new PersonIdentityQuery(_db.Database).ForDossierAsync(id, day, Cancel), page.Identity);
        Same(await new LegalCaseReader(_db.Database).ForPersonAsync(id, Cancel), page.LegalCases);
        Same(day is null ? await new ListDepartures(_db.Database, actor, _clock).ForPersonAsync(id, Cancel) : [], page.Departures);
        Same(await new ObligationsQuery(_db.Database, _clock).ForPersonAsync(id, Cancel), page.Captivity);
        Same(await new PlaceControls(_db.Database, actor, _clock).AtCaptureAsync(id, Cancel), page.CaptureControl);
    }

    private static void Same<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
}
