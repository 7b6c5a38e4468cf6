using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Sources;

public sealed class SourceReaderTests(DemoRegistry registry) : IClassFixture<DemoRegistry>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private SourceReader Reader => new(registry.Database);

    [Fact]
    public async Task ListAsync_NoFilter_ListsEveryDemoSourceNewestFirst()
    {
        var page = await Reader.ListAsync(null, 1, 500, Cancel);

        Assert.Equal(registry.Catalog.Sources.Count, page.Total);
        var latest = page.Items.Select(s => s.PublishedOn?.Latest ?? DateOnly.MinValue).ToList();
        Assert.Equal(latest.OrderDescending(), latest);
    }

    [Fact]
    public async Task ListAsync_TextInAnotherCase_MatchesTitlesAndPublishers()
    {
        var page = await Reader.ListAsync("MINISTRY OF DEFENCE", 1, 500, Cancel);

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, s => Assert.True(
            s.Title.Contains("Ministry of Defence", StringComparison.OrdinalIgnoreCase)
            || (s.Publisher?.Contains("Ministry of Defence", StringComparison.OrdinalIgnoreCase) ?? false)));
        Assert.Contains(page.Items, s => s.Publisher == "Ministry of Defence of Russia");
    }

    [Fact]
    public async Task ListAsync_SecondPage_ContinuesTheFirstWithoutOverlap()
    {
        var first = await Reader.ListAsync(null, 1, 10, Cancel);
        var second = await Reader.ListAsync(null, 2, 10, Cancel);

        Assert.Equal(10, first.Items.Count);
        Assert.Empty(first.Items.Select(s => s.Id).Intersect(second.Items.Select(s => s.Id)));
        Assert.Equal(first.Total, second.Total);
    }

    [Fact]
    public async Task DossierAsync_MinistryStatement_ShowsTheDeniedFigureBesideTheAssertedOne()
    {
        var dossier = await Reader.DossierAsync(DemoIds.For("source/mod-armenia-hadrut-missing"), Cancel);

        Assert.NotNull(dossier);
        Assert.Contains(dossier.Claims, c => c.Count == 171 && c.Status == ClaimStatus.Denied);
        Assert.Contains(dossier.Claims, c => c.Count == 73 && c.Status == ClaimStatus.Asserted);
        Assert.All(dossier.Claims, c => Assert.Equal("Fighting at Hin Tagher and Khtsabert", c.IncidentName));
    }

    [Fact]
    public async Task DossierAsync_SourceCitedByFates_CountsThePeopleAndNamesTheFirstFiftyByName()
    {
        var cited = registry.Catalog.People
            .SelectMany(p => p.FateAssertions.Select(a => (Person: p.Id, Source: a.Evidence.SourceId)))
            .Distinct()
            .GroupBy(x => x.Source)
            .OrderByDescending(g => g.Count())
            .First();

        var dossier = await Reader.DossierAsync(cited.Key, Cancel);

        Assert.NotNull(dossier);
        Assert.Equal(cited.Count(), dossier.CitingPeopleCount);
        Assert.Equal(Math.Min(cited.Count(), SourceReader.CitingPeopleShown), dossier.CitingPeople.Count);
        Assert.All(dossier.CitingPeople, p => Assert.True(p.IsInvented));
        Assert.Subset(cited.Select(x => x.Person).ToHashSet(), dossier.CitingPeople.Select(p => p.Id).ToHashSet());
    }

    [Fact]
    public async Task DossierAsync_ArchivedContent_ShowsItsHash()
    {
        var id = DemoIds.For("source/report-exchange-2020-12-14");
        string hash;
        await using (var context = registry.NewContext())
        {
            var source = await context.Sources.SingleAsync(s => s.Id == id, Cancel);
            hash = source.RecordArchivedContent("the archived page"u8);
            await context.SaveChangesAsync(Cancel);
        }

        var dossier = await Reader.DossierAsync(id, Cancel);

        Assert.Equal(hash, dossier?.Source.ContentSha256);
        Assert.Equal(64, hash.Length);
    }

    [Fact]
    public async Task DossierAndClaims_UnknownId_AreNull()
    {
        Assert.Null(await Reader.DossierAsync(Guid.NewGuid(), Cancel));
        Assert.Null(await Reader.ClaimsAsync(Guid.NewGuid(), Cancel));
        Assert.Null(await Reader.FindAsync(Guid.NewGuid(), Cancel));
    }

    [Fact]
    public async Task ClaimsAsync_SourceWithoutClaims_IsEmpty()
    {
        var claims = await Reader.ClaimsAsync(DemoIds.For("source/invented/icrc-list-2020"), Cancel);

        Assert.NotNull(claims);
        Assert.Empty(claims);
    }
}
