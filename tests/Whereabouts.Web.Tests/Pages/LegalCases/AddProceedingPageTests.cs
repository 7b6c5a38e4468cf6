using System.Globalization;
using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Domain;
using Whereabouts.Web.Display;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.LegalCases;

public sealed class AddProceedingPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid Application = DemoIds.For("legal/echr-application-hin-tagher");

    [Fact]
    public async Task Post_HearingAfterLodging_AddsItToTheCase()
    {
        using var browser = await app.BrowserAsync(Roles.Counsel);

        using var response = await WebApp.PostFormAsync(browser, $"/LegalCases/AddProceeding/{Application}", new Dictionary<string, string>
        {
            ["Step.On"] = "2022-02-01",
            ["Step.Kind"] = "Decision",
            ["Step.Description"] = "Declared admissible (test).",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await WebApp.GetDocumentAsync(browser, $"/LegalCases/{Application}");
        Assert.Contains(page.QuerySelectorAll("#proceedings-table tbody tr"), tr => tr.TextContent.Contains("Declared admissible (test).", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_DecisionBeforeLodging_ShowsTheMessageNextToTheDate()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await WebApp.PostFormAsync(browser, $"/LegalCases/AddProceeding/{Application}", new Dictionary<string, string>
        {
            ["Step.On"] = "2020-11-30",
            ["Step.Kind"] = "Decision",
            ["Step.Description"] = "Too early (test).",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("before the case was lodged", page.QuerySelector("[data-valmsg-for='Step.On']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DecisionBeforeLodgingInRussian_ShowsTheDomainsRuleInRussianWithItsKindAndDates()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        browser.DefaultRequestHeaders.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue("ru"));

        using var response = await WebApp.PostFormAsync(browser, $"/LegalCases/AddProceeding/{Application}", new Dictionary<string, string>
        {
            ["Step.On"] = "2020-11-30",
            ["Step.Kind"] = "Decision",
            ["Step.Description"] = "Too early, in Russian (test).",
        });
        var page = await WebApp.ParseAsync(response);

        // The rule's values are a kind and two dates: the kind by its Russian label, the dates as the pages write them.
        var expected = ReaderCulture.Of("ru", () => string.Format(
            CultureInfo.CurrentCulture,
            "«{0}» от {1} не может быть раньше подачи дела ({2}).",
            Labels.Of(ProceedingKind.Decision),
            Labels.Date(PartialDate.Parse("2020-11-30")),
            Labels.Date(PartialDate.Parse("2021-03"))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, page.QuerySelector("[data-valmsg-for='Step.On']")?.TextContent.Trim());
    }
}
