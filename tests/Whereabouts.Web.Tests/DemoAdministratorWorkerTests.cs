using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests;

public sealed class DemoAdministratorWorkerTests
{
    [Fact]
    public async Task ExecuteAsync_DemoRegistryStarted_GivesTheDemoAdministratorAnAccountSoonAfter()
    {
        await using var app = new WebApp();
        await app.InitializeAsync();

        // Waits up to a minute, and fails when the account is not made by then.
        var user = await DemoAdministrator.WaitAsync(app);

        Assert.Equal(AccountService.DemoAdministrator, user.UserName);
    }
}
