using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Account;

public sealed class AccessDeniedPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_AfterARefusedPage_Explains()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);
        using var refused = await browser.GetAsync(new Uri("/People/Create", UriKind.Relative), TestContext.Current.CancellationToken);

        using var response = await browser.GetAsync(refused.Headers.Location!, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("main h1")?.TextContent));
    }

    [Fact]
    public async Task Get_InRussian_ExplainsInRussian()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri("/Account/AccessDenied?culture=ru", UriKind.Relative), TestContext.Current.CancellationToken);

        var page = await WebApp.ParseAsync(response);
        Assert.Equal("Нет доступа", page.QuerySelector("main h1")?.TextContent.Trim());
    }
}
