using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Verification;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Review;

/// <summary>The review list of fates resting on evidence shown false, and its count on the dashboard.</summary>
public sealed class EvidencePageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_AfterAVideoIsShownFalse_ListsTheCaptureAndTheDashboardCountsIt()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var emptyDashboard = await WebApp.GetDocumentAsync(browser, "/Dashboard");
        var video = await InventedVideo.SaveAsync(app.Database);
        var verification = new EvidenceVerification(app.Database, new FixedActor("analyst-1"), TimeProvider.System);
        var subject = VerificationSubject.OfSource(video.Source);
        await verification.RecordAsync(subject, new VerificationInput("UnderReview", null, null), TestContext.Current.CancellationToken);
        await verification.RecordAsync(subject, new VerificationInput("ShownFalse", ["Chronolocation"], "Posted in 2016."), TestContext.Current.CancellationToken);

        var page = await WebApp.GetDocumentAsync(browser, "/Review/Evidence");
        var dashboard = await WebApp.GetDocumentAsync(browser, "/Dashboard");

        Assert.Null(emptyDashboard.QuerySelector("#flagged-assertions"));
        var row = page.QuerySelector($"#flagged-{video.Capture}");
        Assert.NotNull(row);
        Assert.Contains("Zorvanik", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Reported captured", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/People/RetractFate/{video.Soldier}/{video.Capture}", row.QuerySelector("a.retract-link")?.GetAttribute("href"));
        Assert.Contains("1 fate assertion rests on evidence shown false", dashboard.QuerySelector("#flagged-assertions")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Review/Evidence", dashboard.QuerySelector("#flagged-assertions a")?.GetAttribute("href"));
    }
}
