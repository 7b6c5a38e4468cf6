using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests;

public sealed class DemoAdministratorWorkerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExecuteAsync_DemoRegistryStarted_GivesTheDemoAdministratorAnAccountSoonAfter()
    {
        await using var app = new WebApp();
        await app.InitializeAsync();

        var found = false;
        for (var attempt = 0; attempt < 600 && !found; attempt++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            found = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(AccountService.DemoAdministrator) is not null;
            if (!found)
            {
                await Task.Delay(100, Cancel);
            }
        }

        Assert.True(found, "the demo administrator should exist within a minute of the start");
    }
}
