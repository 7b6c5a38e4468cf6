using System.Net;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Sources;

public sealed class AddClaimPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_AsAnalyst_AddsTheClaimAcceptedAndTheSourceListsIt()
    {
        var source = await SourceAsync("INVENTED statement read by an analyst");
        using var browser = await app.BrowserAsync(Roles.Analyst);
        var details = await WebApp.GetDocumentAsync(browser, $"/Sources/{source}");
        Assert.Equal($"/Sources/{source}/AddClaim", details.QuerySelector("#add-claim")?.GetAttribute("href"));

        using var response = await WebApp.PostFormAsync(browser, $"/Sources/{source}/AddClaim", new Dictionary<string, string>
        {
            ["Form.Qualifier"] = "Exact",
            ["Form.Count"] = "17",
            ["Form.Category"] = "Held",
            ["Form.Side"] = "armenian",
            ["Form.AsOf"] = "2021-02",
            ["Form.Status"] = "Asserted",
            ["Form.Quote"] = "Seventeen invented men are still held.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Sources/{source}", response.Headers.Location?.OriginalString);
        await using var context = app.Database.CreateContext();
        var claim = await context.CountClaims.SingleAsync(c => c.SourceId == source, Cancel);
        Assert.Equal((17, CountCategory.Held, ClaimReview.Accepted, PartialDate.OfMonth(2021, 2)), (claim.Count, claim.Category, claim.Review, claim.AsOf));
        var after = await WebApp.GetDocumentAsync(browser, $"/Sources/{source}");
        Assert.Contains("The claim is added", after.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Seventeen invented men are still held.", after.QuerySelector("table.claims")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutTheSentence_ShowsTheMessageNextToItAndSavesNothing()
    {
        var source = await SourceAsync("INVENTED statement without a sentence");
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await WebApp.PostFormAsync(browser, $"/Sources/{source}/AddClaim", new Dictionary<string, string>
        {
            ["Form.Count"] = "17",
            ["Form.Category"] = "Held",
            ["Form.Quote"] = " ",
        });
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for='Form.Quote']")?.TextContent));
        Assert.Equal("17", page.QuerySelector("input[name='Form.Count']")?.GetAttribute("value"));
        await using var context = app.Database.CreateContext();
        Assert.False(await context.CountClaims.AnyAsync(c => c.SourceId == source, Cancel));
    }

    [Fact]
    public async Task GetAndPost_CaseworkerOrWithoutAntiforgery_AreRefused()
    {
        var source = await SourceAsync("INVENTED statement others may not add to");
        using var caseworker = await app.BrowserAsync(Roles.Caseworker);
        using var analyst = await app.BrowserAsync(Roles.Analyst);

        using var refused = await caseworker.GetAsync(new Uri($"/Sources/{source}/AddClaim", UriKind.Relative), Cancel);
        using var forged = await analyst.PostAsync(
            new Uri($"/Sources/{source}/AddClaim", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Count"] = "1", ["Form.Category"] = "Held", ["Form.Quote"] = "One." }),
            Cancel);

        Assert.Contains("/Account/AccessDenied", refused.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await using var context = app.Database.CreateContext();
        Assert.False(await context.CountClaims.AnyAsync(c => c.SourceId == source, Cancel));
    }

    private async Task<Guid> SourceAsync(string title)
    {
        var source = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.OfficialStatement, title));
        await using var context = app.Database.CreateContext();
        context.Sources.Add(source);
        await context.SaveChangesAsync(Cancel);
        return source.Id;
    }
}
