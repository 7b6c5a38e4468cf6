using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Reports;

namespace Whereabouts.Web.Tests.Support;

/// <summary>
/// Waits until a started app has prepared its reports' fate histories in the background, so that a
/// test of a report page sees the figures rather than "being prepared" (tests of that state start
/// the app with the preparation delayed instead).
/// </summary>
public static class Prepared
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>Starts the app if it is not started yet and waits for its reports.</summary>
    public static Task ReportsAsync(WebApplicationFactory<Program> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.Services.GetRequiredService<FateHistoryCache>().Prepared.WaitAsync(Limit, TestContext.Current.CancellationToken);
    }
}
