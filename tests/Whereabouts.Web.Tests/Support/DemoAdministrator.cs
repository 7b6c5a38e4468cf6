using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;

namespace Whereabouts.Web.Tests.Support;

/// <summary>The demo administrator that the app sets up in the background in a demo registry.</summary>
internal static class DemoAdministrator
{
    /// <summary>Waits (up to a minute) until the app has made the demo administrator's account, and returns it.</summary>
    public static async Task<IdentityUser> WaitAsync(WebApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(AccountService.DemoAdministrator);
            if (user is not null)
            {
                return user;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The demo administrator was not made within a minute of the start.");
    }
}
