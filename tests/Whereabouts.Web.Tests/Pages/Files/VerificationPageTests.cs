using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Files;

/// <summary>The verification panel of a file, on the page its form posts to.</summary>
public sealed class VerificationPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Post_UnderReview_RecordsTheStepOnTheFileAndGoesBackToItsPage()
    {
        var video = await InventedVideo.SaveAsync(app.Database);
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var page = $"/Files/{video.File}/Verification";

        using var response = await WebApp.PostFormAsync(
            browser, page, new Dictionary<string, string> { ["Form.State"] = "UnderReview", ["Form.Methods"] = "IdentityOfPeople" }, "#verification-form");
        var after = await WebApp.GetDocumentAsync(browser, page);
        var filePage = await WebApp.GetDocumentAsync(browser, $"/Files/{video.File}");
        var source = await WebApp.GetDocumentAsync(browser, $"/Sources/{video.Source}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Files/{video.File}#verification", response.Headers.Location?.OriginalString);
        Assert.Equal("UnderReview", after.QuerySelector("#verification-state")?.GetAttribute("data-state"));
        Assert.Contains("Identity of the people shown", after.QuerySelector("#verification-history")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("UnderReview", filePage.QuerySelector("#verification-state")?.GetAttribute("data-state"));
        Assert.Equal("Unverified", source.QuerySelector("#verification-state")?.GetAttribute("data-state"));
    }

    [Fact]
    public async Task Get_NoSuchFile_Is404()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var unknown = await browser.GetAsync(new Uri($"/Files/{new string('f', 64)}/Verification", UriKind.Relative), TestContext.Current.CancellationToken);
        using var notAHash = await browser.GetAsync(new Uri("/Files/capture.mp4/Verification", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notAHash.StatusCode);
    }
}
