using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Sources;

public sealed class SourceEditorTests(DemoRegistry registry) : IClassFixture<DemoRegistry>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_ValidInput_SavesTheSourceAndAuditsTheActor()
    {
        var input = new SourceInput("OfficialStatement", "  Statement on the exchange  ", "Ministry", null, "https://example.org/statement", "2020-12-14", null, "b", "Read by phone.");

        var saved = await Editor("alice").CreateAsync(input, Cancel);

        await using var context = registry.NewContext();
        var stored = await context.Sources.SingleAsync(s => s.Id == saved.Id, Cancel);
        Assert.Equal("Statement on the exchange", stored.Title);
        Assert.Equal(SourceKind.OfficialStatement, stored.Kind);
        Assert.Equal(Reliability.B, stored.Reliability);
        Assert.Equal(PartialDate.OfDay(2020, 12, 14), stored.PublishedOn);
        var audit = await context.AuditEntries.Where(e => e.SubjectId == saved.Id.ToString()).ToListAsync(Cancel);
        var added = Assert.Single(audit);
        Assert.Equal("alice", added.Actor);
        Assert.Equal("Added", added.Action);
        Assert.Equal("Source", added.EntityType);
    }

    [Fact]
    public async Task CreateAsync_NoTitleAndABadDate_NamesBothFieldsAndSavesNothing()
    {
        var before = await CountAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Editor().CreateAsync(new SourceInput("NewsArticle", "  ", PublishedOn: "2020-13"), Cancel));

        Assert.Contains("title", error.Errors.Keys);
        Assert.Contains("month 13", Assert.Single(error.Errors["publishedOn"]), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("Newspaper", "B", "kind")]
    [InlineData("NewsArticle", "3", "reliability")]
    [InlineData("NewsArticle", "A,B", "reliability")]
    [InlineData("NewsArticle", "G", "reliability")]
    public async Task CreateAsync_UnknownKindOrGrade_IsRefusedUnderItsField(string kind, string grade, string field)
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Editor().CreateAsync(new SourceInput(kind, "A title", Reliability: grade), Cancel));

        Assert.Equal([field], error.Errors.Keys);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/list.csv")]
    [InlineData("example.org/article")]
    public async Task CreateAsync_AddressThatIsNotAbsoluteHttp_IsRefusedUnderUrl(string url)
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Editor().CreateAsync(new SourceInput(null, "A title", Url: url), Cancel));

        Assert.Equal(["url"], error.Errors.Keys);
    }

    [Fact]
    public async Task CreateAsync_PublishedInTheFuture_IsRefusedUnderPublishedOn()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Editor().CreateAsync(new SourceInput(null, "A title", PublishedOn: "9000"), Cancel));

        Assert.Contains("future", Assert.Single(error.Errors["publishedOn"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_BlankKindAndGrade_DefaultToOtherAndCannotBeJudged()
    {
        var saved = await Editor().CreateAsync(new SourceInput(null, "Untitled note"), Cancel);

        Assert.Equal(SourceKind.Other, saved.Kind);
        Assert.Equal(Reliability.F, saved.Reliability);
    }

    [Fact]
    public async Task ReviseAsync_CurrentVersion_SavesBumpsTheVersionAndAuditsTheActor()
    {
        var created = await Editor("alice").CreateAsync(new SourceInput("NewsArticle", "First title"), Cancel);

        var revised = await Editor("bob").ReviseAsync(created.Id, created.Version, new SourceInput("NewsArticle", "Corrected title", Reliability: "C"), Cancel);

        Assert.NotNull(revised);
        Assert.Equal("Corrected title", revised.Title);
        Assert.Equal(created.Version + 1, revised.Version);
        await using var context = registry.NewContext();
        var modified = await context.AuditEntries.SingleAsync(e => e.SubjectId == created.Id.ToString() && e.Action == "Modified", Cancel);
        Assert.Equal("bob", modified.Actor);
        Assert.Contains("Corrected title", modified.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviseAsync_StaleVersion_ThrowsConcurrencyConflictAndChangesNothing()
    {
        var created = await Editor().CreateAsync(new SourceInput("NewsArticle", "Original"), Cancel);
        await Editor().ReviseAsync(created.Id, created.Version, new SourceInput("NewsArticle", "First edit"), Cancel);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Editor().ReviseAsync(created.Id, created.Version, new SourceInput("NewsArticle", "Second edit from an old copy"), Cancel));

        var current = await new SourceReader(registry.Database).FindAsync(created.Id, Cancel);
        Assert.Equal("First edit", current?.Title);
    }

    [Fact]
    public async Task ReviseAsync_UnknownId_ReturnsNull()
    {
        var revised = await Editor().ReviseAsync(Guid.NewGuid(), 0, new SourceInput(null, "Anything"), Cancel);

        Assert.Null(revised);
    }

    private SourceEditor Editor(string actor = "alice") => new(registry.Database, new FixedActor(actor), TimeProvider.System);

    private async Task<int> CountAsync()
    {
        await using var context = registry.NewContext();
        return await context.Sources.CountAsync(Cancel);
    }
}
