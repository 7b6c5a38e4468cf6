using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;

namespace Whereabouts.Web;

/// <summary>
/// In a demo registry (invented people only), gives the demo administrator a fresh password and
/// prints it, once the app has started. Run after the start rather than before it: knowing that
/// every person is invented means reading every person when they all are (a million-person bench
/// registry), and the app should answer meanwhile.
/// </summary>
internal sealed class DemoAdministratorWorker(IServiceScopeFactory scopes) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await using var scope = scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<DemoLoader>().IsDemoRegistryAsync(stoppingToken))
        {
            return;
        }

        var password = await scope.ServiceProvider.GetRequiredService<AccountService>().ResetDemoAdministratorAsync(stoppingToken);

        // Printed, not logged: the console of the person who started a demo is where it belongs.
        await Console.Out.WriteLineAsync($"Demo registry (invented people only). Sign in as {AccountService.DemoAdministrator} with password {password}");
    }
}
