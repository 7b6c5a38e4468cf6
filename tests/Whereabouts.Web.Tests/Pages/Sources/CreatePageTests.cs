using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Sources;

public sealed class CreatePageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Post_AsAnalyst_SavesTheSourceAndRedirectsToIt()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await WebApp.PostFormAsync(browser, "/Sources/Create", new Dictionary<string, string>
        {
            ["Form.Title"] = "Ombudsman's list of 20 December",
            ["Form.Kind"] = "List",
            ["Form.Publisher"] = "Human Rights Defender",
            ["Form.PublishedOn"] = "2020-12-20",
            ["Form.RetrievedAt"] = "2020-12-21T08:30",
            ["Form.Reliability"] = "B",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        Assert.Matches("^/Sources/[0-9a-f-]{36}$", location);
        await using var context = app.Database.CreateContext();
        var saved = await context.Sources.SingleAsync(s => s.Title == "Ombudsman's list of 20 December", TestContext.Current.CancellationToken);
        Assert.Equal(SourceKind.List, saved.Kind);
        Assert.Equal(Reliability.B, saved.Reliability);
        Assert.Equal(new DateTimeOffset(2020, 12, 21, 8, 30, 0, TimeSpan.Zero), saved.RetrievedAt);
        var details = await WebApp.GetDocumentAsync(browser, location);
        Assert.Equal("The source was registered.", details.QuerySelector(".notice")?.TextContent);
    }

    [Fact]
    public async Task Post_ABadDate_ShowsTheMessageNextToTheDateAndSavesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await WebApp.PostFormAsync(browser, "/Sources/Create", new Dictionary<string, string>
        {
            ["Form.Title"] = "A source with a bad date",
            ["Form.PublishedOn"] = "14.12.2020",
        });
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is not a date", page.QuerySelector("[data-valmsg-for='Form.PublishedOn']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("A source with a bad date", page.QuerySelector("input[name='Form.Title']")?.GetAttribute("value"));
        await using var context = app.Database.CreateContext();
        Assert.False(await context.Sources.AnyAsync(s => s.Title == "A source with a bad date", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Post_KindThatIsNoKind_InRussian_ListsTheKindsByTheirRussianLabels()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);
        browser.DefaultRequestHeaders.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue("ru"));

        using var response = await WebApp.PostFormAsync(browser, "/Sources/Create", new Dictionary<string, string>
        {
            ["Form.Title"] = "Invented source of no kind",
            ["Form.Kind"] = "Bogus",
        });
        var page = await WebApp.ParseAsync(response);

        var message = page.QuerySelector("[data-valmsg-for='Form.Kind']")?.TextContent.Trim();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("«Bogus» — не одно из значений: ", message, StringComparison.Ordinal);
        Assert.Contains("Новостная статья", message, StringComparison.Ordinal);
        Assert.DoesNotContain("NewsArticle", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Не длиннее 500 символов; здесь 501.", "{0} — в будущем.")]
    [InlineData("hy", "Պահեք 500 նիշի սահմաններում. այստեղ 501 է։", "{0}-ը ապագայում է։")]
    [InlineData("az", "500 simvoldan çox olmasın; burada 501 simvol var.", "{0} gələcəkdədir.")]
    public async Task Post_InTheReadersLanguage_ShowsTheUseCasesMessagesTranslatedWithTheirValues(string language, string tooLong, string future)
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);
        browser.DefaultRequestHeaders.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue(language));

        using var response = await WebApp.PostFormAsync(browser, "/Sources/Create", new Dictionary<string, string>
        {
            ["Form.Title"] = new string('x', 501),
            ["Form.PublishedOn"] = "2999-01-15",
        });
        var page = await WebApp.ParseAsync(response);

        // The date is written as the pages write dates in that language, not as the API's 2999-01-15.
        var day = new DateOnly(2999, 1, 15).ToString("d MMM yyyy", CultureInfo.GetCultureInfo(language));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(tooLong, page.QuerySelector("[data-valmsg-for='Form.Title']")?.TextContent.Trim());
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, future, day), page.QuerySelector("[data-valmsg-for='Form.PublishedOn']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_NoTitle_ShowsTheMessageNextToTheTitle()
    {
        using var browser = await app.BrowserAsync(Roles.Administrator);

        using var response = await WebApp.PostFormAsync(browser, "/Sources/Create", new Dictionary<string, string> { ["Form.Title"] = " " });
        var page = await WebApp.ParseAsync(response);

        Assert.Contains("Enter a title", page.QuerySelector("[data-valmsg-for='Form.Title']")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Caseworker)]
    public async Task Get_RoleThatMayNotEditSources_IsDenied(string role)
    {
        using var browser = await app.BrowserAsync(role);

        using var response = await browser.GetAsync(new Uri("/Sources/Create", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            $"Expected 403 or a redirect to access denied, got {(int)response.StatusCode} {response.Headers.Location}.");
    }
}
