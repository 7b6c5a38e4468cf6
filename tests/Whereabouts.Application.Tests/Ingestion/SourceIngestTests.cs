using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Ingestion;
using Whereabouts.Application.Persons;
using Whereabouts.Application.Tests.Sources;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Ingestion;

public sealed class SourceIngestTests(DemoRegistry registry) : IClassFixture<DemoRegistry>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IngestAsync_PastedReport_ArchivesTheDocumentAndProposesEveryClaimForReview()
    {
        var text = InventedArticles.MissingReport.Replace("Invented report", "Invented report one", StringComparison.Ordinal);

        var ingested = await Ingest().IngestAsync(DocumentSubmission.Pasted(text, reliability: "B"), Cancel);

        await using var context = registry.NewContext();
        var source = await context.Sources.SingleAsync(s => s.Id == ingested.SourceId, Cancel);
        Assert.Equal("Invented report one: families wait for word from Khtsabert", source.Title);
        Assert.Equal(SourceKind.NewsArticle, source.Kind);
        Assert.Equal(Reliability.B, source.Reliability);
        Assert.Equal(PartialDate.OfDay(2020, 12, 16), source.PublishedOn);
        var archive = await context.SourceArchives.SingleAsync(a => a.SourceId == source.Id, Cancel);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), archive.Sha256);
        Assert.Equal(archive.Sha256, source.ContentSha256);
        Assert.Equal("text/plain", archive.MediaType);
        Assert.Contains("fate of 73 servicemen", archive.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("About the author", archive.Text, StringComparison.Ordinal);

        var claims = await context.CountClaims.Where(c => c.SourceId == source.Id).OrderBy(c => c.Count).ToListAsync(Cancel);
        Assert.Equal(3, ingested.ClaimsProposed);
        Assert.All(claims, c => Assert.Equal(ClaimReview.Pending, c.Review));
        Assert.Equal([60, 73, 171], claims.Select(c => c.Count));
        Assert.All(claims, c => Assert.Equal(CountCategory.Missing, c.Category));
        var (about60, exact73, denied171) = (claims[0], claims[1], claims[2]);
        Assert.Equal(CountQualifier.About, about60.Qualifier);
        Assert.Equal(ClaimStatus.Denied, denied171.Status);
        Assert.Equal("the Ministry of Defence", exact73.ClaimedBy);
        Assert.Equal(PartialDate.OfDay(2020, 12, 15), exact73.AsOf);

        // One place named in the sentence scopes the claim to it; two places leave it to the analyst.
        Assert.Equal(registry.Catalog.Places.Single(p => p.PrimaryName.Text == "Khtsabert").Id, exact73.PlaceId);
        Assert.Null(about60.PlaceId);
        Assert.Contains("Khtsabert", ingested.Places);
    }

    [Fact]
    public async Task IngestAsync_RussianStatement_ReadsItAsRussianAndScopesTheClaimToTheInflectedPlace()
    {
        var ingested = await Ingest().IngestAsync(DocumentSubmission.Pasted(InventedArticles.RussianStatement), Cancel);

        Assert.Equal("ru", ingested.Language);
        await using var context = registry.NewContext();
        var claim = Assert.Single(await context.CountClaims.Where(c => c.SourceId == ingested.SourceId).ToListAsync(Cancel));
        Assert.Equal((73, CountCategory.Missing, "Министерство обороны"), (claim.Count, claim.Category, claim.ClaimedBy));
        Assert.Equal(PartialDate.OfDay(2020, 12, 15), claim.AsOf);
        Assert.Equal(registry.Catalog.Places.Single(p => p.PrimaryName.Text == "Khtsabert").Id, claim.PlaceId);
    }

    [Fact]
    public async Task IngestAsync_ArmenianStatement_ReadsItAsArmenian()
    {
        var ingested = await Ingest().IngestAsync(DocumentSubmission.Pasted(InventedArticles.ArmenianStatement), Cancel);

        Assert.Equal("hy", ingested.Language);
        await using var context = registry.NewContext();
        var claim = Assert.Single(await context.CountClaims.Where(c => c.SourceId == ingested.SourceId).ToListAsync(Cancel));
        Assert.Equal((60, CountQualifier.AtLeast, CountCategory.Held, "armenian"), (claim.Count, claim.Qualifier, claim.Category, claim.Side));

        // Խծաբերդում ("in Khtsabert") is found in its inflected form; with Azerbaijan also named, the analyst scopes the claim.
        Assert.Contains("Khtsabert", ingested.Places);
    }

    [Fact]
    public async Task IngestAsync_ArchivedDocument_IsAuditedByHashNotCopiedIntoTheLog()
    {
        var text = InventedArticles.MissingReport.Replace("Invented report", "Invented report two", StringComparison.Ordinal);

        var ingested = await Ingest("analyst.one").IngestAsync(DocumentSubmission.Pasted(text), Cancel);

        await using var context = registry.NewContext();
        var entry = await context.AuditEntries.SingleAsync(e => e.EntityType == "SourceArchive" && e.EntityId == ingested.SourceId.ToString(), Cancel);
        Assert.Equal("analyst.one", entry.Actor);
        Assert.Contains(ingested.Sha256, entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("fate of 73 servicemen", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_SameDocumentTwice_IsRefusedNamingTheSourceAndAddsNothing()
    {
        var text = InventedArticles.MissingReport.Replace("Invented report", "Invented report three", StringComparison.Ordinal);
        await Ingest().IngestAsync(DocumentSubmission.Pasted(text), Cancel);
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Ingest().IngestAsync(DocumentSubmission.Pasted(text), Cancel));

        Assert.Contains("Invented report three", Assert.Single(error.Errors["document"]), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task IngestAsync_TruncatedGzip_IsRefusedWithTheFileNameAndAddsNothing()
    {
        var zipped = new MemoryStream();
        await using (var gzip = new GZipStream(zipped, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(InventedArticles.MissingReport), Cancel);
        }

        var truncated = zipped.ToArray()[..(int)(zipped.Length / 2)];
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Ingest().IngestAsync(new DocumentSubmission("report.txt.gz", truncated), Cancel));

        Assert.Contains("report.txt.gz", Assert.Single(error.Errors["document"]), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task IngestAsync_WhitespaceOnlyArticle_IsRefusedAndNothingIsArchived()
    {
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Ingest().IngestAsync(new DocumentSubmission("blank.txt", Encoding.UTF8.GetBytes(" \n\t \r\n  ")), Cancel));

        Assert.Contains("holds no text", Assert.Single(error.Errors["document"]), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("", null, "document")]
    [InlineData("Some text.", "Newspaper", "kind")]
    [InlineData("Some text.", null, "url")]
    public async Task IngestAsync_BadSubmission_NamesTheFieldAndAddsNothing(string text, string? kind, string field)
    {
        var before = await CountsAsync();
        var url = field == "url" ? "ftp://example.org/a" : null;

        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Ingest().IngestAsync(DocumentSubmission.Pasted(text, kind, url: url), Cancel));

        Assert.Contains(field, error.Errors.Keys);
        Assert.Equal(before, await CountsAsync());
    }

    private SourceIngest Ingest(string actor = "analyst") =>
        new(registry.Database, new ArticleIngest(registry.Database, new PersonSearch(registry.Database)), new FixedActor(actor), TimeProvider.System);

    private async Task<(int Sources, int Archives, int Claims)> CountsAsync()
    {
        await using var context = registry.NewContext();
        return (await context.Sources.CountAsync(Cancel), await context.SourceArchives.CountAsync(Cancel), await context.CountClaims.CountAsync(Cancel));
    }
}
