using Whereabouts.Application.Accounts;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Tracing;

/// <summary>The page of what the tracing office must do next, on the demo registry with invented requests added here.</summary>
public sealed class NextPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_RequestWaitingFortyDays_IsListedWithItsDaysAndTheMenuLinksHere()
    {
        var request = await RequestAsync(daysAgo: 40);
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, "/Tracing/Next");

        var row = page.QuerySelector($"#unanswered-list tr[data-request='{request.Id}']");
        Assert.NotNull(row);
        Assert.Equal("40", row.QuerySelector("td.days-waiting")?.TextContent.Trim());
        Assert.Equal(request.Reference, row.QuerySelector("a[translate=no]")?.TextContent.Trim());
        Assert.Equal("/Tracing/Next", page.QuerySelector("#nav-tracing-next")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#inform-again"));
        Assert.NotNull(page.QuerySelector("#new-evidence"));
    }

    [Fact]
    public async Task Get_InArmenian_ShowsTheHeadingsTranslated()
    {
        using var browser = await app.BrowserAsync(Roles.Counsel);

        var page = await WebApp.GetDocumentAsync(browser, "/Tracing/Next?culture=hy");

        Assert.Equal("Ինչ անել հաջորդիվ", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Analyst)]
    public async Task Get_ViewerOrAnalyst_IsRefusedAndTheDashboardShowsNoCounts(string role)
    {
        using var browser = await app.BrowserAsync(role);

        using var refused = await browser.GetAsync(new Uri("/Tracing/Next", UriKind.Relative), Cancel);
        var dashboard = await WebApp.GetDocumentAsync(browser, "/Dashboard");

        Assert.Contains("/Account/AccessDenied", refused.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Null(dashboard.QuerySelector("#tracing-counts"));
        Assert.Null(dashboard.QuerySelector("#nav-tracing-next"));
    }

    [Fact]
    public async Task Dashboard_Caseworker_SeesTheCountsLinkedToTheLists()
    {
        await RequestAsync(daysAgo: 35, TracingRequestChannel.PublicForm);
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var dashboard = await WebApp.GetDocumentAsync(browser, "/Dashboard");

        Assert.Equal("/Tracing/Next#unanswered", dashboard.QuerySelector("#unanswered-requests a")?.GetAttribute("href"));
        Assert.Equal("/Tracing/Next#inform-again", dashboard.QuerySelector("#inform-again-families a")?.GetAttribute("href"));
        Assert.Equal("/Tracing/Next#new-evidence", dashboard.QuerySelector("#new-evidence-requests a")?.GetAttribute("href"));
        Assert.Matches(@"From the public form, waiting for a caseworker: [1-9]", dashboard.QuerySelector("#public-form-requests")?.TextContent);
        Assert.Matches(@"No answer for 30 days or more: [1-9]", dashboard.QuerySelector("#unanswered-requests")?.TextContent);
    }

    private async Task<TracingRequest> RequestAsync(int daysAgo, TracingRequestChannel channel = TracingRequestChannel.Office)
    {
        var now = DateTimeOffset.UtcNow;
        var request = new TracingRequest(
            Guid.NewGuid(),
            TracingRequest.FormatReference(2000 + Random.Shared.Next(0, 20), Random.Shared.Next(1000, 9999)),
            PartialDate.OfDay(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-daysAgo)),
            channel,
            new TracingRequestDetails("Invented Enquirer", "mother", "hy", [], false, "Invented Sought", null, null, null, null, null),
            "caseworker-tests",
            now);
        await using var context = app.Database.CreateContext("caseworker-tests");
        context.TracingRequests.Add(request);
        await context.SaveChangesAsync(Cancel);
        return request;
    }
}
