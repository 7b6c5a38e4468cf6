using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Authorization;

/// <summary>The app with <c>Accounts:RequireTwoFactorForAdministrators</c> on.</summary>
public sealed class RequireTwoFactorFilterTests : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-web-tests", Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> _factory;

    public RequireTwoFactorFilterTests()
    {
        Directory.CreateDirectory(_folder);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("db", Path.Combine(_folder, "registry.db"))
            .UseSetting("Accounts:RequireTwoFactorForAdministrators", "true"));
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.Caseworker, false)]
    public async Task Dashboard_SignedInWithoutTwoFactor_OnlyAnAdministratorIsSentToSetItUp(string role, bool sent)
    {
        using var browser = await SignedInAsync(role);

        using var response = await browser.GetAsync(new Uri("/Dashboard", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(sent ? HttpStatusCode.Redirect : HttpStatusCode.OK, response.StatusCode);
        if (sent)
        {
            Assert.StartsWith("/Account/Manage/TwoFactor", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
            using var setup = await browser.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        }
    }

    [Fact]
    public async Task Api_AdministratorsKey_IsNotAskedForTwoFactor()
    {
        CreatedAccount account;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            account = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync("invented-admin-key", Roles.Administrator, withApiKey: true, TestContext.Current.CancellationToken);
        }

        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", account.ApiKey);
        using var page = await client.GetAsync(new Uri("/Dashboard", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string role)
    {
        CreatedAccount account;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            account = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync("invented-" + role.ToLowerInvariant(), role, withApiKey: false, TestContext.Current.CancellationToken);
        }

        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        using var response = await WebApp.PostFormAsync(client, "/Account/Login", new Dictionary<string, string> { ["UserName"] = account.UserName, ["Password"] = account.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
