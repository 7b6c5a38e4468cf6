using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

/// <summary>The dossier's legal cases and family notifications.</summary>
public sealed partial class DetailsPageTests
{
    private static readonly Guid HinTagher1 = DemoIds.For("person/hin-tagher/1");

    [Fact]
    public async Task Get_PersonNamedInEchrCases_ShowsEachCaseWithNumberAndDecision()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/People/{HinTagher1}");

        var cases = page.QuerySelectorAll("#legal-case-list > li");
        Assert.Equal(2, cases.Length);
        Assert.Contains(cases, c => c.TextContent.Contains("DEMO-IM-2020-002", StringComparison.Ordinal)
            && c.TextContent.Contains("Request for interim measures", StringComparison.Ordinal)
            && c.TextContent.Contains("Decision", StringComparison.Ordinal));
        Assert.All(cases, c => Assert.NotNull(c.QuerySelector("a[href^='/LegalCases/']")));
    }

    [Fact]
    public async Task Get_AsViewer_ShowsNoFamilyNotifications()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/People/{HinTagher1}");

        Assert.Null(page.QuerySelector("#family-notifications"));
        Assert.DoesNotContain("ICRC delegation (invented record)", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("FamilyNotification", page.QuerySelector("#history-list")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordNotification_FromTheDossierAsCounsel_ShowsItOnTheDossier()
    {
        var person = DemoIds.For("person/hin-tagher/5");
        using var browser = await app.BrowserAsync(Roles.Counsel);
        var before = await WebApp.GetDocumentAsync(browser, $"/People/{person}");
        Assert.NotNull(before.QuerySelector("#no-notifications"));

        using var response = await WebApp.PostFormAsync(browser, $"/People/{person}", new Dictionary<string, string>
        {
            ["Notification.ToldOn"] = "2021-02-03",
            ["Notification.ConveyedStatus"] = "Detained",
            ["Notification.ToldBy"] = "Office of the Human Rights Defender",
            ["Notification.Recipient"] = "sister",
        }, "#notification-form form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await WebApp.GetDocumentAsync(browser, $"/People/{person}");
        var told = Assert.Single(after.QuerySelectorAll("#notification-list > li"));
        Assert.Contains("told the sister", told.TextContent, StringComparison.Ordinal);
        Assert.Contains("Detained", told.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordNotification_WithATelephoneNumber_ShowsTheMessageNextToTheField()
    {
        var person = DemoIds.For("person/hin-tagher/6");
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await WebApp.PostFormAsync(browser, $"/People/{person}", new Dictionary<string, string>
        {
            ["Notification.ToldOn"] = "2021-02-03",
            ["Notification.Message"] = "Told he is alive.",
            ["Notification.ToldBy"] = "ICRC delegation",
            ["Notification.Recipient"] = "mother 091 55 66 77",
        }, "#notification-form form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("relationship only", page.QuerySelector("[data-valmsg-for='Notification.Recipient']")?.TextContent, StringComparison.Ordinal);
    }
}
