using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Storage;

namespace Whereabouts.Web;

/// <summary>
/// In a demo registry (invented people only), gives the demo administrator a fresh password and
/// prints it, once the app has started; in a registry that holds real people, prints nothing and
/// makes sure the demo administrator is retired (docs/adr/0023). Run after the start rather than
/// before it: knowing that every person is invented means reading every person when they all are
/// (a million-person bench registry), and the app should answer meanwhile.
/// </summary>
internal sealed class DemoAdministratorWorker(IServiceScopeFactory scopes, IApiKeyOwnerCache owners, TimeProvider clock, ILogger<DemoAdministratorWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<WhereaboutsDatabase>();
        if (!await scope.ServiceProvider.GetRequiredService<DemoLoader>().IsDemoRegistryAsync(stoppingToken))
        {
            // Every use case that adds a real person retires the account in its own save; this
            // catches a registry from before that rule, or a person added some other way.
            if (await DemoGuard.RetireIfRealAsync(database, owners, clock, stoppingToken))
            {
                Log.DemoAdministratorRetired(logger);
            }

            return;
        }

        if (await IsRetiredAsync(database, stoppingToken))
        {
            return;
        }

        var password = await scope.ServiceProvider.GetRequiredService<AccountService>().ResetDemoAdministratorAsync(stoppingToken);

        // Printed, not logged: the console of the person who started a demo is where it belongs.
        await Console.Out.WriteLineAsync($"Demo registry (invented people only). Sign in as {AccountService.DemoAdministrator} with password {password}");
    }

    // A demo administrator someone disabled stays disabled: a new password for it would be a
    // password printed for nothing.
    private static async Task<bool> IsRetiredAsync(WhereaboutsDatabase database, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var normalized = AccountService.DemoAdministrator.ToUpperInvariant();
        return await context.Users.Where(u => u.NormalizedUserName == normalized)
            .Join(context.AccountStates, u => u.Id, s => s.UserId, (_, s) => s)
            .AnyAsync(s => s.DisabledAt != null, cancellationToken);
    }
}
