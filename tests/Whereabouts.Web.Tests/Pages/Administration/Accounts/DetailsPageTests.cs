using System.Net;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Administration.Accounts;

public sealed class DetailsPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Disable_AccountWithAKey_TheKeyAnswers401AndTheActIsAuditedAsTheAdministrator()
    {
        using var admin = await app.BrowserAsync(Roles.Administrator);
        var account = await app.CreateAccountAsync(Roles.Viewer);
        var path = await PathOfAsync(account.UserName);

        using var response = await WebApp.PostFormAsync(admin, path, new Dictionary<string, string>(), "#disable-form");
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("disabled", page.QuerySelector("#account-state")?.TextContent);
        using var api = app.Anonymous();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", account.ApiKey);
        using var call = await api.GetAsync(new Uri("/api/v1/persons", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, call.StatusCode);
        await using var context = app.Database.CreateContext();
        var entry = await context.AuditEntries.Where(e => e.EntityType == "AccountState").OrderByDescending(e => e.Sequence).FirstAsync(Cancel);
        Assert.StartsWith("administrator", entry.Actor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveRole_TheOnlyAdministratorRemovesTheirOwnRole_IsRefusedAndSaysWhy()
    {
        // Every other administrator of this registry is disabled first, so this one is the last.
        using var admin = await app.BrowserAsync(Roles.Administrator);
        await using (var context = app.Database.CreateContext())
        {
            var others = await context.UserRoles.Join(context.Roles.Where(r => r.Name == Roles.Administrator), l => l.RoleId, r => r.Id, (l, r) => l.UserId).ToListAsync(Cancel);
            var me = (await WebApp.GetDocumentAsync(admin, "/Account/Manage")).QuerySelector("#account-name")!.TextContent;
            foreach (var id in others)
            {
                var name = (await context.Users.SingleAsync(u => u.Id == id, Cancel)).UserName!;
                if (name != me)
                {
                    using var disable = await WebApp.PostFormAsync(admin, $"/Administration/Accounts/Details/{id}", new Dictionary<string, string>(), "#disable-form");
                }
            }

            var path = await PathOfAsync(me);
            using var response = await WebApp.PostFormAsync(admin, path, new Dictionary<string, string>(), "#account-roles form");
            var answer = await WebApp.ParseAsync(response);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("only enabled Administrator", answer.QuerySelector("#account-problems")?.TextContent, StringComparison.Ordinal);
            Assert.Contains(Roles.Administrator, answer.QuerySelector("#account-roles")?.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task IssueKeyThenRevokeIt_KeyIsShownOnceWorksThenAnswers401()
    {
        using var admin = await app.BrowserAsync(Roles.Administrator);
        var account = await app.CreateAccountAsync(Roles.Analyst, withApiKey: false);
        var path = await PathOfAsync(account.UserName);
        var day = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var issued = await WebApp.PostFormAsync(admin, path, new Dictionary<string, string> { ["Expires"] = day }, "#issue-key-form");
        var key = (await WebApp.ParseAsync(issued)).QuerySelector("#secret-value")?.TextContent;
        Assert.StartsWith(AccountService.ApiKeyPrefix, key, StringComparison.Ordinal);
        using var api = app.Anonymous();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        using var before = await api.GetAsync(new Uri("/api/v1/persons", UriKind.Relative), Cancel);

        using var revoked = await WebApp.PostFormAsync(admin, path, new Dictionary<string, string>(), "#api-keys form");
        using var after = await api.GetAsync(new Uri("/api/v1/persons", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.DoesNotContain(key!, await (await admin.GetAsync(new Uri(path, UriKind.Relative), Cancel)).Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IssueKey_ExpiryInThePast_SaysSoAndIssuesNone()
    {
        using var admin = await app.BrowserAsync(Roles.Administrator);
        var account = await app.CreateAccountAsync(Roles.Viewer, withApiKey: false);
        var path = await PathOfAsync(account.UserName);

        using var response = await WebApp.PostFormAsync(admin, path, new Dictionary<string, string> { ["Expires"] = "2020-01-01" }, "#issue-key-form");
        var page = await WebApp.ParseAsync(response);

        Assert.Contains("expiry", page.QuerySelector("#account-problems")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#secret-value"));
        Assert.Null(page.QuerySelector("#api-keys"));
    }

    [Fact]
    public async Task ResetPassword_ShowsANewPasswordThatSignsIn()
    {
        using var admin = await app.BrowserAsync(Roles.Administrator);
        var account = await app.CreateAccountAsync(Roles.Viewer, withApiKey: false);

        using var response = await WebApp.PostFormAsync(admin, await PathOfAsync(account.UserName), new Dictionary<string, string>(), "#reset-password-form");
        var password = (await WebApp.ParseAsync(response)).QuerySelector("#secret-value")?.TextContent;

        using var user = app.Anonymous();
        using var signIn = await WebApp.PostFormAsync(user, "/Account/Login", new Dictionary<string, string> { ["UserName"] = account.UserName, ["Password"] = password! });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownAccount_Is404()
    {
        using var admin = await app.BrowserAsync(Roles.Administrator);

        using var response = await admin.GetAsync(new Uri($"/Administration/Accounts/Details/{Guid.NewGuid()}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> PathOfAsync(string userName)
    {
        await using var context = app.Database.CreateContext();
        var id = await context.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(Cancel);
        return $"/Administration/Accounts/Details/{id}";
    }
}
