using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task Get_Failure_Is500InsideTheFrame()
    {
        var folder = Path.Combine(Path.GetTempPath(), "whereabouts-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // Outside Development the exception handler shows the Error page; a path no page
            // answers reaches a middleware that fails, as a bug in a page would.
            await using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                web.UseEnvironment("Production");
                web.UseSetting("db", Path.Combine(folder, "registry.db"));
                web.ConfigureServices(services => services.AddTransient<IStartupFilter, FailingPath>());
            }))
            {
                // A reader with a role: an anonymous one would be sent to sign in before reaching the failure.
                await using var scope = factory.Services.CreateAsyncScope();
                var account = await scope.ServiceProvider.GetRequiredService<AccountService>()
                    .CreateAsync("viewer-failure", Roles.Viewer, withApiKey: true, TestContext.Current.CancellationToken);
                // Over HTTPS, as outside Development the app is reached (its cookies are Secure).
                using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
                client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", account.ApiKey);

                using var response = await client.GetAsync(new Uri(FailingPath.Path, UriKind.Relative), TestContext.Current.CancellationToken);
                var page = await WebApp.ParseAsync(response);

                Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
                AssertInFrame(page, "Something went wrong");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void AssertInFrame(IHtmlDocument page, string heading)
    {
        Assert.NotNull(page.QuerySelector("header nav"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Equal(heading, page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll("#error-way-back a"));
    }

    private sealed class FailingPath : IStartupFilter
    {
        public const string Path = "/test-only/fail";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            next(builder);
            builder.Use((HttpContext context, RequestDelegate _) => context.Request.Path == Path
                ? throw new InvalidOperationException("A failure for the test.")
                : Task.CompletedTask);
        };
    }
}
