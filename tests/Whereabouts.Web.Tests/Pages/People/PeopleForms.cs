using Microsoft.EntityFrameworkCore;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

/// <summary>Helpers for the people form tests: submitting forms and reading what was saved.</summary>
internal static class PeopleForms
{
    /// <summary>Registers a person through the form as the browser's account and returns the new id.</summary>
    public static async Task<Guid> RegisterAsync(HttpClient browser, string familyName, string givenName = "Aram")
    {
        using var response = await WebApp.PostFormAsync(browser, "/People/Create", new Dictionary<string, string>
        {
            ["Name.FamilyName"] = familyName,
            ["Name.GivenName"] = givenName,
            ["Details.Side"] = "Armenian",
            ["Details.BirthDate"] = "~2001",
        });
        var location = response.Headers.Location?.ToString() ?? throw new InvalidOperationException($"Registering answered {(int)response.StatusCode}.");
        return Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
    }

    public static async Task<int> FateCountAsync(WebApp app, Guid personId)
    {
        await using var context = app.Database.CreateContext();
        return await context.FateAssertions.CountAsync(a => EF.Property<Guid>(a, "PersonId") == personId, TestContext.Current.CancellationToken);
    }

    public static async Task<int> PeopleCountAsync(WebApp app)
    {
        await using var context = app.Database.CreateContext();
        return await context.People.CountAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<int> PeopleNamedAsync(WebApp app, string familyName)
    {
        await using var context = app.Database.CreateContext();
        return await context.PersonIndex.CountAsync(e => EF.Functions.Like(e.DisplayName, "%" + familyName + "%"), TestContext.Current.CancellationToken);
    }
}
