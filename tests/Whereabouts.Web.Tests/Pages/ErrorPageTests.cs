using System.Net;
using AngleSharp.Html.Dom;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages;

public sealed class ErrorPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_UnknownPageSignedIn_Is404InsideTheFrameWithAWayBack()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri("/No/Such/Page", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertInFrame(page, "Page not found");
        Assert.Equal("/Dashboard", page.QuerySelector("#error-way-back a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_ErrorPageAnonymously_KeepsItsStatusAndPointsToThePublicPages()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/Error/404", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertInFrame(page, "Page not found");
        Assert.Equal("/", page.QuerySelector("#error-way-back a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_UnknownPageAnonymously_Is404NotASignIn()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/No/Such/Page", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertInFrame(page, "Page not found");
        Assert.Equal("/", page.QuerySelector("#error-way-back a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_KnownPageAnonymously_StillAsksToSignIn()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/Review", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownPersonSignedIn_Is404InsideTheFrameWithTheDashboardAsWayBack()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri($"/People/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertInFrame(page, "Page not found");
        Assert.Equal("/Dashboard", page.QuerySelector("#error-way-back a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_PageRefusedToAnApiKey_Is403InsideTheFrame()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri("/Review", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertInFrame(page, "Not allowed");
    }

    [Fact]
    public async Task Get_UnknownPageInRussian_IsTranslated()
    {
        using var client = await app.BrowserAsync(Roles.Viewer);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        using var response = await client.GetAsync(new Uri("/No/Such/Page", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ru", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Страница не найдена", page.QuerySelector("main h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Get_UnknownApiAddress_KeepsProblemDetails()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/api/v1/persons/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_Failure_Is500InsideTheFrameWithATraceIdAndNoExceptionText()
    {
        await using var failing = WebApp.Failing();
        await failing.InitializeAsync();

        // A reader with a role: an anonymous one would be sent to sign in before reaching the failure.
        using var client = await failing.ApiClientAsync(Roles.Viewer);
        using var response = await client.GetAsync(new Uri(FailingPath.Page, UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertInFrame(page, "Something went wrong");
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#error-trace")?.TextContent));
        Assert.DoesNotContain("secret", page.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_Failure_Is500InsideTheFrameNotAnEmpty400()
    {
        await using var failing = WebApp.Failing();
        await failing.InitializeAsync();

        using var client = await failing.ApiClientAsync(Roles.Viewer);
        using var form = new FormUrlEncodedContent([new("Name", "Invented-Failyan")]);
        using var response = await client.PostAsync(new Uri(FailingPath.Page, UriKind.Relative), form, TestContext.Current.CancellationToken);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertInFrame(page, "Something went wrong");
    }

    [Fact]
    public async Task Get_FormPageOverPlainHttpInProduction_Is426AskingForHttpsNotA500()
    {
        await using var production = WebApp.Failing();
        await production.InitializeAsync();
        using var plain = production.Anonymous();
        plain.BaseAddress = new Uri("http://localhost");

        using var response = await plain.GetAsync(new Uri("/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UpgradeRequired, response.StatusCode);
        AssertInFrame(page, "Open the registry over HTTPS");
    }

    private static void AssertInFrame(IHtmlDocument page, string heading)
    {
        Assert.NotNull(page.QuerySelector("header nav"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Equal(heading, page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll("#error-way-back a"));
    }
}
