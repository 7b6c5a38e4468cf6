using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

public sealed class CaptivityPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly string IcrcList = DemoIds.For("source/invented/icrc-list-2020").ToString();

    [Fact]
    public async Task Post_AVisit_ShowsOnTheDossierWithItsFigures()
    {
        var person = DemoIds.For("person/hin-tagher/17");
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await WebApp.PostFormAsync(browser, $"/People/{person}/Captivity", new Dictionary<string, string>
        {
            ["Event.Kind"] = "Visit",
            ["Event.OccurredOn"] = "2021-03-10",
            ["Event.DetainingParty"] = "azerbaijani",
            ["Event.By"] = "ICRC delegation (INVENTED)",
            ["Event.SourceId"] = IcrcList,
        }, "#captivity-form");
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{person}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("ICRC delegation (INVENTED)", dossier.QuerySelector("#captivity-events")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("10 Mar 2021", dossier.QuerySelector("#visits")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Never notified", dossier.QuerySelector("#notified")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(dossier.QuerySelector("#record-captivity"));
    }

    [Fact]
    public async Task Post_NoSourceAndAFutureDay_ShowsTheMessagesAndSavesNothing()
    {
        var person = DemoIds.For("person/hin-tagher/18");
        using var browser = await app.BrowserAsync(Roles.Administrator);

        using var response = await WebApp.PostFormAsync(browser, $"/People/{person}/Captivity", new Dictionary<string, string>
        {
            ["Event.Kind"] = "CaptureCard",
            ["Event.OccurredOn"] = "2999-01-01",
        }, "#captivity-form");
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-valmsg-for='Event.SourceId']")?.TextContent);
        Assert.Contains("future", page.QuerySelector("[data-valmsg-for='Event.OccurredOn']")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#no-events"));
    }

    [Fact]
    public async Task Get_DemoCaptiveDossierAsViewer_ShowsTheLateNotificationButNoRecordLink()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{DemoIds.For("person/hin-tagher/8")}");

        Assert.NotNull(dossier.QuerySelector("#captivity-figures"));
        Assert.NotNull(dossier.QuerySelector("#notified .contested"));
        Assert.Null(dossier.QuerySelector("#record-captivity"));
    }
}
