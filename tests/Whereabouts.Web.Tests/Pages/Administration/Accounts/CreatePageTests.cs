using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Administration.Accounts;

public sealed class CreatePageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Post_NameAndTwoRoles_ShowsAPasswordOnceThatSignsIn()
    {
        using var admin = await app.BrowserAsync(Roles.Administrator);
        var name = "invented-" + Guid.NewGuid().ToString("N")[..8];

        using var response = await PostAsync(admin, [new("UserName", name), new("SelectedRoles", Roles.Caseworker), new("SelectedRoles", Roles.Counsel)]);
        var page = await WebApp.ParseAsync(response);
        var password = page.QuerySelector("#created-password")?.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(name, page.QuerySelector("#created-name")?.TextContent);
        Assert.NotNull(password);
        using var user = app.Anonymous();
        using var signIn = await WebApp.PostFormAsync(user, "/Account/Login", new Dictionary<string, string> { ["UserName"] = name, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var again = await app.Anonymous().GetAsync(new Uri("/Administration/Accounts/Create", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(password, await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoRoleAndNoName_NamesBothFields()
    {
        using var admin = await app.BrowserAsync(Roles.Administrator);

        using var response = await PostAsync(admin, [new("UserName", string.Empty)]);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for='UserName']")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for='SelectedRoles']")?.TextContent));
        Assert.Null(page.QuerySelector("#created-password"));
    }

    [Fact]
    public async Task Get_TheOldAdminAddress_RedirectsToAdministrationKeepingTheRest()
    {
        using var admin = await app.BrowserAsync(Roles.Administrator);

        using var response = await admin.GetAsync(new Uri("/Admin/Accounts/Create?from=bookmark", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/Administration/Accounts/Create?from=bookmark", response.Headers.Location?.OriginalString);
    }

    /// <summary>Posts the create form with its antiforgery token and repeated fields (several roles).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, List<KeyValuePair<string, string>> fields)
    {
        var form = await WebApp.GetDocumentAsync(client, "/Administration/Accounts/Create");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        fields.Add(new("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/Administration/Accounts/Create", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }
}
