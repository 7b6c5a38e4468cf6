using System.Net;
using System.Text;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Lists;

public sealed class IndexPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_AsCaseworker_ShowsTheUploadFormWithTheLimit()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, "/Lists");

        Assert.NotNull(page.QuerySelector("#upload-form input[type='file'][name='Upload']"));
        Assert.Contains("50 MB", page.QuerySelector("#upload-limit")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AList_KeepsItAndOpensItsPageAndListsItAmongTheLatest()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var id = await ListUploading.UploadAsync(browser, ListUploading.UnrecognisedFamilyColumn);

        var list = await WebApp.GetDocumentAsync(browser, "/Lists");
        var row = Assert.Single(list.QuerySelectorAll("#uploads tbody tr"), r => r.QuerySelector($"a[href='/Lists/{id}']") is not null);
        Assert.Contains("invented-list.csv", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Uploaded", row.QuerySelector(".state")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EmptyFile_SaysSoAndKeepsNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var before = (await WebApp.GetDocumentAsync(browser, "/Lists")).QuerySelectorAll("#uploads tbody tr").Length;

        using var response = await ListUploading.UploadAsync(browser, "empty.csv", Encoding.UTF8.GetBytes(string.Empty));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("Choose a file", page.QuerySelector("#upload-form")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, (await WebApp.GetDocumentAsync(browser, "/Lists")).QuerySelectorAll("#uploads tbody tr").Length);
    }
}
