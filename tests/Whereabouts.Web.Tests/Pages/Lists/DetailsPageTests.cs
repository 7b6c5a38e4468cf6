using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Lists;

public sealed class DetailsPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Post_FixAColumnDryRunAndImport_ImportsTheListInTheBackgroundAndLinksToIt()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await ListUploading.UploadAsync(browser, ListUploading.UnrecognisedFamilyColumn);
        var path = $"/Lists/{id}";

        var first = await WebApp.GetDocumentAsync(browser, path);
        Assert.Equal("Extra", first.QuerySelector("#field-1 option[selected]")?.GetAttribute("value"));
        Assert.Contains("Nom de famille", first.QuerySelector("label[for='field-1']")?.TextContent, StringComparison.Ordinal);

        var fixes = new Dictionary<string, string>
        {
            ["Fields[1]"] = "FamilyName",
            ["Title"] = "INVENTED list uploaded through the page " + Guid.NewGuid(),
            ["Invented"] = "true",
        };
        using (var saved = await WebApp.PostEveryFieldAsync(browser, path, "#list-form", fixes, $"{path}?handler=Save"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var reread = await WebApp.GetDocumentAsync(browser, path);
        Assert.Equal("FamilyName", reread.QuerySelector("#field-1 option[selected]")?.GetAttribute("value"));
        Assert.Contains("Invented-Vardanyan", reread.QuerySelector("#read-rows tbody")?.TextContent, StringComparison.Ordinal);

        using (var dryRun = await WebApp.PostEveryFieldAsync(browser, path, "#list-form", new Dictionary<string, string>(), $"{path}?handler=DryRun"))
        {
            var page = await WebApp.ParseAsync(dryRun);
            Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
            Assert.Equal(("2", "2"), (page.QuerySelector("#dry-rows")?.TextContent, page.QuerySelector("#dry-new")?.TextContent));
            Assert.NotNull(page.QuerySelector("#dry-ok"));
        }

        var before = await ListUploading.CountsAsync(app);
        using (var import = await WebApp.PostEveryFieldAsync(browser, path, "#list-form", new Dictionary<string, string>(), $"{path}?handler=Import"))
        {
            Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        }

        Assert.Equal(ListImportState.Succeeded, await ListUploading.WaitUntilOverAsync(app, id));
        var done = await WebApp.GetDocumentAsync(browser, path);
        Assert.Equal("2", done.QuerySelector("#done-new")?.TextContent);
        var source = done.QuerySelector("#source-link")?.GetAttribute("href");
        Assert.StartsWith("/Sources/", source, StringComparison.Ordinal);
        Assert.Equal($"/Review?source={source!["/Sources/".Length..]}", done.QuerySelector("#review-link")?.GetAttribute("href"));
        Assert.Equal((before.People + 2, before.Sources + 1, before.Entries + 2), await ListUploading.CountsAsync(app));
    }

    [Fact]
    public async Task Get_FileWithNoNameColumn_ShowsTheProblemAndItsRowsToMap()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await ListUploading.UploadAsync(browser, "id,patronymic\nINV-1,Invented-Gagikovich\n");

        var page = await WebApp.GetDocumentAsync(browser, $"/Lists/{id}");

        Assert.Contains("invented-list.csv", page.QuerySelector("#reading-problems")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("name column", page.QuerySelector("#reading-problems")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#field-1"));
        Assert.Contains("Invented-Gagikovich", page.QuerySelector("#columns tbody")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DryRunOfABadFile_ShowsEveryProblemWithItsPlaceAndChangesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await ListUploading.UploadAsync(browser, "id,given_name,family_name,birth_date\nINV-1,Aram,Invented-Sargsyan,1990\nINV-2,Ani,Invented-Hakobyan,31.02.1992\n");
        var path = $"/Lists/{id}";
        var before = await ListUploading.CountsAsync(app);

        using var dryRun = await WebApp.PostEveryFieldAsync(browser, path, "#list-form", new Dictionary<string, string> { ["Title"] = "INVENTED bad list" }, $"{path}?handler=DryRun");

        var page = await WebApp.ParseAsync(dryRun);
        var problem = Assert.Single(page.QuerySelectorAll("#dry-problems li"));
        Assert.Contains("invented-list.csv, line 3, column \"birth_date\"", problem.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await ListUploading.CountsAsync(app));
    }

    [Theory]
    [InlineData("ru", "invented-list.csv, строка 3, столбец «birth_date»: даты «31.02.1992» не существует")]
    [InlineData("hy", "invented-list.csv, տող 3, սյունակ «birth_date»․ «31.02.1992» ամսաթիվ գոյություն չունի")]
    [InlineData("az", "invented-list.csv, sətir 3, «birth_date» sütunu: «31.02.1992» tarixi mövcud deyil")]
    public async Task Post_DryRunOfABadFile_InTheReadersLanguage_ShowsTheProblemTranslatedWithItsPlace(string language, string expected)
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        browser.DefaultRequestHeaders.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue(language));
        var id = await ListUploading.UploadAsync(browser, "id,given_name,family_name,birth_date\nINV-1,Aram,Invented-Sargsyan,1990\nINV-2,Ani,Invented-Hakobyan,31.02.1992\n");
        var path = $"/Lists/{id}";

        using var dryRun = await WebApp.PostEveryFieldAsync(browser, path, "#list-form", new Dictionary<string, string> { ["Title"] = "INVENTED bad list" }, $"{path}?handler=DryRun");

        var page = await WebApp.ParseAsync(dryRun);
        Assert.Equal(expected, Assert.Single(page.QuerySelectorAll("#dry-problems li")).TextContent.Trim());
    }

    [Fact]
    public async Task Post_ImportWithoutATitle_NamesTheFieldAndQueuesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await ListUploading.UploadAsync(browser, ListUploading.UnrecognisedFamilyColumn);
        var path = $"/Lists/{id}";

        using var import = await WebApp.PostEveryFieldAsync(browser, path, "#list-form", new Dictionary<string, string> { ["Title"] = " " }, $"{path}?handler=Import");

        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        var page = await WebApp.ParseAsync(import);
        Assert.Contains("title", page.QuerySelector("span[data-valmsg-for='Title']")?.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Uploaded", (await WebApp.GetDocumentAsync(browser, path)).QuerySelector("#state")?.TextContent);
    }

    [Fact]
    public async Task Post_ImportOfARealListIntoTheDemoRegistry_Is400NamingTheBoxAndQueuesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await ListUploading.UploadAsync(browser, "id,given_name,family_name\nR-1,Aram,Invented-Realyan\n");
        var path = $"/Lists/{id}";

        using var import = await WebApp.PostEveryFieldAsync(browser, path, "#list-form", new Dictionary<string, string> { ["Title"] = "A real list " + Guid.NewGuid() }, $"{path}?handler=Import");
        var page = await WebApp.ParseAsync(import);

        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        Assert.Contains("Import beside the invented (demo) people", page.QuerySelector("[data-valmsg-for='AllowDemoData']")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#import progress"));
    }

    [Fact]
    public async Task Post_CancelARunningImport_StopsItAndSavesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var csv = new StringBuilder("id,given_name,family_name,birth_date\n");
        for (var i = 1; i <= 4_000; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"INV-{i},Given{i % 89},Invented-Family{i},{1950 + (i % 50)}\n");
        }

        var id = await ListUploading.UploadAsync(browser, csv.ToString());
        var path = $"/Lists/{id}";
        var before = await ListUploading.CountsAsync(app);
        using (var import = await WebApp.PostEveryFieldAsync(browser, path, "#list-form", new Dictionary<string, string> { ["Title"] = "INVENTED long list " + Guid.NewGuid(), ["Invented"] = "true" }, $"{path}?handler=Import"))
        {
            Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        }

        var queued = await WebApp.GetDocumentAsync(browser, path);
        Assert.NotNull(queued.QuerySelector("#import progress"));
        using (var progress = await browser.GetAsync(new Uri($"{path}?handler=Progress", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            using var json = JsonDocument.Parse(await progress.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Matches("^(Queued|Running)$", json.RootElement.GetProperty("state").GetString());
        }

        using (var cancel = await WebApp.PostFormAsync(browser, path, new Dictionary<string, string>(), "#import form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        }

        Assert.Equal(ListImportState.Cancelled, await ListUploading.WaitUntilOverAsync(app, id));
        Assert.NotNull((await WebApp.GetDocumentAsync(browser, path)).QuerySelector("#cancelled"));
        Assert.Equal(before, await ListUploading.CountsAsync(app));
    }

    [Fact]
    public async Task Post_SaveATemplateThenApplyItToAnotherUpload_ReadsTheColumnItsWay()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var first = $"/Lists/{await ListUploading.UploadAsync(browser, ListUploading.UnrecognisedFamilyColumn)}";
        var name = "INVENTED template " + Guid.NewGuid();
        using (var saved = await WebApp.PostEveryFieldAsync(browser, first, "#list-form", new Dictionary<string, string> { ["Fields[1]"] = "FamilyName", ["TemplateName"] = name }, $"{first}?handler=SaveTemplate"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var second = $"/Lists/{await ListUploading.UploadAsync(browser, ListUploading.UnrecognisedFamilyColumn.Replace("INV-", "INV-B", StringComparison.Ordinal))}";
        var page = await WebApp.GetDocumentAsync(browser, second);
        var template = Assert.Single(page.QuerySelectorAll("#TemplateId option"), o => o.TextContent == name).GetAttribute("value")!;
        using (var applied = await WebApp.PostEveryFieldAsync(browser, second, "#list-form", new Dictionary<string, string> { ["TemplateId"] = template }, $"{second}?handler=ApplyTemplate"))
        {
            Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        }

        var reread = await WebApp.GetDocumentAsync(browser, second);
        Assert.Equal("FamilyName", reread.QuerySelector("#field-1 option[selected]")?.GetAttribute("value"));
        Assert.Contains(name, reread.QuerySelector("#notice")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsAnalyst_IsRefused()
    {
        using var caseworker = await app.BrowserAsync(Roles.Caseworker);
        var id = await ListUploading.UploadAsync(caseworker, ListUploading.UnrecognisedFamilyColumn);
        using var analyst = await app.BrowserAsync(Roles.Analyst);

        using var response = await analyst.GetAsync(new Uri($"/Lists/{id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
