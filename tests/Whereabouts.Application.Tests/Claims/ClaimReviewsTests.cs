using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Claims;
using Whereabouts.Application.Common;
using Whereabouts.Application.Ingestion;
using Whereabouts.Application.Persons;
using Whereabouts.Application.Tests.Ingestion;
using Whereabouts.Application.Tests.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Claims;

public sealed class ClaimReviewsTests(DemoRegistry registry) : IClassFixture<DemoRegistry>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PendingAsync_AfterAnArticle_ListsItsClaimsAndNoAcceptedOnes()
    {
        var source = await IngestAsync("pending list");

        var pending = await Reviews().PendingAsync(source, null, null, Cancel);

        Assert.Equal(3, pending.Total);
        Assert.All(pending.Items, c => Assert.Equal(ClaimReview.Pending, c.Review));
        Assert.True(await Reviews().PendingCountAsync(Cancel) >= 3);
    }

    [Fact]
    public async Task JudgeAsync_AcceptAndReject_RecordsWhoAndKeepsTheRejectedClaim()
    {
        var source = await IngestAsync("judging");
        var claims = (await Reviews().PendingAsync(source, null, null, Cancel)).Items;

        var accepted = await Reviews("analyst.one").JudgeAsync(claims[0].Id, claims[0].Version, ClaimReview.Accepted, Cancel);
        var rejected = await Reviews("analyst.two").JudgeAsync(claims[1].Id, claims[1].Version, ClaimReview.Rejected, Cancel);

        Assert.Equal(ClaimReview.Accepted, accepted!.Review);
        Assert.Equal(ClaimReview.Rejected, rejected!.Review);
        Assert.Equal(1, (await Reviews().PendingAsync(source, null, null, Cancel)).Total);
        await using var context = registry.NewContext();
        var stored = await context.CountClaims.SingleAsync(c => c.Id == claims[1].Id, Cancel);
        Assert.Equal("analyst.two", stored.ReviewedBy);
        var audit = await context.AuditEntries.Where(e => e.EntityId == claims[0].Id.ToString()).Select(e => e.Actor).ToListAsync(Cancel);
        Assert.Contains("analyst.one", audit);
    }

    [Fact]
    public async Task JudgeAsync_FromAStaleCopy_IsAConflictAndChangesNothing()
    {
        var source = await IngestAsync("stale");
        var claim = (await Reviews().PendingAsync(source, null, null, Cancel)).Items[0];
        await Reviews().JudgeAsync(claim.Id, claim.Version, ClaimReview.Rejected, Cancel);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Reviews().JudgeAsync(claim.Id, claim.Version, ClaimReview.Accepted, Cancel));

        Assert.Equal(ClaimReview.Rejected, (await Reviews().FindAsync(claim.Id, Cancel))!.Review);
    }

    [Fact]
    public async Task ReviseAsync_CorrectedAndAccepted_SavesTheCorrectionAndTheAcceptance()
    {
        var source = await IngestAsync("revise");
        var claim = (await Reviews().PendingAsync(source, null, null, Cancel)).Items.Single(c => c.Count == 60);
        var incident = registry.Catalog.Incidents.Single(i => i.Name == "Fighting at Hin Tagher and Khtsabert");

        var revised = await Reviews().ReviseAsync(
            claim.Id, claim.Version,
            new ClaimInput(60, null, "About", "Missing", "Armenian", incident.Id, null, "2020-12-16", "Asserted", "the ombudsman", claim.Quote),
            accept: true, Cancel);

        Assert.NotNull(revised);
        Assert.Equal(ClaimReview.Accepted, revised.Review);
        Assert.Equal(incident.Id, revised.IncidentId);
        Assert.Equal("armenian", revised.Side);
        Assert.Equal(PartialDate.OfDay(2020, 12, 16), revised.AsOf);
    }

    [Fact]
    public async Task ReviseAsync_BadRangeBothScopesAndNoQuote_NamesEachFieldAndSavesNothing()
    {
        var source = await IngestAsync("bad revise");
        var claim = (await Reviews().PendingAsync(source, null, null, Cancel)).Items[0];
        var place = registry.Catalog.Places[0];
        var incident = registry.Catalog.Incidents[0];

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Reviews().ReviseAsync(
            claim.Id, claim.Version,
            new ClaimInput(40, 30, "Range", "Held", null, incident.Id, place.Id, null, "Asserted", null, " "),
            accept: true, Cancel));

        Assert.Contains("countMax", error.Errors.Keys);
        Assert.Contains("placeId", error.Errors.Keys);
        Assert.Contains("quote", error.Errors.Keys);
        var unchanged = await Reviews().FindAsync(claim.Id, Cancel);
        Assert.Equal(ClaimReview.Pending, unchanged!.Review);
        Assert.Equal(claim.Count, unchanged.Count);
    }

    [Fact]
    public async Task AddAsync_ByHand_RecordsAnAcceptedClaimWithWhoTypedIt()
    {
        var source = await IngestAsync("typed by hand");

        var added = await Reviews("analyst.three").AddAsync(
            source, new ClaimInput(40, 45, "Range", "held", null, null, null, "2021-03", null, null, "Between 40 and 45 invented men are still held."), Cancel);

        Assert.NotNull(added);
        Assert.Equal((40, 45, CountQualifier.Range, CountCategory.Held, ClaimReview.Accepted), (added.Count, added.CountMax, added.Qualifier, added.Category, added.Review));
        await using var context = registry.NewContext();
        var stored = await context.CountClaims.SingleAsync(c => c.Id == added.Id, Cancel);
        Assert.Equal("analyst.three", stored.RecordedBy);
    }

    [Fact]
    public async Task AddAsync_WithoutQuoteOrCategory_IsRefusedByFieldAndSavesNothing()
    {
        var source = await IngestAsync("typed without a quote");
        await using var before = registry.NewContext();
        var count = await before.CountClaims.CountAsync(c => c.SourceId == source, Cancel);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Reviews().AddAsync(source, new ClaimInput(3, null, null, null, null, null, null, null, null, null, " "), Cancel));

        Assert.Contains("quote", error.Errors.Keys);
        Assert.Contains("category", error.Errors.Keys);
        await using var after = registry.NewContext();
        Assert.Equal(count, await after.CountClaims.CountAsync(c => c.SourceId == source, Cancel));
        Assert.Null(await Reviews().AddAsync(Guid.NewGuid(), new ClaimInput(3, null, null, "Missing", null, null, null, null, null, null, "Three."), Cancel));
    }

    private ClaimReviews Reviews(string actor = "analyst") => new(registry.Database, new FixedActor(actor), TimeProvider.System);

    private async Task<Guid> IngestAsync(string title)
    {
        var text = InventedArticles.MissingReport.Replace("Invented report", "Invented report (" + title + ")", StringComparison.Ordinal);
        var ingest = new SourceIngest(registry.Database, new ArticleIngest(registry.Database, new PersonSearch(registry.Database)), new FixedActor("analyst"), TimeProvider.System);
        return (await ingest.IngestAsync(DocumentSubmission.Pasted(text), Cancel)).SourceId;
    }
}
