using System.Net;
using AngleSharp.Html.Dom;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Sources;

public sealed class ChangesPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_SecondVersion_ShowsTheGoneRowHighlightedTheChangedFateAndTheAddedRow()
    {
        var lists = await ListVersionLists.ImportAsync(app);
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, $"/Sources/{lists.Second}/Changes");

        var gone = Assert.Single(page.QuerySelectorAll("#gone tbody tr"));
        Assert.Contains($"Gurgenik {lists.FamilyName}", gone.TextContent, StringComparison.Ordinal);
        Assert.Contains("departure-pending", gone.ClassName, StringComparison.Ordinal);
        Assert.Equal($"/People/{lists.GonePersonId}", gone.QuerySelector("a")?.GetAttribute("href"));
        Assert.NotNull(gone.QuerySelector("form.acknowledge input[name='__RequestVerificationToken']"));
        var changed = Assert.Single(page.QuerySelectorAll("#changed tbody tr"));
        Assert.Contains($"Vrezhik {lists.FamilyName}", changed.TextContent, StringComparison.Ordinal);
        Assert.Contains("Fate: Capture confirmed → Released", changed.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Artavazdik {lists.FamilyName}", Assert.Single(page.QuerySelectorAll("#added tbody tr")).TextContent, StringComparison.Ordinal);
        Assert.Equal("1", page.QuerySelector("#unchanged")?.TextContent.Trim());
        Assert.Equal($"/Sources/{lists.First}", page.QuerySelector("#earlier-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_AsAnalyst_ShowsTheHighlightWithoutTheAcknowledgeForm()
    {
        var lists = await ListVersionLists.ImportAsync(app);
        using var browser = await app.BrowserAsync(Roles.Analyst);

        var page = await WebApp.GetDocumentAsync(browser, $"/Sources/{lists.Second}/Changes");

        Assert.NotNull(page.QuerySelector("#gone tr.departure-pending"));
        Assert.Null(page.QuerySelector("form.acknowledge"));
    }

    [Fact]
    public async Task PostAcknowledge_Once_IsNoLongerHighlighted_AndASecondTimeIsRefused()
    {
        var lists = await ListVersionLists.ImportAsync(app);
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var before = await WebApp.GetDocumentAsync(browser, $"/Sources/{lists.Second}/Changes");
        var form = (IHtmlFormElement)before.QuerySelector("#gone form.acknowledge")!;

        using var first = await SubmitAsync(browser, form, "Asked the ICRC (invented note).");
        using var second = await SubmitAsync(browser, form, "Again (invented note).");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal($"/Sources/{lists.Second}/Changes", first.Headers.Location?.OriginalString);
        var after = await WebApp.GetDocumentAsync(browser, $"/Sources/{lists.Second}/Changes");
        Assert.Null(after.QuerySelector("#gone tr.departure-pending"));
        Assert.Null(after.QuerySelector("#gone form.acknowledge"));
        Assert.Contains("Acknowledged by caseworker-", after.QuerySelector("#gone tbody tr")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Asked the ICRC (invented note).", after.QuerySelector("#gone tbody tr")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(after.QuerySelector("#notice"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("acknowledged once", (await WebApp.ParseAsync(second)).QuerySelector("#errors")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await ListVersionLists.AcknowledgementsAsync(app, lists.GoneEntryId));
    }

    [Fact]
    public async Task Get_FirstVersion_SaysThereIsNothingToCompare()
    {
        var lists = await ListVersionLists.ImportAsync(app);
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/Sources/{lists.First}/Changes");

        Assert.NotNull(page.QuerySelector("#not-a-version"));
        Assert.Null(page.QuerySelector("#gone"));
    }

    [Fact]
    public async Task Get_NoSuchList_Is404()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri($"/Sources/{Guid.NewGuid()}/Changes", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // Sends the form as the page gave it, so that the same form can be sent twice (a second tab, a double click).
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, IHtmlFormElement form, string note)
    {
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden")
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Append(new("Note", note))
            .ToList();
        using var content = new FormUrlEncodedContent(values);
        return await browser.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content, Cancel);
    }
}
