using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Reports;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Reports;

/// <summary>The report endpoints of an app whose histories are not prepared yet (the preparation delayed by the app's own setting).</summary>
public sealed class ReportsPreparedFilterTests : IAsyncDisposable
{
    private readonly WebApp _app = WebApp.WithReportsUnprepared();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task InvokeAsync_PublicStatisticsWhileTheHistoriesArePrepared_Answers503WithRetryAfterAndAProblem()
    {
        using var client = _app.Anonymous();

        using var response = await client.GetAsync(new Uri("/api/v1/public/statistics", UriKind.Relative), Cancel);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(ReportPreparationWorker.RetryAfter, response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("The figures are being prepared", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("fate history", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/reports/still-held?side=armenian", Roles.Viewer)]
    [InlineData("/api/v1/family-notifications/to-inform-again", Roles.Counsel)]
    public async Task InvokeAsync_ReportEndpointWhileTheHistoriesArePrepared_Answers503(string path, string role)
    {
        using var client = await _app.ApiClientAsync(role);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task InvokeAsync_WithoutAKeyWhileTheHistoriesArePrepared_IsRefusedAsBefore()
    {
        using var client = _app.Anonymous();

        using var response = await client.GetAsync(new Uri("/api/v1/reports/still-held?side=armenian", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_OnceTheHistoriesArePrepared_AnswersTheFigures()
    {
        using var client = _app.Anonymous();
        await _app.Services.GetRequiredService<FateHistoryCache>().PrepareAsync(Cancel);

        using var response = await client.GetAsync(new Uri("/api/v1/public/statistics", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
    }
}
