using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Reports;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Reports;

/// <summary>The report pages of an app whose histories are not prepared yet: the preparation is delayed by the app's own setting, then run by the test.</summary>
public sealed class ReportsPreparedAttributeTests : IAsyncDisposable
{
    private readonly WebApp _app = WebApp.WithReportsUnprepared();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("en", "The figures are being prepared")]
    [InlineData("hy", "Ցուցանիշները պատրաստվում են")]
    [InlineData("ru", "Показатели готовятся")]
    [InlineData("az", "Göstəricilər hazırlanır")]
    public async Task Get_PublicStatisticsWhileTheHistoriesArePrepared_Answers503AtOnceSayingSoWithARefresh(string culture, string title)
    {
        using var client = _app.Anonymous();

        using var response = await client.GetAsync(new Uri($"/?culture={culture}", UriKind.Relative), Cancel);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(ReportPreparationWorker.RetryAfter, response.Headers.RetryAfter?.Delta);
        Assert.Equal(title, page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Equal(nameof(PreparationState.Preparing), page.QuerySelector("#preparing")?.GetAttribute("data-state"));
        Assert.Equal($"/?culture={culture}", page.QuerySelector("#preparing-refresh")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/Dashboard?asOf=2020-12-01")]
    [InlineData("/Reports")]
    [InlineData("/Reports/StillHeld")]
    public async Task Get_ReportPageWhileTheHistoriesArePrepared_SaysTheyAreBeingPrepared(string path)
    {
        using var browser = await _app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#preparing"));
    }

    [Fact]
    public async Task Get_TodaysDashboardWhileTheHistoriesArePrepared_ShowsTheFiguresFromTheIndex()
    {
        using var browser = await _app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri("/Dashboard", UriKind.Relative), Cancel);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("#preparing"));
    }

    [Fact]
    public async Task Get_OnceTheHistoriesArePrepared_ShowsTheFigures()
    {
        using var client = _app.Anonymous();
        using (var waiting = await client.GetAsync(new Uri("/", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
        }

        await _app.Services.GetRequiredService<FateHistoryCache>().PrepareAsync(Cancel);

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), Cancel);
        var page = await WebApp.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("#preparing"));
        Assert.NotNull(page.QuerySelector("table.statistics"));
    }
}
