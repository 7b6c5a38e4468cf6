using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Incidents;

public sealed class EditPageTests(WebApp app) : IClassFixture<WebApp>
{
    // Each test edits its own incident: the tests of a class share one registry.
    private static readonly Guid HinTagherFighting = DemoIds.For("incident/hin-tagher-khtsabert");
    private static readonly Guid Clashes2021 = DemoIds.For("incident/clashes-2021-11-16");
    private static readonly Guid Exchange2020 = DemoIds.For("incident/exchange-2020-12-14");
    private static readonly Guid War = DemoIds.For("incident/44-day-war");
    private static readonly Guid Exchange2021 = DemoIds.For("incident/exchange-2021-12-04");

    [Fact]
    public async Task Get_FillsTheFormWithTheIncidentAsSaved()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);
        var details = await WebApp.GetDocumentAsync(browser, $"/Incidents/{HinTagherFighting}");
        await using var context = app.Database.CreateContext();
        var saved = await context.Incidents.SingleAsync(i => i.Id == HinTagherFighting, TestContext.Current.CancellationToken);

        var page = await WebApp.GetDocumentAsync(browser, $"/Incidents/Edit/{HinTagherFighting}");

        Assert.NotNull(details.QuerySelector($"a#edit-incident[href='/Incidents/Edit/{HinTagherFighting}']"));
        Assert.Equal("Fighting at Hin Tagher and Khtsabert", Value(page, "Form.Name"));
        Assert.Equal("2020-12-11", Value(page, "Form.StartedOn"));
        Assert.Equal("~2020-12-13", Value(page, "Form.EndedOn"));
        Assert.StartsWith("Fighting resumed around", Text(page, "Form.Description"), StringComparison.Ordinal);
        var places = ((IHtmlSelectElement)page.QuerySelector("select[name='Form.PlaceIds']")!).SelectedOptions.Select(o => Guid.Parse(o.Value));
        Assert.Equal(saved.PlaceIds.Order(), places.Order());
        Assert.Equal(["Armenian forces", "Azerbaijani forces", "Russian peacekeepers"], (Text(page, "Form.Parties") ?? string.Empty).ReplaceLineEndings("\n").Split('\n'));
        Assert.Equal(saved.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), Value(page, "Version"));
    }

    [Fact]
    public async Task Post_NewEndDescriptionAndParty_SavesThemAndShowsTheNotice()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var parties = Text(await WebApp.GetDocumentAsync(browser, $"/Incidents/Edit/{Clashes2021}"), "Form.Parties");

        using var response = await EditAsync(browser, Clashes2021, new Dictionary<string, string>
        {
            ["Form.EndedOn"] = "2021-11-17",
            ["Form.Description"] = "Clashes on the Syunik border over two days (test).",
            ["Form.Parties"] = parties + "\r\nICRC",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Incidents/{Clashes2021}", response.Headers.Location?.OriginalString);
        var after = await WebApp.GetDocumentAsync(browser, $"/Incidents/{Clashes2021}");
        Assert.Equal("The incident was saved.", after.QuerySelector(".notice")?.TextContent);
        var shown = after.QuerySelector("#incident-details")?.TextContent;
        Assert.Contains("17 Nov 2021", shown, StringComparison.Ordinal);
        Assert.Contains("Clashes on the Syunik border over two days (test).", shown, StringComparison.Ordinal);
        Assert.Equal(["Armed Forces of Armenia", "Armed Forces of Azerbaijan", "ICRC"], after.QuerySelectorAll("#party-list li").Select(li => li.TextContent));
        Assert.Equal(["Syunik Province"], after.QuerySelectorAll("#place-list a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Post_FromAPageOpenedBeforeSomeoneElseSaved_IsRefusedAndChangesNothing()
    {
        using var analyst = await app.BrowserAsync(Roles.Analyst);
        using var caseworker = await app.BrowserAsync(Roles.Caseworker);
        var stale = Value(await WebApp.GetDocumentAsync(analyst, $"/Incidents/Edit/{Exchange2020}"), "Version");
        using var first = await EditAsync(caseworker, Exchange2020, new Dictionary<string, string>
        {
            ["Form.Name"] = "Exchange of 14 December 2020 (first)",
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var second = await EditAsync(analyst, Exchange2020, new Dictionary<string, string>
        {
            ["Version"] = stale!,
            ["Form.Name"] = "Exchange of 14 December 2020 (second)",
        });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await WebApp.ParseAsync(second);
        Assert.Contains("was changed by someone else after you loaded it", page.QuerySelector("#incident-edit .validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Exchange of 14 December 2020 (second)", Value(page, "Form.Name"));
        var details = await WebApp.GetDocumentAsync(analyst, $"/Incidents/{Exchange2020}");
        Assert.Equal("Exchange of 14 December 2020 (first)", details.QuerySelector("#incident-name")?.TextContent);
    }

    [Fact]
    public async Task Post_EndBeforeTheStart_ShowsTheMessageNextToTheEndAndChangesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Administrator);

        using var response = await EditAsync(browser, War, new Dictionary<string, string>
        {
            ["Form.Name"] = "Renamed war (test)",
            ["Form.EndedOn"] = "2019-05",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("is before the start", page.QuerySelector("[data-valmsg-for='Form.EndedOn']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(string.Empty, page.QuerySelector("[data-valmsg-for='Form.Name']")?.TextContent);
        var details = await WebApp.GetDocumentAsync(browser, $"/Incidents/{War}");
        Assert.Equal("The 44-day war", details.QuerySelector("#incident-name")?.TextContent);
        Assert.Contains("10 Nov 2020", details.QuerySelector("#incident-details")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_APlaceTakenAway_ShowsTheMessageNextToThePlacesAndChangesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await EditAsync(browser, HinTagherFighting, new Dictionary<string, string>
        {
            ["Form.PlaceIds"] = DemoIds.For("place/khtsabert").ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("places are never removed", page.QuerySelector("[data-valmsg-for='Form.PlaceIds']")?.TextContent, StringComparison.Ordinal);
        var details = await WebApp.GetDocumentAsync(browser, $"/Incidents/{HinTagherFighting}");
        Assert.Equal(3, details.QuerySelectorAll("#place-list a").Length);
    }

    [Fact]
    public async Task Get_AsViewer_IsDeniedAndTheIncidentPageOffersNoEdit()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri($"/Incidents/Edit/{Exchange2021}", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await WebApp.GetDocumentAsync(browser, $"/Incidents/{Exchange2021}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#edit-incident"));
    }

    [Fact]
    public async Task Get_UnknownIncident_IsNotFound()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await browser.GetAsync(new Uri($"/Incidents/Edit/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Task<HttpResponseMessage> EditAsync(HttpClient browser, Guid incident, Dictionary<string, string> changes) =>
        WebApp.PostEveryFieldAsync(browser, $"/Incidents/Edit/{incident}", "#incident-edit", changes);

    private static string? Value(IHtmlDocument page, string name) =>
        page.QuerySelector($"#incident-edit input[name='{name}']")?.GetAttribute("value");

    private static string? Text(IHtmlDocument page, string name) =>
        (page.QuerySelector($"#incident-edit textarea[name='{name}']") as IHtmlTextAreaElement)?.Value;
}
