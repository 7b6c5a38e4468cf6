using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Reports;

public sealed class ReportPreparationWorkerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExecuteAsync_AppStarted_PreparesTheHistoriesInTheBackground()
    {
        await using var app = new WebApp();

        await app.InitializeAsync();

        Assert.Equal(PreparationState.Ready, app.Services.GetRequiredService<FateHistoryCache>().State);
    }

    [Fact]
    public async Task ExecuteAsync_PreparationDelayed_LeavesTheHistoriesPreparingMeanwhile()
    {
        await using var app = WebApp.WithReportsUnprepared();
        var histories = app.Services.GetRequiredService<FateHistoryCache>();

        await Task.Delay(TimeSpan.FromSeconds(1), Cancel);

        Assert.Equal(PreparationState.Preparing, histories.State);
        Assert.False(histories.Prepared.IsCompleted);
    }
}
