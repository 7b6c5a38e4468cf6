using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.LegalCases;

public sealed class EditPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid Application = DemoIds.For("legal/echr-application-hin-tagher");

    [Fact]
    public async Task Get_FillsTheFormWithTheCaseAsSaved()
    {
        using var browser = await app.BrowserAsync(Roles.Counsel);
        var details = await WebApp.GetDocumentAsync(browser, $"/LegalCases/{Application}");

        var page = await WebApp.GetDocumentAsync(browser, $"/LegalCases/Edit/{Application}");

        Assert.Equal(details.QuerySelector("#case-title")?.TextContent, page.QuerySelector("input[name='Form.Title']")?.GetAttribute("value"));
        var people = page.QuerySelector("textarea[name='Form.PersonIds']")?.TextContent.Trim().ReplaceLineEndings("\n").Split('\n') ?? [];
        var linked = details.QuerySelectorAll("a[href^='/People/']").Select(a => a.GetAttribute("href")!["/People/".Length..]).Distinct().ToList();
        Assert.NotEmpty(linked);
        Assert.Equal(linked, people.Select(line => line[^36..]));
        Assert.NotNull(details.QuerySelector($"a#edit-case[href='/LegalCases/Edit/{Application}']"));
    }

    [Fact]
    public async Task Post_NewStatusAndNote_SavesThemAndKeepsEveryProceeding()
    {
        using var browser = await app.BrowserAsync(Roles.Counsel);
        var before = await WebApp.GetDocumentAsync(browser, $"/LegalCases/{Application}");
        var steps = before.QuerySelectorAll("#proceedings-table tbody tr").Select(tr => tr.TextContent).ToList();

        using var response = await EditAsync(browser, new Dictionary<string, string>
        {
            ["Form.Status"] = "Decided",
            ["Form.Notes"] = "Judgment delivered (test).",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await WebApp.GetDocumentAsync(browser, $"/LegalCases/{Application}");
        Assert.Equal("Decided", after.QuerySelector("#case-status")?.TextContent);
        Assert.Contains("Judgment delivered (test).", after.Body?.TextContent, StringComparison.Ordinal);
        Assert.Equal(steps, after.QuerySelectorAll("#proceedings-table tbody tr").Select(tr => tr.TextContent));
        Assert.Equal("The legal case was saved.", after.QuerySelector(".notice")?.TextContent);
    }

    [Fact]
    public async Task Post_FromAPageOpenedBeforeSomeoneElseSaved_IsRefusedAndChangesNothing()
    {
        using var counsel = await app.BrowserAsync(Roles.Counsel);
        using var caseworker = await app.BrowserAsync(Roles.Caseworker);
        var stale = (await WebApp.GetDocumentAsync(counsel, $"/LegalCases/Edit/{Application}")).QuerySelector("input[name='Version']")?.GetAttribute("value");
        using var first = await EditAsync(caseworker, new Dictionary<string, string>
        {
            ["Form.Number"] = "11111/21",
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var second = await EditAsync(counsel, new Dictionary<string, string>
        {
            ["Version"] = stale!,
            ["Form.Number"] = "22222/21",
        });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await WebApp.ParseAsync(second);
        Assert.Contains("was changed by someone else after you loaded it", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        var details = await WebApp.GetDocumentAsync(counsel, $"/LegalCases/{Application}");
        Assert.Equal("11111/21", details.QuerySelector("#case-number")?.TextContent);
    }

    [Fact]
    public async Task Post_NameOfNobodyInThePeopleBox_ShowsTheReasonAndChangesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var title = (await WebApp.GetDocumentAsync(browser, $"/LegalCases/{Application}")).QuerySelector("#case-title")?.TextContent;

        using var response = await EditAsync(browser, new Dictionary<string, string>
        {
            ["Form.Title"] = "Renamed (test)",
            ["Form.PersonIds"] = "Nobody Inparticularyan",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("[data-errors-for='Form.PersonIds'] li"));
        Assert.Equal(title, (await WebApp.GetDocumentAsync(browser, $"/LegalCases/{Application}")).QuerySelector("#case-title")?.TextContent);
    }

    [Fact]
    public async Task Get_UnknownCase_IsNotFound()
    {
        using var browser = await app.BrowserAsync(Roles.Counsel);

        using var response = await browser.GetAsync(new Uri($"/LegalCases/Edit/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Task<HttpResponseMessage> EditAsync(HttpClient browser, Dictionary<string, string> changes) =>
        WebApp.PostEveryFieldAsync(browser, $"/LegalCases/Edit/{Application}", "#legal-case-edit", changes);
}
