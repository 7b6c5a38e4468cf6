using System.Net;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Identities;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Pages.Administration;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Review;

public sealed class PairPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_ProposedPair_IsInTheRegistryPairsAndShowsBothRecordsAndTheReasons()
    {
        var pair = await ProposedPairAsync();
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var list = await WebApp.GetDocumentAsync(browser, "/Review/Pairs");
        var page = await WebApp.GetDocumentAsync(browser, $"/Review/Pairs/{pair.Id}");

        Assert.NotNull(list.QuerySelector($"#pairs a[href='/Review/Pairs/{pair.Id}']"));
        Assert.NotNull(page.QuerySelector($"#records-table a[href='/People/{pair.FirstPersonId}']"));
        Assert.NotNull(page.QuerySelector($"#records-table a[href='/People/{pair.SecondPersonId}']"));
        Assert.NotEmpty(page.QuerySelectorAll("#explanation tbody tr"));
        Assert.Contains("Pending", page.QuerySelector("#decision")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NotTheSame_IsRecordedAndTheDecisionShown()
    {
        var pair = await ProposedPairAsync();
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await WebApp.PostFormAsync(browser, $"/Review/Pairs/{pair.Id}", new Dictionary<string, string>
        {
            ["Decision"] = nameof(MatchDecision.NotSame),
            ["Note"] = "two cousins",
        }, "#judge");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await WebApp.GetDocumentAsync(browser, response.Headers.Location!.ToString());
        Assert.NotNull(page.QuerySelector("#notice"));
        Assert.Contains("Not the same", page.QuerySelector("#decision")?.TextContent, StringComparison.Ordinal);
        await using var context = app.Database.CreateContext();
        var judged = await context.PersonPairs.SingleAsync(p => p.Id == pair.Id, Cancel);
        Assert.Equal(MatchDecision.NotSame, judged.Decision);
        Assert.Equal("two cousins", Assert.Single(judged.Judgements).Note);
    }

    [Fact]
    public async Task Post_StaleVersion_IsRefusedAndNothingSaved()
    {
        var pair = await ProposedPairAsync();
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await WebApp.PostFormAsync(browser, $"/Review/Pairs/{pair.Id}", new Dictionary<string, string>
        {
            ["Decision"] = nameof(MatchDecision.Same),
            ["Version"] = "99",
        }, "#judge");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await WebApp.ParseAsync(response)).QuerySelector(".validation-summary"));
        await using var context = app.Database.CreateContext();
        Assert.Equal(MatchDecision.Pending, (await context.PersonPairs.SingleAsync(p => p.Id == pair.Id, Cancel)).Decision);
    }

    private async Task<PersonPair> ProposedPairAsync()
    {
        var (hayk, ayk) = await DuplicatesPageTests.InventedDuplicateAsync(app);
        await new DuplicateSearch(app.Database, new FixedActor("test")).FindAsync(cancellationToken: Cancel);
        await using var context = app.Database.CreateContext();
        var (first, second) = PersonPair.Order(hayk.Id, ayk.Id);
        return await context.PersonPairs.AsNoTracking().SingleAsync(p => p.FirstPersonId == first && p.SecondPersonId == second, Cancel);
    }
}
