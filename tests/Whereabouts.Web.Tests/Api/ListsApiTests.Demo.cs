using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Pages.Lists;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

/// <summary>A real list sent to a demo registry (docs/adr/0023): refused unless allowed, and then the end of the demo administrator.</summary>
public sealed partial class ListsApiTests
{
    private const string RealList = "id,given_name,family_name\nR-1,Aram,Invented-Realyan\nR-2,Karen,Invented-Truyan\n";

    [Fact]
    public async Task Post_RealListIntoADemoRegistry_Is400NamingAllowDemoDataAndImportsNothing()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var before = await ListUploading.CountsAsync(app);

        using var response = await PostAsync(client, Encoding.UTF8.GetBytes(RealList), null, ("title", "A list said to be real " + Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await ProblemAsync(response)).GetProperty("errors").GetProperty(DemoGuard.AllowField)[0].GetString();
        Assert.Contains("--allow-demo-data", message, StringComparison.Ordinal);
        Assert.Equal(before, await ListUploading.CountsAsync(app));
    }

    [Fact]
    public async Task Post_RealListAllowedIntoADemoRegistry_LeavesNoWorkingDemoLogin()
    {
        await using var demo = new WebApp();
        await demo.InitializeAsync();
        await DemoAdministrator.WaitAsync(demo);
        string password, key;
        await using (var scope = demo.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            password = await accounts.ResetDemoAdministratorAsync(Cancel);
            key = await accounts.CreateApiKeyAsync(AccountService.DemoAdministrator, Cancel);
        }

        // Sessions are checked against the account at every request here, not once a minute, so
        // that the test sees at once what a browser sees at its next check.
        demo.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval = TimeSpan.Zero;
        using var browser = demo.Browser();
        using (var signIn = await SignInAsync(browser, password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using var keyClient = demo.Anonymous();
        keyClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using (var before = await keyClient.GetAsync(new Uri("/api/v1/persons", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var caseworker = await demo.ApiClientAsync(Roles.Caseworker);
        using var posted = await PostAsync(caseworker, Encoding.UTF8.GetBytes(RealList), null, ("title", "A real list " + Guid.NewGuid()), (DemoGuard.AllowField, "true"));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var id = Guid.Parse(posted.Headers.Location!.ToString()["/api/v1/lists/".Length..]);
        Assert.Equal(Domain.ListImportState.Succeeded, await ListUploading.WaitUntilOverAsync(demo, id));

        using var keyAfter = await keyClient.GetAsync(new Uri("/api/v1/persons", UriKind.Relative), Cancel);
        using var cookieAfter = await browser.GetAsync(new Uri("/Dashboard", UriKind.Relative), Cancel);
        using var fresh = demo.Browser();
        using var signInAfter = await SignInAsync(fresh, password);
        Assert.Equal(HttpStatusCode.Unauthorized, keyAfter.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, cookieAfter.StatusCode);
        Assert.Contains("/Account/Login", cookieAfter.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, signInAfter.StatusCode);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string password) =>
        await WebApp.PostFormAsync(browser, "/Account/Login", new Dictionary<string, string>
        {
            ["UserName"] = AccountService.DemoAdministrator,
            ["Password"] = password,
        });
}
