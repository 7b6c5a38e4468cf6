using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Storage.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Authorization;

/// <summary>
/// Keys that stop working answer 401: revoked or expired keys and keys of disabled accounts, at
/// once in the app that made the change, even when the key's owner is cached.
/// </summary>
public sealed class ApiKeyAuthenticationHandlerTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Uri Persons = new("/api/v1/persons", UriKind.Relative);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_KeyRevokedInThisApp_Is401AtOnceThoughItsOwnerWasCached()
    {
        var account = await app.CreateAccountAsync(Roles.Viewer);
        using var client = Client(account.ApiKey!);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().RevokeApiKeyAsync(account.ApiKey![..12], Cancel);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client));
    }

    [Fact]
    public async Task Api_KeyRevokedByAnotherProcess_StopsWithinTheChangeInterval()
    {
        var account = await app.CreateAccountAsync(Roles.Viewer);
        using var client = Client(account.ApiKey!);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));

        // Another process (the CLI) has its own services and no access to this app's cache.
        var services = new ServiceCollection();
        services.AddWhereaboutsRegistry(app.Database.Location);
        await using (var provider = services.BuildServiceProvider())
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().RevokeApiKeyAsync(account.ApiKey![..12], Cancel);
        }

        // The cache follows the audit log's head, read at most once per interval (docs/adr/0024);
        // the margin is for a busy machine, not a measure of speed.
        var until = DateTime.UtcNow + app.Services.GetRequiredService<RegistryChanges>().Interval + TimeSpan.FromSeconds(10);
        var status = await StatusAsync(client);
        while (status == HttpStatusCode.OK && DateTime.UtcNow < until)
        {
            await Task.Delay(100, Cancel);
            status = await StatusAsync(client);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Api_ExpiredKey_Is401()
    {
        var account = await app.CreateAccountAsync(Roles.Viewer, withApiKey: false);
        var key = AccountService.ApiKeyPrefix + "invented-expired-" + Guid.NewGuid().ToString("N");
        await using (var context = app.Database.CreateContext())
        {
            var user = await context.Users.SingleAsync(u => u.UserName == account.UserName, Cancel);
            var made = DateTimeOffset.UtcNow.AddDays(-2);
            context.ApiKeys.Add(new ApiKey(Guid.NewGuid(), user.Id, key[..12], AccountService.Hash(key), made, made.AddDays(1)));
            await context.SaveChangesAsync(Cancel);
        }

        using var client = Client(key);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client));
    }

    [Fact]
    public async Task Api_DisabledAccountsKey_Is401AtOnceAndWorksAgainWhenEnabled()
    {
        var account = await app.CreateAccountAsync(Roles.Analyst);
        using var client = Client(account.ApiKey!);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().DisableAsync(account.UserName, Cancel);
        }

        var whileDisabled = await StatusAsync(client);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().EnableAsync(account.UserName, Cancel);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, whileDisabled);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));
    }

    [Fact]
    public async Task Api_RoleRemovedInThisApp_TheKeyLosesItAtOnce()
    {
        var account = await app.CreateAccountAsync(Roles.Caseworker);
        using var client = Client(account.ApiKey!);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().RemoveRoleAsync(account.UserName, Roles.Caseworker, Cancel);
        }

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client));
    }

    private HttpClient Client(string key)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync(Persons, Cancel);
        return response.StatusCode;
    }
}
