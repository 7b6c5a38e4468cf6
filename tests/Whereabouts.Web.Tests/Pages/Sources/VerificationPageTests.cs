using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Sources;

/// <summary>The verification panel on a source's page and the page its form posts to.</summary>
public sealed class VerificationPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Post_UnderReviewThenVerified_FromTheSourcePage_ShowsEachStepWithItsMethod()
    {
        var video = await InventedVideo.SaveAsync(app.Database);
        using var browser = await app.BrowserAsync(Roles.Analyst);
        var page = $"/Sources/{video.Source}";

        var before = await WebApp.GetDocumentAsync(browser, page);
        using var review = await WebApp.PostFormAsync(browser, page, new Dictionary<string, string> { ["Form.State"] = "UnderReview" }, "#verification-form");
        var reviewing = await WebApp.GetDocumentAsync(browser, page);
        using var decision = await WebApp.PostFormAsync(browser, page, new Dictionary<string, string>
        {
            ["Form.State"] = "Verified",
            ["Form.Methods"] = "Geolocation",
            ["Form.Note"] = "The ridge behind the men matches imagery of Khtsabert.",
        }, "#verification-form");
        var after = await WebApp.GetDocumentAsync(browser, page);

        Assert.Equal("Unverified", before.QuerySelector("#verification-state")?.GetAttribute("data-state"));
        Assert.NotNull(before.QuerySelector("#no-verification"));
        Assert.Null(before.QuerySelector("#verification-next-Verified"));
        Assert.Equal(HttpStatusCode.Redirect, review.StatusCode);
        Assert.Equal($"/Sources/{video.Source}#verification", review.Headers.Location?.OriginalString);
        Assert.NotNull(reviewing.QuerySelector("#verification-next-Verified"));
        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);
        Assert.Equal("Verified", after.QuerySelector("#verification-state")?.GetAttribute("data-state"));
        var rows = after.QuerySelectorAll("#verification-history tbody tr");
        Assert.Equal(["UnderReview", "Verified"], rows.Select(r => r.GetAttribute("data-state")));
        Assert.Contains("Geolocation", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("matches imagery of Khtsabert", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("analyst-", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DecisionStraightFromUnverifiedWithoutMethodOrNote_ShowsEachMessageAndSavesNothing()
    {
        var video = await InventedVideo.SaveAsync(app.Database);
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await WebApp.PostFormAsync(
            browser, $"/Sources/{video.Source}", new Dictionary<string, string> { ["Form.State"] = "ShownFalse" }, "#verification-form");
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = page.QuerySelector("#verification-errors")?.TextContent ?? string.Empty;
        Assert.Contains("a decision names at least one method", errors, StringComparison.Ordinal);
        Assert.Contains("a decision needs a note", errors, StringComparison.Ordinal);
        Assert.Equal("Unverified", page.QuerySelector("#verification-state")?.GetAttribute("data-state"));
    }

    [Fact]
    public async Task Post_AStepSomeoneElseOvertook_SaysSoInTheReadersLanguage()
    {
        var video = await InventedVideo.SaveAsync(app.Database);
        using var first = await app.BrowserAsync(Roles.Analyst);
        using var second = await app.BrowserAsync(Roles.Analyst);
        var form = await WebApp.GetDocumentAsync(second, $"/Sources/{video.Source}");
        using var overtaking = await WebApp.PostFormAsync(first, $"/Sources/{video.Source}", new Dictionary<string, string> { ["Form.State"] = "UnderReview" }, "#verification-form");

        // The second reviewer submits the form loaded before the first one's step, as it stood.
        var token = form.QuerySelector("#verification-form input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? string.Empty;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.ExpectedState"] = "Unverified",
            ["Form.State"] = "UnderReview",
        });
        using var stale = await second.PostAsync(new Uri($"/Sources/{video.Source}/Verification?culture=ru", UriKind.Relative), content, TestContext.Current.CancellationToken);
        var page = await WebApp.ParseAsync(stale);

        Assert.Equal(HttpStatusCode.Redirect, overtaking.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var message = page.QuerySelector("#verification-errors")?.TextContent ?? string.Empty;
        Assert.Contains("Тем временем кто-то другой записал шаг", message, StringComparison.Ordinal);
        Assert.Contains("«На проверке»", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsViewer_ShowsTheHistoryButNoForm()
    {
        var video = await InventedVideo.SaveAsync(app.Database);
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/Sources/{video.Source}");

        Assert.NotNull(page.QuerySelector("#verification-state"));
        Assert.Null(page.QuerySelector("#verification-form"));
    }
}
