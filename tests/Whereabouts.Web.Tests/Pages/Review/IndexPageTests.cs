using System.Net;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Review;

public sealed class IndexPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_AfterAnImport_ListsEachRowWithItsCandidateProbabilityAndDecision()
    {
        var list = await ReviewLists.ImportAsync(app, 3, "INVENTED list for the queue page");
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, $"/Review?source={list.Report.SourceId}");

        // One line per possible match; a row may also have namesakes as candidates.
        var rows = page.QuerySelectorAll("#queue tbody tr");
        Assert.Equal(list.Pending.Count(), rows.Length);
        foreach (var person in list.People)
        {
            var row = Assert.Single(rows, r => r.QuerySelector($"a[href='/People/{person.Id}']") is not null);
            Assert.Contains(ReviewLists.ListedName(person), row.TextContent, StringComparison.Ordinal);
            Assert.Contains("INVENTED list for the queue page", row.TextContent, StringComparison.Ordinal);
            Assert.Contains(person.BirthDate!.ToString(), row.TextContent, StringComparison.Ordinal);
            Assert.Contains(person.PrimaryName.FullName, row.TextContent, StringComparison.Ordinal);
            Assert.Matches(@"\d+(\.\d)?%", row.QuerySelector("td.count")?.TextContent);
            Assert.Contains("Pending", row.TextContent, StringComparison.Ordinal);
            Assert.NotNull(row.QuerySelector($"a[href='/Review/{list.Of(person).MatchId}']"));
        }
    }

    [Fact]
    public async Task Get_FilteredByList_ShowsOnlyThatListsRows()
    {
        var first = await ReviewLists.ImportAsync(app, 1, "INVENTED first list");
        var second = await ReviewLists.ImportAsync(app, 2, "INVENTED second list");
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, $"/Review?source={second.Report.SourceId}");

        var rows = page.QuerySelectorAll("#queue tbody tr");
        Assert.Equal(second.Pending.Count(), rows.Length);
        Assert.All(rows, r => Assert.Contains("INVENTED second list", r.TextContent, StringComparison.Ordinal));
        Assert.Contains(
            page.QuerySelectorAll("select[name='source'] option"),
            o => o.GetAttribute("value") == first.Report.SourceId.ToString() && o.TextContent.Contains($"({first.Pending.Count()} open)", StringComparison.Ordinal));
        Assert.Equal(second.Report.SourceId.ToString(), page.QuerySelector("select[name='source'] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_NothingImported_SaysTheQueueIsEmptyAndHowListsGetThere()
    {
        await using var empty = new WebApp();
        using var browser = await empty.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, "/Review");

        Assert.Null(page.QuerySelector("#queue"));
        Assert.Contains("The review queue is empty", page.QuerySelector("#queue-empty")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("whereabouts import LIST.csv --source \"TITLE\"", page.QuerySelector("#queue-empty code")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Review", page.QuerySelector("#nav-review")?.TextContent.Trim());
    }

    [Fact]
    public async Task Layout_Caseworker_SeesTheReviewLinkWithTheOpenCount()
    {
        await ReviewLists.ImportAsync(app, 1, "INVENTED list for the navigation");
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, "/People");

        Assert.Matches(@"^Review \(\d+\)$", page.QuerySelector("nav a#nav-review")?.TextContent.Trim());
    }

    [Fact]
    public async Task Layout_Viewer_SeesNoReviewLink()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/People");

        Assert.Null(page.QuerySelector("#nav-review"));
    }

    [Fact]
    public async Task Dashboard_ShowsHowManyMatchesWaitForReview()
    {
        await ReviewLists.ImportAsync(app, 1, "INVENTED list for the dashboard");
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        await using var context = app.Database.CreateContext();
        var open = await context.ListMatches.CountAsync(m => m.Decision == MatchDecision.Pending || m.Decision == MatchDecision.Unsure, TestContext.Current.CancellationToken);

        var page = await WebApp.GetDocumentAsync(browser, "/Dashboard");

        var line = page.QuerySelector("#open-list-matches");
        Assert.Contains($"{open} possible match", line?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Review", line?.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Viewer_IsRefused()
    {
        using var cookie = await app.BrowserAsync(Roles.Viewer);
        using var apiKey = await app.ApiClientAsync(Roles.Viewer);

        using var redirected = await cookie.GetAsync(new Uri("/Review", UriKind.Relative), TestContext.Current.CancellationToken);
        using var forbidden = await apiKey.GetAsync(new Uri("/Review", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Contains("/Account/AccessDenied", redirected.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
