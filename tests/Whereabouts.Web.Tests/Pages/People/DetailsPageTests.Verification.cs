using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Verification;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

/// <summary>The dossier's marks on fates resting on unverified or false evidence (docs/adr/0029).</summary>
public sealed partial class DetailsPageTests
{
    [Fact]
    public async Task Get_CaptureOnAnUnverifiedVideo_IsMarkedButNotFlagged()
    {
        var video = await InventedVideo.SaveAsync(app.Database);
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/People/{video.Soldier}");

        var mark = page.QuerySelector($"#fate-{video.Capture} .evidence-caution");
        Assert.Equal("UnverifiedVideo", mark?.GetAttribute("data-caution"));
        Assert.Equal("Unverified video", mark?.TextContent);
        Assert.Null(page.QuerySelector($"#flagged-{video.Capture}"));
    }

    [Fact]
    public async Task Get_CaptureWhoseOnlyEvidenceWasShownFalse_IsFlaggedWithALinkToRetractIt()
    {
        var video = await InventedVideo.SaveAsync(app.Database);
        var verification = new EvidenceVerification(app.Database, new FixedActor("analyst-1"), TimeProvider.System);
        var subject = VerificationSubject.OfSource(video.Source);
        await verification.RecordAsync(subject, new VerificationInput("UnderReview", null, null), TestContext.Current.CancellationToken);
        await verification.RecordAsync(subject, new VerificationInput("ShownFalse", ["Chronolocation"], "Posted in 2016."), TestContext.Current.CancellationToken);
        using var caseworker = await app.BrowserAsync(Roles.Caseworker);
        using var viewer = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(caseworker, $"/People/{video.Soldier}");
        var seen = await WebApp.GetDocumentAsync(viewer, $"/People/{video.Soldier}");
        var review = await WebApp.GetDocumentAsync(caseworker, "/Review/Evidence");

        Assert.Equal("Shown false", page.QuerySelector($"#fate-{video.Capture} .evidence-caution")?.TextContent);
        var flag = page.QuerySelector($"#flagged-{video.Capture}");
        Assert.NotNull(flag);
        Assert.Equal($"/People/RetractFate/{video.Soldier}/{video.Capture}", flag.QuerySelector("a")?.GetAttribute("href"));
        Assert.Null(seen.QuerySelector($"#flagged-{video.Capture} a"));
        Assert.NotNull(review.QuerySelector($"#flagged-{video.Capture} a.retract-link"));
    }
}
