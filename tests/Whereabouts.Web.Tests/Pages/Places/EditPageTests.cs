using System.Net;
using AngleSharp.Html.Dom;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Places;

public sealed class EditPageTests(WebApp app) : IClassFixture<WebApp>
{
    // Each test edits its own place: the tests of a class share one registry.
    private static readonly Guid Khtsabert = DemoIds.For("place/khtsabert");
    private static readonly Guid HinTagher = DemoIds.For("place/hin-tagher");
    private static readonly Guid Goris = DemoIds.For("place/goris");
    private static readonly Guid Kapan = DemoIds.For("place/kapan");
    private static readonly Guid Baku = DemoIds.For("place/baku");
    private static readonly Guid Ganja = DemoIds.For("place/ganja");

    [Fact]
    public async Task Get_FillsTheFormWithThePlaceAsSaved()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);
        var details = await WebApp.GetDocumentAsync(browser, $"/Places/{Khtsabert}");

        var page = await WebApp.GetDocumentAsync(browser, $"/Places/Edit/{Khtsabert}");

        Assert.NotNull(details.QuerySelector($"a#edit-place[href='/Places/Edit/{Khtsabert}']"));
        Assert.Equal(
            ["Khtsabert | hy", "Khtsaberd | hy", "Խծաբերդ | hy", "Хцаберд | ru", "Çaylaqqala | az"],
            Names(page));
        Assert.Equal(["Village"], Chosen(page, "Form.Kind"));
        Assert.Equal("39.467", Value(page, "Form.Latitude"));
        Assert.Equal("46.95", Value(page, "Form.Longitude"));
        Assert.Equal([DemoIds.For("place/hadrut-region").ToString()], Chosen(page, "Form.ParentId"));
        Assert.DoesNotContain(Khtsabert.ToString(), page.QuerySelectorAll("select[name='Form.ParentId'] option").Select(o => o.GetAttribute("value")));
        Assert.Matches("^[0-9]+$", Value(page, "Version") ?? string.Empty);
    }

    [Fact]
    public async Task Post_NewNameAndPosition_SavesThemAndShowsTheNotice()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var names = Text(await WebApp.GetDocumentAsync(browser, $"/Places/Edit/{HinTagher}"), "Form.Names");

        using var response = await EditAsync(browser, HinTagher, new Dictionary<string, string>
        {
            ["Form.Names"] = names?.TrimEnd() + "\r\nOld Tagher | en",
            ["Form.Latitude"] = "39,49",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Places/{HinTagher}", response.Headers.Location?.OriginalString);
        var after = await WebApp.GetDocumentAsync(browser, $"/Places/{HinTagher}");
        Assert.Equal("The place was saved.", after.QuerySelector(".notice")?.TextContent);
        Assert.Equal("39.49° N, 46.983° E", after.QuerySelector("#coordinates")?.TextContent);
        var rows = after.QuerySelectorAll("#name-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Contains("Old Tagher", rows[^1], StringComparison.Ordinal);
        Assert.Equal("Hin Tagher", after.QuerySelector("#place-name")?.TextContent);
    }

    [Fact]
    public async Task Post_FromAPageOpenedBeforeSomeoneElseSaved_IsRefusedAndChangesNothing()
    {
        using var analyst = await app.BrowserAsync(Roles.Analyst);
        using var caseworker = await app.BrowserAsync(Roles.Caseworker);
        var stale = Value(await WebApp.GetDocumentAsync(analyst, $"/Places/Edit/{Goris}"), "Version");
        using var first = await EditAsync(caseworker, Goris, new Dictionary<string, string>
        {
            ["Form.Latitude"] = "39.5",
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var second = await EditAsync(analyst, Goris, new Dictionary<string, string>
        {
            ["Version"] = stale!,
            ["Form.Latitude"] = "39.6",
        });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await WebApp.ParseAsync(second);
        Assert.Contains("was changed by someone else after you loaded it", page.QuerySelector("#place-edit .validation-summary")?.TextContent, StringComparison.Ordinal);
        var details = await WebApp.GetDocumentAsync(analyst, $"/Places/{Goris}");
        Assert.StartsWith("39.5° N", details.QuerySelector("#coordinates")?.TextContent, StringComparison.Ordinal);
    }

    // Names are stored apart from the place's own row, so a save that only adds a name would leave
    // the version where it was unless the editor bumps it; then the second edit below would pass the
    // version check and only stumble on the dropped name, and an edit that kept it would go through.
    [Fact]
    public async Task Post_NamesFromAPageOpenedBeforeSomeoneElseAddedAName_IsRefusedAsAConflict()
    {
        using var analyst = await app.BrowserAsync(Roles.Analyst);
        using var caseworker = await app.BrowserAsync(Roles.Caseworker);
        var stalePage = await WebApp.GetDocumentAsync(analyst, $"/Places/Edit/{Kapan}");
        var stale = Value(stalePage, "Version");
        var names = Text(stalePage, "Form.Names");
        using var first = await EditAsync(caseworker, Kapan, new Dictionary<string, string>
        {
            ["Form.Names"] = names?.TrimEnd() + "\r\nGhapan | hy",
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.NotEqual(stale, Value(await WebApp.GetDocumentAsync(caseworker, $"/Places/Edit/{Kapan}"), "Version"));

        using var second = await EditAsync(analyst, Kapan, new Dictionary<string, string>
        {
            ["Version"] = stale!,
            ["Form.Names"] = names?.TrimEnd() + "\r\nGhapan | hy\r\nKafan | en",
        });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await WebApp.ParseAsync(second);
        Assert.Contains("was changed by someone else after you loaded it", page.QuerySelector("#place-edit .validation-summary")?.TextContent, StringComparison.Ordinal);
        var saved = (await WebApp.GetDocumentAsync(analyst, $"/Places/{Kapan}")).QuerySelector("#name-table")?.TextContent;
        Assert.Contains("Ghapan", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("Kafan", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LatitudeOutOfRange_ShowsTheMessageNextToItAndChangesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Administrator);
        var names = Text(await WebApp.GetDocumentAsync(browser, $"/Places/Edit/{Baku}"), "Form.Names");

        using var response = await EditAsync(browser, Baku, new Dictionary<string, string>
        {
            ["Form.Names"] = names?.TrimEnd() + "\r\nBakou | en",
            ["Form.Latitude"] = "139.5",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("-90", page.QuerySelector("[data-valmsg-for='Form.Latitude']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(string.Empty, page.QuerySelector("[data-valmsg-for='Form.Names']")?.TextContent);
        var details = await WebApp.GetDocumentAsync(browser, $"/Places/{Baku}");
        Assert.Equal("40.409° N, 49.867° E", details.QuerySelector("#coordinates")?.TextContent);
        Assert.DoesNotContain("Bakou", details.QuerySelector("#name-table")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsViewer_IsDeniedAndThePlacePageOffersNoEdit()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri($"/Places/Edit/{Ganja}", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await WebApp.GetDocumentAsync(browser, $"/Places/{Ganja}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#edit-place"));
    }

    [Fact]
    public async Task Get_UnknownPlace_IsNotFound()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await browser.GetAsync(new Uri($"/Places/Edit/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Task<HttpResponseMessage> EditAsync(HttpClient browser, Guid place, Dictionary<string, string> changes) =>
        WebApp.PostEveryFieldAsync(browser, $"/Places/Edit/{place}", "#place-edit", changes);

    private static string? Value(IHtmlDocument page, string name) =>
        page.QuerySelector($"#place-edit input[name='{name}']")?.GetAttribute("value");

    private static string? Text(IHtmlDocument page, string name) =>
        (page.QuerySelector($"#place-edit textarea[name='{name}']") as IHtmlTextAreaElement)?.Value;

    private static string[] Names(IHtmlDocument page) =>
        (Text(page, "Form.Names") ?? string.Empty).ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> Chosen(IHtmlDocument page, string name) =>
        ((IHtmlSelectElement)page.QuerySelector($"#place-edit select[name='{name}']")!).SelectedOptions.Select(o => o.Value);
}
